// Reading and writing the sandbox platform's state: persons, balances, accumulations, serials.
import { createHash } from 'node:crypto';
import type { Param, Queryable } from '../../store/db.ts';
import { chronicDisease } from './diseases.ts';
import { seedPopulation, type CardKind, type SeededPerson } from './population.ts';

export interface PersonRow {
  psn_no: string;
  certno: string;
  cert_type: string;
  name: string;
  gend: string;
  naty: string;
  brdy: string;
  insutype: '310' | '390';
  psn_type: string;
  insuplc: string;
  emp_name: string;
  cvlserv: number;
  status: 'active' | 'suspended' | 'deceased';
  insu_date: string;
  paus_date: string | null;
  balance_fen: number;
  ssc_no: string;
  card_sn: string;
  face_match: number;
  tel: string;
  addr: string;
  idcard: string;
  tags: string;
}

export interface IdCardFacts {
  kind: CardKind;
  address: string;
  authority: string;
  validFrom: string;
  validTo: string;
}

export const personByPsnNo = (q: Queryable, psnNo: string) => q.get<PersonRow>('SELECT * FROM persons WHERE psn_no = ?', [psnNo]);
export const personByCertno = (q: Queryable, certno: string) => q.get<PersonRow>('SELECT * FROM persons WHERE certno = ?', [certno]);
export const personBySsc = (q: Queryable, sscNo: string) => q.get<PersonRow>('SELECT * FROM persons WHERE ssc_no = ?', [sscNo]);

/** The serial numbers inside platform ids (mdtrt_id, setl_id, …), kept in memory and recovered
 * at start from the highest id each table holds, so no write is spent on a counter. A rolled-back
 * transaction leaves a gap, which is harmless. */
export class Serials {
  private constructor(private readonly last: Record<SerialName, number>) {}

  static async load(q: Queryable): Promise<Serials> {
    const max = async (sql: string) => Number((await q.get<{ n: number | null }>(sql))?.n ?? 0);
    const [mdtrt, setl, cancel, sign, filing, file] = await Promise.all([
      max('SELECT MAX(CAST(substr(mdtrt_id, -10) AS INTEGER)) AS n FROM visits'),
      max('SELECT MAX(CAST(substr(setl_id, -10) AS INTEGER)) AS n FROM settlements'),
      max('SELECT MAX(CAST(substr(cancel_setl_id, -10) AS INTEGER)) AS n FROM settlements'),
      max('SELECT MAX(CAST(substr(sign_no, -6) AS INTEGER)) AS n FROM signins'),
      max("SELECT MAX(CAST(substr(sn, -8) AS INTEGER)) AS n FROM filings WHERE length(sn) = 24"),
      max('SELECT MAX(CAST(substr(file_qury_no, -8) AS INTEGER)) AS n FROM files'),
    ]);
    return new Serials({ mdtrt, setl: Math.max(setl, cancel), sign, filing, file });
  }

  next(name: SerialName): number {
    return ++this.last[name];
  }
}

export type SerialName = 'mdtrt' | 'setl' | 'sign' | 'filing' | 'file';

/** The one statement that adds to a person's accumulations of a year, or none if nothing changes. */
export function accumulationsWrite(psnNo: string, year: string, deltas: Record<string, number>): [string, Param[]] | undefined {
  const rows = Object.entries(deltas).filter(([, fen]) => fen !== 0);
  if (rows.length === 0) return undefined;
  return [
    `INSERT INTO accumulations (psn_no, year, kind, amount_fen) VALUES ${rows.map(() => '(?, ?, ?, ?)').join(', ')}
     ON CONFLICT (psn_no, year, kind) DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen`,
    rows.flatMap(([kind, fen]) => [psnNo, year, kind, fen]),
  ];
}

