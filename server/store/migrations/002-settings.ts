// Small durable values the daemon keeps between runs (the msgid reservation mark, …).
export default `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
