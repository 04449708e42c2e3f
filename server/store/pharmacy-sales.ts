// Pharmacy sales with the trace code of every package (seed 003, seed 004 第十二条): the sale, one
// line per drug with where its 3505 report stands, and the codes. A code is unique across all
// sales, so a package is never sold twice from this terminal. Kept as the purchase record of the
// person's archive (一人一档, seed 004 第十条 4): psn_no, masked names, never an ID card's contents.
import type { PriceItem } from '../his/adapter.ts';
import type { Bilingual } from '../errors.ts';
import type { Queryable } from './db.ts';

export type SaleState = 'open' | 'completed' | 'cancelled';
export type LineState = 'open' | 'sending' | 'reported' | 'refused' | 'unknown';

export interface MaskedPerson {
  maskedName: string;
  maskedCertno: string;
}

/** Who bought on the person's behalf (代购), as much as the archive needs and no more. */
export interface ProxyBuyer extends MaskedPerson {
  relation: string;
  maskedPhone?: string;
}

export interface SaleLine {
  listCode: string;
  item: PriceItem;
  state: LineState;
  msgid: string | null;
  refusal: Bilingual | null;
  traceCodes: string[];
}

export interface SaleRecord {
  id: string;
  state: SaleState;
  psnNo: string;
  insuplc: string;
  person: MaskedPerson;
  proxy: ProxyBuyer | null;
  setlId: string | null;
  createdAt: string;
  completedAt: string | null;
  lines: SaleLine[];
}

interface SaleRow {
  id: string;
  state: SaleState;
  psn_no: string;
  insuplc: string;
  person: string;
  proxy: string | null;
  setl_id: string | null;
  created_at: string;
  completed_at: string | null;
}

interface LineRow {
  list_code: string;
  item: string;
  state: LineState;
  msgid: string | null;
  refusal: string | null;
}

export async function insertSale(q: Queryable, s: Pick<SaleRecord, 'id' | 'psnNo' | 'insuplc' | 'person' | 'proxy' | 'createdAt'>): Promise<void> {
  await q.run("INSERT INTO pharmacy_sales (id, state, psn_no, insuplc, person, proxy, created_at) VALUES (?, 'open', ?, ?, ?, ?, ?)", [
    s.id,
    s.psnNo,
    s.insuplc,
    JSON.stringify(s.person),
    s.proxy && JSON.stringify(s.proxy),
    s.createdAt,
  ]);
}

export async function getSale(q: Queryable, id: string): Promise<SaleRecord | undefined> {
  const row = await q.get<SaleRow>('SELECT * FROM pharmacy_sales WHERE id = ?', [id]);
  if (!row) return undefined;
  const [lines, codes] = await Promise.all([
    q.all<LineRow>('SELECT list_code, item, state, msgid, refusal FROM pharmacy_sale_lines WHERE sale_id = ? ORDER BY rowid', [id]),
    q.all<{ code: string; list_code: string }>('SELECT code, list_code FROM pharmacy_trace_codes WHERE sale_id = ? ORDER BY scanned_at, code', [id]),
  ]);
  return {
    id: row.id,
    state: row.state,
    psnNo: row.psn_no,
    insuplc: row.insuplc,
    person: JSON.parse(row.person) as MaskedPerson,
    proxy: row.proxy ? (JSON.parse(row.proxy) as ProxyBuyer) : null,
    setlId: row.setl_id,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    lines: lines.map((l) => ({
      listCode: l.list_code,
      item: JSON.parse(l.item) as PriceItem,
      state: l.state,
      msgid: l.msgid,
      refusal: l.refusal ? (JSON.parse(l.refusal) as Bilingual) : null,
      traceCodes: codes.filter((c) => c.list_code === l.list_code).map((c) => c.code),
    })),
  };
}