/** A person's active filings of a kind (2503 chronic, or 2505 with a biz_appy_type). */
export async function activeFilings(q: Queryable, psnNo: string, infno: '2503' | '2505', bizAppyType?: string) {
  return q.all<{ sn: string; dise_code: string | null; dise_name: string | null; biz_appy_type: string; begndate: string; enddate: string | null; fixmedins_code: string | null; fixmedins_name: string | null; data: string }>(
    `SELECT * FROM filings WHERE psn_no = ? AND infno = ? AND state = 'active' ${bizAppyType ? 'AND biz_appy_type = ?' : ''} ORDER BY filed_at`,
    bizAppyType ? [psnNo, infno, bizAppyType] : [psnNo, infno],
  );
}

export interface FilingRow {
  sn: string;
  psn_no: string;
  infno: string;
  biz_appy_type: string;
  dise_code: string | null;
  dise_name: string | null;
  begndate: string;
  enddate: string | null;
  fixmedins_code: string | null;
  fixmedins_name: string | null;
  state: 'active' | 'revoked';
  filed_at: string;
  filed_by: string | null;
  data: string;
}

/** A person's filings of a kind, revoked ones too, newest first (what 5301/5302 answer). */
export async function personFilings(q: Queryable, psnNo: string, infno: '2503' | '2505', bizAppyType?: string) {
  return q.all<FilingRow>(
    `SELECT * FROM filings WHERE psn_no = ? AND infno = ? ${bizAppyType ? 'AND biz_appy_type = ?' : ''} ORDER BY filed_at DESC, sn DESC`,
    bizAppyType ? [psnNo, infno, bizAppyType] : [psnNo, infno],
  );
}

/** The e-voucher signing secret, derived from the seed so QR payloads survive a restart. */
export const qrSecret = (seed: number) => createHash('sha256').update(`medins-kiosk sandbox e-voucher ${seed}`).digest();

async function insertPerson(tx: Queryable, p: SeededPerson, seededAt: string): Promise<void> {
  await tx.run(
    `INSERT INTO persons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      p.psnNo, p.certno, p.certType, p.name, p.gend, p.naty, p.brdy, p.insutype, p.psnType, p.insuplc, p.empName,
      p.civilServant ? 1 : 0, p.status, p.insuDate, p.pausDate ?? null, p.balanceFen, p.sscNo, p.cardSn,
      p.faceMatch ? 1 : 0, p.tel, p.addr, JSON.stringify(p.idcard), JSON.stringify(p.tags),
    ],
  );
  for (const [i, code] of p.chronic.entries()) {
    const disease = chronicDisease(code)!;
    await tx.run(
      `INSERT INTO filings (sn, psn_no, infno, biz_appy_type, dise_code, dise_name, begndate, enddate, fixmedins_code, fixmedins_name, state, filed_at, data)
       VALUES (?, ?, '2503', '01', ?, ?, '2024-01-01', NULL, 'H15010200031', '沙盒市人民医院', 'active', ?, '{}')`,
      [`BA${p.psnNo.slice(-10)}${i}`, p.psnNo, disease.code, disease.name, seededAt],
    );
  }
  if (p.relocated) {
    await tx.run(
      `INSERT INTO filings (sn, psn_no, infno, biz_appy_type, begndate, fixmedins_code, fixmedins_name, state, filed_at, data)
       VALUES (?, ?, '2505', '08', '2024-01-01', 'H15010200031', '沙盒市人民医院', 'active', ?, '{}')`,
      [`BD${p.psnNo.slice(-10)}0`, p.psnNo, seededAt],
    );
  }
}

export const CENTER_TABLES = ['persons', 'accumulations', 'signins', 'messages', 'visits', 'fee_lines', 'settlements', 'ec_codes', 'ec_tokens', 'face_auths', 'filings', 'trace_codes', 'files'];

/** Inserts the seeded population and its filings; returns it. */
export async function seedCenter(tx: Queryable, seed: number, at: Date): Promise<SeededPerson[]> {
  const population = seedPopulation(seed);
  for (const p of population) await insertPerson(tx, p, at.toISOString());
  return population;
}
