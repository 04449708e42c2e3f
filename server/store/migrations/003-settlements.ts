// Settlements as the terminal tracks them (the journal holds each external step), the bills each
// one covers (so no bill is settled twice), prior-consent records, and satisfaction surveys.
// None of these hold a name, an ID number or a token: what is kept for a reprint is masked.
export default `
CREATE TABLE settlements (
  id          TEXT PRIMARY KEY,
  state       TEXT NOT NULL,
  psn_no      TEXT NOT NULL,
  insuplc     TEXT NOT NULL,
  insutype    TEXT NOT NULL,
  med_type    TEXT NOT NULL,
  mdtrt_id    TEXT,
  use_account INTEGER NOT NULL,
  total_fen   INTEGER,
  fund_fen    INTEGER,
  account_fen INTEGER,
  cash_fen    INTEGER,
  balance_fen INTEGER,
  setl_id     TEXT,
  order_id    TEXT,
  receipt     TEXT NOT NULL,
  failure     TEXT,
  invoice_url TEXT,
  printed     TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX settlements_open ON settlements (state) WHERE state IN ('preparing', 'presettled', 'awaiting-payment', 'settling');

CREATE TABLE settlement_bills (
  bill_id       TEXT NOT NULL,
  settlement_id TEXT NOT NULL REFERENCES settlements (id),
  PRIMARY KEY (bill_id, settlement_id)
);
CREATE INDEX settlement_bills_settlement ON settlement_bills (settlement_id);

CREATE TABLE consents (
  settlement_id TEXT PRIMARY KEY REFERENCES settlements (id),
  items         TEXT NOT NULL,
  total_fen     INTEGER NOT NULL,
  signature     BLOB NOT NULL,
  signed_at     TEXT NOT NULL
);

CREATE TABLE surveys (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  rating     INTEGER NOT NULL,
  comments   TEXT,
  via        TEXT,
  settled    INTEGER NOT NULL
);
`;
