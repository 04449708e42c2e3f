// The first tables the design needs: the settlement journal, the outbox, the audit chain.
export default `
CREATE TABLE journal (
  id            INTEGER PRIMARY KEY,
  settlement_id TEXT NOT NULL,
  step          TEXT NOT NULL,
  msgid         TEXT,
  state         TEXT NOT NULL CHECK (state IN ('pending', 'ok', 'failed', 'unknown')),
  intent        TEXT NOT NULL,
  outcome       TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX journal_msgid ON journal (msgid) WHERE msgid IS NOT NULL;
CREATE INDEX journal_settlement ON journal (settlement_id);
CREATE INDEX journal_open ON journal (state) WHERE state IN ('pending', 'unknown');

CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  payload         TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  done_at         TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE done_at IS NULL;

CREATE TABLE audit (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  detail    TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
`;
