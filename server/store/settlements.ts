// The terminal's own record of each settlement: where it stands, the split, the platform's setl_id,
// the payment order, and the masked data a reprint needs.
import type { Bilingual } from '../errors.ts';
import type { Queryable } from './db.ts';

export type SettlementState =
  | 'preparing' // registering and uploading with the platform
  | 'presettled' // the split is known; waiting for the patient to confirm
  | 'awaiting-payment' // a payment order is out for the cash part
  | 'settling' // 2207 sent, answer not yet in hand
  | 'settled'
  | 'failed' // not settled; any payment taken is refunded
  | 'expired' // the payment order expired unpaid
  | 'abandoned'; // left before confirming (session ended, terminal restarted)

export const OPEN_STATES: readonly SettlementState[] = ['preparing', 'presettled', 'awaiting-payment', 'settling'];

export interface Split {
  totalFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

/** What a receipt needs, masked: kept so a receipt can be printed again, even after a restart. */
export interface ReceiptData {
  institutionName: string;
  maskedName: string;
  maskedCertno: string;
  insuranceType: string;
  visitType: string;
  lines: Array<{ category: string; name: string; listClass: '甲' | '乙' | '丙'; quantity: string; amountFen: number; selfPayFen: number }>;
}

export interface SettlementRecord {
  id: string;
  state: SettlementState;
  psnNo: string;
  insuplc: string;
  insutype: string;
  medType: string;
  billIds: string[];
  mdtrtId: string | null;
  useAccount: boolean;
  split: Split | null;
  balanceFen: number | null;
  setlId: string | null;
  orderId: string | null;
  receipt: ReceiptData;
  failure: Bilingual | null;
  invoiceUrl: string | null;
  /** How the receipts went last time they were printed. */
  printed: ReceiptOutcome | null;
  /** ISO 8601: when the platform settled it. */
  settledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ReceiptOutcome = { status: 'printed' } | { status: 'kept'; reason: Bilingual };

interface Row {
  id: string;
  state: SettlementState;
  psn_no: string;
  insuplc: string;
  insutype: string;
  med_type: string;
  mdtrt_id: string | null;
  use_account: number;
  total_fen: number | null;
  fund_fen: number | null;
  account_fen: number | null;
  cash_fen: number | null;
  balance_fen: number | null;
  setl_id: string | null;
  order_id: string | null;
  receipt: string;
  failure: string | null;
  invoice_url: string | null;
  printed: string | null;
  settled_at: string | null;
  created_at: string;
  updated_at: string;
  bill_ids: string;
}

const fromRow = (r: Row): SettlementRecord => ({
  id: r.id,
  state: r.state,
  psnNo: r.psn_no,
  insuplc: r.insuplc,
  insutype: r.insutype,
  medType: r.med_type,
  billIds: r.bill_ids ? r.bill_ids.split(',') : [],
  mdtrtId: r.mdtrt_id,
  useAccount: r.use_account === 1,
  split: r.total_fen === null ? null : { totalFen: r.total_fen, fundFen: r.fund_fen!, accountFen: r.account_fen!, cashFen: r.cash_fen! },
  balanceFen: r.balance_fen,
  setlId: r.setl_id,
  orderId: r.order_id,
  receipt: JSON.parse(r.receipt) as ReceiptData,
  failure: r.failure ? (JSON.parse(r.failure) as Bilingual) : null,
  invoiceUrl: r.invoice_url,
  printed: r.printed ? (JSON.parse(r.printed) as ReceiptOutcome) : null,
  settledAt: r.settled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `SELECT s.*, (SELECT group_concat(bill_id) FROM settlement_bills WHERE settlement_id = s.id) AS bill_ids FROM settlements s`;

export async function createSettlement(
  tx: Queryable,
  s: { id: string; psnNo: string; insuplc: string; insutype: string; medType: string; billIds: string[]; useAccount: boolean; receipt: ReceiptData },
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await tx.run(
    `INSERT INTO settlements (id, state, psn_no, insuplc, insutype, med_type, use_account, receipt, created_at, updated_at)
     VALUES (?, 'preparing', ?, ?, ?, ?, ?, ?, ?, ?)`,
    [s.id, s.psnNo, s.insuplc, s.insutype, s.medType, s.useAccount ? 1 : 0, JSON.stringify(s.receipt), at, at],
  );
  for (const billId of s.billIds) await tx.run('INSERT INTO settlement_bills (bill_id, settlement_id) VALUES (?, ?)', [billId, s.id]);
}

export type SettlementChange = Partial<{
  state: SettlementState;
  mdtrtId: string;
  useAccount: boolean;
  split: Split;
  balanceFen: number;
  setlId: string;
  orderId: string;
  receipt: ReceiptData;
  failure: Bilingual;
  invoiceUrl: string;
  printed: ReceiptOutcome;
  settledAt: string;
}>;

export async function updateSettlement(q: Queryable, id: string, change: SettlementChange, now = new Date()): Promise<void> {
  const sets: string[] = ['updated_at = ?'];
  const params: Array<string | number | null> = [now.toISOString()];
  const set = (column: string, value: string | number | null) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (change.state) set('state', change.state);
  if (change.mdtrtId) set('mdtrt_id', change.mdtrtId);
  if (change.useAccount !== undefined) set('use_account', change.useAccount ? 1 : 0);
  if (change.split) {
    set('total_fen', change.split.totalFen);
    set('fund_fen', change.split.fundFen);
    set('account_fen', change.split.accountFen);
    set('cash_fen', change.split.cashFen);
  }
  if (change.balanceFen !== undefined) set('balance_fen', change.balanceFen);
  if (change.setlId) set('setl_id', change.setlId);
  if (change.orderId) set('order_id', change.orderId);
  if (change.receipt) set('receipt', JSON.stringify(change.receipt));
  if (change.failure) set('failure', JSON.stringify(change.failure));
  if (change.invoiceUrl) set('invoice_url', change.invoiceUrl);
  if (change.printed) set('printed', JSON.stringify(change.printed));
  if (change.settledAt) set('settled_at', change.settledAt);
  const { changes } = await q.run(`UPDATE settlements SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
  if (changes !== 1) throw new Error(`settlement ${id} does not exist`);
}

export async function getSettlement(q: Queryable, id: string): Promise<SettlementRecord | undefined> {
  const row = await q.get<Row>(`${SELECT} WHERE s.id = ?`, [id]);
  return row && fromRow(row);
}

export async function openSettlements(q: Queryable): Promise<SettlementRecord[]> {
  const rows = await q.all<Row>(`${SELECT} WHERE s.state IN (${OPEN_STATES.map(() => '?').join(',')}) ORDER BY s.created_at`, [...OPEN_STATES]);
  return rows.map(fromRow);
}

/** Settled receipts still waiting for a reprint, newest first. */
export async function keptReceipts(q: Queryable, limit = 50): Promise<SettlementRecord[]> {
  const rows = await q.all<Row>(`${SELECT} WHERE s.state = 'settled' AND json_extract(s.printed, '$.status') = 'kept' ORDER BY s.updated_at DESC LIMIT ?`, [limit]);
  return rows.map(fromRow);
}

/** Bills among these that an open or settled settlement already covers. */
export async function billsTaken(q: Queryable, billIds: string[]): Promise<string[]> {
  const rows = await q.all<{ bill_id: string }>(
    `SELECT DISTINCT b.bill_id FROM settlement_bills b JOIN settlements s ON s.id = b.settlement_id
     WHERE b.bill_id IN (${billIds.map(() => '?').join(',')}) AND s.state IN ('preparing', 'presettled', 'awaiting-payment', 'settling', 'settled')`,
    billIds,
  );
  return rows.map((r) => r.bill_id);
}
