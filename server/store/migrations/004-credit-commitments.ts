// Credit commitments signed with filings (seed 002 §三.4, seed 001 §13.1): the text as shown, the
// statement, the signature and when. No name, ID number, psn_no, phone or address: the filing
// serial ties a commitment to the person at the agency, which holds the identity. A row is
// written before the filing is sent (pending) and gets its serial when the platform accepts it.
export default `
CREATE TABLE credit_commitments (
  id             INTEGER PRIMARY KEY,
  filing_sn      TEXT UNIQUE,
  fixmedins_code TEXT NOT NULL,
  text_version   TEXT NOT NULL,
  text_zh        TEXT NOT NULL,
  text_en        TEXT NOT NULL,
  statement      TEXT NOT NULL,
  signature      BLOB NOT NULL,
  signed_by      TEXT NOT NULL,
  signed_at      TEXT NOT NULL,
  state          TEXT NOT NULL
);
`;