/** Ids of the sales still open, newest first. */
export async function openSaleIds(q: Queryable): Promise<string[]> {
  return (await q.all<{ id: string }>("SELECT id FROM pharmacy_sales WHERE state = 'open' ORDER BY created_at DESC, id DESC")).map((r) => r.id);
}

/** The sale a code already belongs to, if any, and whether that sale or line has gone out. */
export async function codeHolder(q: Queryable, code: string): Promise<{ saleId: string; saleState: SaleState; lineState: LineState } | undefined> {
  const row = await q.get<{ sale_id: string; sale_state: SaleState; line_state: LineState }>(
    `SELECT c.sale_id, s.state AS sale_state, l.state AS line_state FROM pharmacy_trace_codes c
       JOIN pharmacy_sales s ON s.id = c.sale_id
       JOIN pharmacy_sale_lines l ON l.sale_id = c.sale_id AND l.list_code = c.list_code
     WHERE c.code = ?`,
    [code],
  );
  return row && { saleId: row.sale_id, saleState: row.sale_state, lineState: row.line_state };
}

/** Adds a code (and its drug's line when it is the first package of that drug). */
export async function insertCode(q: Queryable, saleId: string, item: PriceItem, code: string, at: string): Promise<void> {
  await q.run("INSERT OR IGNORE INTO pharmacy_sale_lines (sale_id, list_code, item, state, updated_at) VALUES (?, ?, ?, 'open', ?)", [
    saleId,
    item.listCode,
    JSON.stringify(item),
    at,
  ]);
  await q.run('INSERT INTO pharmacy_trace_codes (code, sale_id, list_code, scanned_at) VALUES (?, ?, ?, ?)', [code, saleId, item.listCode, at]);
}

/** Removes a code; a line left without codes goes too. */
export async function deleteCode(q: Queryable, saleId: string, listCode: string, code: string): Promise<void> {
  await q.run('DELETE FROM pharmacy_trace_codes WHERE sale_id = ? AND code = ?', [saleId, code]);
  await q.run(
    'DELETE FROM pharmacy_sale_lines WHERE sale_id = ? AND list_code = ? AND NOT EXISTS (SELECT 1 FROM pharmacy_trace_codes WHERE sale_id = ? AND list_code = ?)',
    [saleId, listCode, saleId, listCode],
  );
}

export async function setLineState(
  q: Queryable,
  saleId: string,
  listCode: string,
  state: LineState,
  at: string,
  extra: { msgid?: string | null; refusal?: Bilingual | null } = {},
): Promise<void> {
  await q.run('UPDATE pharmacy_sale_lines SET state = ?, updated_at = ?, msgid = COALESCE(?, msgid), refusal = ? WHERE sale_id = ? AND list_code = ?', [
    state,
    at,
    extra.msgid ?? null,
    extra.refusal ? JSON.stringify(extra.refusal) : null,
    saleId,
    listCode,
  ]);
}

/** Completes a sale, or cancels it and frees its codes. */
export async function closeSale(q: Queryable, id: string, state: 'completed' | 'cancelled', at: string): Promise<void> {
  if (state === 'cancelled') {
    await q.run('DELETE FROM pharmacy_trace_codes WHERE sale_id = ?', [id]);
    await q.run('DELETE FROM pharmacy_sale_lines WHERE sale_id = ?', [id]);
  }
  await q.run('UPDATE pharmacy_sales SET state = ?, completed_at = ? WHERE id = ?', [state, at, id]);
}

/** The platform settlement (setl_id) the purchase was paid by. */
export async function linkSettlement(q: Queryable, id: string, setlId: string): Promise<void> {
  await q.run('UPDATE pharmacy_sales SET setl_id = ? WHERE id = ?', [setlId, id]);
}

/** Sales whose report was on its way when the terminal stopped: the platform may or may not have it. */
export async function markSendingUnknown(q: Queryable, at: string): Promise<number> {
  return (await q.run("UPDATE pharmacy_sale_lines SET state = 'unknown', updated_at = ? WHERE state = 'sending'", [at])).changes;
}
