// The service hall's tables: the price list as last taken from the HIS (so prices show while the
// HIS is down), complaints, and pharmacy sales with the trace codes of every package sold.
// Nothing here holds a credential: a complaint's phone is erased after a while, a proxy buyer
// (代购) is kept masked, and a sale names the person only by the platform's psn_no.
export default `
CREATE TABLE price_items (
  hospital_code     TEXT PRIMARY KEY,
  list_code         TEXT NOT NULL,
  name              TEXT NOT NULL,
  spec              TEXT NOT NULL,
  unit              TEXT NOT NULL,
  kind              TEXT NOT NULL,
  price_fen         INTEGER NOT NULL,
  list_class        TEXT NOT NULL,
  self_pay_permille INTEGER NOT NULL,
  trace_product_id  TEXT,
  prescription      INTEGER
);

CREATE TABLE complaints (
  id           INTEGER PRIMARY KEY,
  reference    TEXT NOT NULL UNIQUE,
  at           TEXT NOT NULL,
  category     TEXT NOT NULL,
  text         TEXT NOT NULL,
  phone        TEXT,
  phone_masked TEXT,
  via          TEXT,
  state        TEXT NOT NULL CHECK (state IN ('open', 'answered')),
  answer       TEXT,
  answered_at  TEXT
);
CREATE INDEX complaints_at ON complaints (at);
CREATE INDEX complaints_phone ON complaints (at) WHERE phone IS NOT NULL;
CREATE INDEX surveys_at ON surveys (at);

CREATE TABLE pharmacy_sales (
  id           TEXT PRIMARY KEY,
  state        TEXT NOT NULL CHECK (state IN ('open', 'completed', 'cancelled')),
  psn_no       TEXT NOT NULL,
  insuplc      TEXT NOT NULL,
  person       TEXT NOT NULL,
  proxy        TEXT,
  setl_id      TEXT,
  created_at   TEXT NOT NULL,
  completed_at TEXT
);

CREATE TABLE pharmacy_sale_lines (
  sale_id    TEXT NOT NULL REFERENCES pharmacy_sales (id),
  list_code  TEXT NOT NULL,
  item       TEXT NOT NULL,
  state      TEXT NOT NULL CHECK (state IN ('open', 'sending', 'reported', 'refused', 'unknown')),
  msgid      TEXT,
  refusal    TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (sale_id, list_code)
);

CREATE TABLE pharmacy_trace_codes (
  code       TEXT PRIMARY KEY,
  sale_id    TEXT NOT NULL REFERENCES pharmacy_sales (id),
  list_code  TEXT NOT NULL,
  scanned_at TEXT NOT NULL
);
CREATE INDEX pharmacy_trace_codes_sale ON pharmacy_trace_codes (sale_id);
`;
