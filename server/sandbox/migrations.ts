// The sandbox process's own database (platform, HIS and payment). Its state survives a restart
// of either process.
export const SANDBOX_MIGRATIONS: readonly string[] = [
  `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE persons (
  psn_no TEXT PRIMARY KEY, certno TEXT NOT NULL UNIQUE, cert_type TEXT NOT NULL, name TEXT NOT NULL,
  gend TEXT NOT NULL, naty TEXT NOT NULL, brdy TEXT NOT NULL, insutype TEXT NOT NULL, psn_type TEXT NOT NULL,
  insuplc TEXT NOT NULL, emp_name TEXT NOT NULL, cvlserv INTEGER NOT NULL, status TEXT NOT NULL,
  insu_date TEXT NOT NULL, paus_date TEXT, balance_fen INTEGER NOT NULL, ssc_no TEXT NOT NULL UNIQUE,
  card_sn TEXT NOT NULL, face_match INTEGER NOT NULL, tel TEXT NOT NULL, addr TEXT NOT NULL,
  idcard TEXT NOT NULL, tags TEXT NOT NULL
);
CREATE TABLE accumulations (
  psn_no TEXT NOT NULL, year TEXT NOT NULL, kind TEXT NOT NULL, amount_fen INTEGER NOT NULL,
  PRIMARY KEY (psn_no, year, kind)
);
CREATE TABLE signins (
  sign_no TEXT PRIMARY KEY, fixmedins_code TEXT NOT NULL, opter TEXT NOT NULL, sign_date TEXT NOT NULL,
  signed_at TEXT NOT NULL, signed_out_at TEXT
);
CREATE TABLE messages (
  msgid TEXT PRIMARY KEY, fixmedins_code TEXT NOT NULL, infno TEXT NOT NULL, at TEXT NOT NULL,
  ok INTEGER NOT NULL, effect TEXT, reversed_by TEXT
);
CREATE TABLE visits (
  mdtrt_id TEXT PRIMARY KEY, psn_no TEXT NOT NULL, fixmedins_code TEXT NOT NULL, insutype TEXT NOT NULL,
  ipt_otp_no TEXT NOT NULL, begntime TEXT NOT NULL, cert_type TEXT NOT NULL, ec_token TEXT,
  med_type TEXT, dise_codg TEXT, state TEXT NOT NULL, msgid TEXT NOT NULL
);
CREATE TABLE fee_lines (
  mdtrt_id TEXT NOT NULL, feedetl_sn TEXT NOT NULL, chrg_bchno TEXT NOT NULL, med_list_codg TEXT NOT NULL,
  fee_ocur_time TEXT NOT NULL, pric_fen INTEGER NOT NULL, cnt INTEGER NOT NULL, amount_fen INTEGER NOT NULL,
  fulamt_fen INTEGER NOT NULL, overlmt_fen INTEGER NOT NULL, preselfpay_fen INTEGER NOT NULL, inscp_fen INTEGER NOT NULL,
  state TEXT NOT NULL, msgid TEXT NOT NULL, setl_id TEXT,
  PRIMARY KEY (mdtrt_id, feedetl_sn)
);
CREATE TABLE settlements (
  setl_id TEXT PRIMARY KEY, mdtrt_id TEXT NOT NULL, psn_no TEXT NOT NULL, fixmedins_code TEXT NOT NULL,
  insutype TEXT NOT NULL, med_type TEXT NOT NULL, chrg_bchno TEXT NOT NULL, msgid TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL, setlinfo TEXT NOT NULL, medfee_fen INTEGER NOT NULL, fund_fen INTEGER NOT NULL,
  acct_fen INTEGER NOT NULL, cash_fen INTEGER NOT NULL, deltas TEXT NOT NULL, settled_at TEXT NOT NULL,
  setl_date TEXT NOT NULL, ended_at TEXT, ended_msgid TEXT, cancel_setl_id TEXT
);
CREATE INDEX settlements_visit ON settlements (mdtrt_id);
CREATE INDEX settlements_inst ON settlements (fixmedins_code, setl_date);
CREATE TABLE ec_codes (code_hash TEXT PRIMARY KEY, psn_no TEXT NOT NULL, used_at TEXT NOT NULL);
CREATE TABLE ec_tokens (
  token TEXT PRIMARY KEY, psn_no TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL,
  state TEXT NOT NULL, mdtrt_id TEXT
);
CREATE TABLE face_auths (auth_no TEXT PRIMARY KEY, psn_no TEXT NOT NULL, expires_at TEXT NOT NULL, used INTEGER NOT NULL);
CREATE TABLE filings (
  sn TEXT PRIMARY KEY, psn_no TEXT NOT NULL, infno TEXT NOT NULL, biz_appy_type TEXT NOT NULL,
  dise_code TEXT, dise_name TEXT, begndate TEXT NOT NULL, enddate TEXT, fixmedins_code TEXT,
  fixmedins_name TEXT, state TEXT NOT NULL, filed_at TEXT NOT NULL, ended_at TEXT, data TEXT NOT NULL
);
CREATE INDEX filings_person ON filings (psn_no);
CREATE TABLE trace_codes (
  code TEXT PRIMARY KEY, med_list_codg TEXT NOT NULL, fixmedins_code TEXT NOT NULL, psn_no TEXT,
  setl_id TEXT, sold_at TEXT NOT NULL, msgid TEXT NOT NULL
);
CREATE TABLE files (file_qury_no TEXT PRIMARY KEY, filename TEXT NOT NULL, content BLOB NOT NULL, created_at TEXT NOT NULL)
`,
  // The hospital (HIS): visits with unpaid bills and the payment sandbox's orders.
  `
CREATE TABLE his_bills (
  bill_id TEXT PRIMARY KEY, certno TEXT NOT NULL, kind TEXT NOT NULL, med_type TEXT NOT NULL,
  dept_code TEXT NOT NULL, dept_name TEXT NOT NULL, doctor_code TEXT NOT NULL, doctor_name TEXT NOT NULL,
  diagnoses TEXT NOT NULL, created_at TEXT NOT NULL, state TEXT NOT NULL, setl_id TEXT,
  settlement TEXT, paid_at TEXT, invoice_no TEXT
);
CREATE INDEX his_bills_patient ON his_bills (certno, state);
CREATE TABLE his_bill_lines (
  bill_id TEXT NOT NULL, line_no INTEGER NOT NULL, med_list_codg TEXT NOT NULL, hosp_code TEXT NOT NULL,
  quantity INTEGER NOT NULL, price_fen INTEGER NOT NULL, amount_fen INTEGER NOT NULL,
  PRIMARY KEY (bill_id, line_no)
);
CREATE TABLE payment_orders (
  order_id TEXT PRIMARY KEY, merchant_order_no TEXT NOT NULL UNIQUE, amount_fen INTEGER NOT NULL,
  subject TEXT NOT NULL, state TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
  paid_at TEXT, refunded_at TEXT, refund_reason TEXT
)
`,
  // Which institution made a filing: only that one may revoke it.
  `
ALTER TABLE filings ADD COLUMN filed_by TEXT
`,
];
