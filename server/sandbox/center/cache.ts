// Rows the sandbox reads on every call, kept in memory. The sandbox is the only writer of its
// database and runs one transaction at a time, so the cache stays exact as long as every write
// drops what it touches — at once, so later reads in the same transaction see the write — and a
// rolled-back transaction clears everything, since it may have cached what it then undid.
import type { Queryable } from '../../store/db.ts';
import type { PersonRow } from './state.ts';

/** A bounded map that forgets its oldest entries. */
class Bounded<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}

async function through<V>(map: Bounded<V | null>, key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
  if (map.has(key)) return map.get(key) ?? undefined;
  const value = await load();
  map.set(key, value ?? null);
  return value;
}

export interface SigninRow {
  fixmedins_code: string;
  sign_date: string;
  signed_out_at: string | null;
}

export interface LineRow {
  feedetl_sn: string;
  chrg_bchno: string;
  amount_fen: number;
  fulamt_fen: number;
  overlmt_fen: number;
  preselfpay_fen: number;
  inscp_fen: number;
}

export class CenterCache {
  private readonly persons = new Bounded<PersonRow | null>(10_000);
  private readonly psnByCertno = new Bounded<string | null>(10_000);
  private readonly signins = new Bounded<SigninRow | null>(1_000);
  private readonly visits = new Bounded<Record<string, unknown> | null>(20_000);
  private readonly lines = new Bounded<LineRow[] | null>(20_000);
  private readonly accumulations = new Bounded<Map<string, number> | null>(10_000);

  person(q: Queryable, psnNo: string) {
    return through(this.persons, psnNo, () => q.get<PersonRow>('SELECT * FROM persons WHERE psn_no = ?', [psnNo]));
  }

  async personByCertno(q: Queryable, certno: string) {
    const psnNo = await through(this.psnByCertno, certno, async () => (await q.get<{ psn_no: string }>('SELECT psn_no FROM persons WHERE certno = ?', [certno]))?.psn_no);
    return psnNo ? this.person(q, psnNo) : undefined;
  }

  signin(q: Queryable, signNo: string) {
    return through(this.signins, signNo, () => q.get<SigninRow>('SELECT fixmedins_code, sign_date, signed_out_at FROM signins WHERE sign_no = ?', [signNo]));
  }

  visit<V extends Record<string, unknown>>(q: Queryable, mdtrtId: string) {
    return through(this.visits, mdtrtId, () => q.get<V>('SELECT * FROM visits WHERE mdtrt_id = ?', [mdtrtId])) as Promise<V | undefined>;
  }

  /** A visit's uploaded fee lines not yet settled. */
  async openLines(q: Queryable, mdtrtId: string): Promise<LineRow[]> {
    return (
      (await through(this.lines, mdtrtId, () =>
        q.all<LineRow>(
          `SELECT feedetl_sn, chrg_bchno, amount_fen, fulamt_fen, overlmt_fen, preselfpay_fen, inscp_fen FROM fee_lines
           WHERE mdtrt_id = ? AND state = 'uploaded' AND setl_id IS NULL ORDER BY feedetl_sn`,
          [mdtrtId],
        ),
      )) ?? []
    );
  }

  async accumulationsOf(q: Queryable, psnNo: string, year: string): Promise<Map<string, number>> {
    return (
      (await through(this.accumulations, `${psnNo}|${year}`, async () => {
        const rows = await q.all<{ kind: string; amount_fen: number }>('SELECT kind, amount_fen FROM accumulations WHERE psn_no = ? AND year = ?', [psnNo, year]);
        return new Map(rows.map((r) => [r.kind, r.amount_fen]));
      })) ?? new Map()
    );
  }

  dropPerson(psnNo: string): void {
    this.persons.delete(psnNo);
  }
  dropSignin(signNo: string): void {
    this.signins.delete(signNo);
  }
  dropVisit(mdtrtId: string): void {
    this.visits.delete(mdtrtId);
    this.lines.delete(mdtrtId);
  }
  dropLines(mdtrtId: string): void {
    this.lines.delete(mdtrtId);
  }
  dropAccumulations(psnNo: string, year: string): void {
    this.accumulations.delete(`${psnNo}|${year}`);
  }

  /** A settlement's effect, applied to what is cached rather than dropping it: the hot path
   * pre-settles the same persons again and again. */
  settled(psnNo: string, year: string, mdtrtId: string, feedetlSns: string[], accountFen: number, deltas: Record<string, number>): void {
    const person = this.persons.get(psnNo);
    if (person) this.persons.set(psnNo, { ...person, balance_fen: person.balance_fen - accountFen });
    const accumulations = this.accumulations.get(`${psnNo}|${year}`);
    if (accumulations) {
      const next = new Map(accumulations);
      for (const [kind, fen] of Object.entries(deltas)) next.set(kind, (next.get(kind) ?? 0) + fen);
      this.accumulations.set(`${psnNo}|${year}`, next);
    }
    const lines = this.lines.get(mdtrtId);
    if (lines) this.lines.set(mdtrtId, lines.filter((l) => !feedetlSns.includes(l.feedetl_sn)));
  }

  /** After a rollback or a reset: anything cached may be gone. */
  clear(): void {
    for (const map of [this.persons, this.psnByCertno, this.signins, this.visits, this.lines, this.accumulations]) map.clear();
  }
}
