// Credit commitments signed with filings (seed 002 §三.4): archived before the filing is sent,
// tied to its serial once the platform accepts it, dropped if the platform refuses it (a
// commitment for a filing that does not exist binds no one). See migration 004 for what is kept.
import type { Queryable } from './db.ts';

export interface CommitmentRecord {
  filingSn: string;
  textVersion: string;
  text: { zh: string; en: string };
  /** The patient's statement, as JSON of what they stated (when, where, how). */
  statement: string;
  signature: Buffer;
  signedBy: 'patient' | 'agent';
  signedAt: string;
}

export async function archivePending(
  q: Queryable,
  c: Omit<CommitmentRecord, 'filingSn' | 'signedAt'> & { fixmedinsCode: string },
  now = new Date(),
): Promise<number> {
  const result = await q.run(
    `INSERT INTO credit_commitments (filing_sn, fixmedins_code, text_version, text_zh, text_en, statement, signature, signed_by, signed_at, state)
     VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
    [c.fixmedinsCode, c.textVersion, c.text.zh, c.text.en, c.statement, c.signature, c.signedBy, now.toISOString()],
  );
  return result.lastID;
}

export async function markFiled(q: Queryable, id: number, filingSn: string): Promise<void> {
  await q.run("UPDATE credit_commitments SET filing_sn = ?, state = 'filed' WHERE id = ?", [filingSn, id]);
}

export async function dropPending(q: Queryable, id: number): Promise<void> {
  await q.run("DELETE FROM credit_commitments WHERE id = ? AND state = 'pending'", [id]);
}

interface Row {
  filing_sn: string;
  text_version: string;
  text_zh: string;
  text_en: string;
  statement: string;
  signature: Buffer;
  signed_by: 'patient' | 'agent';
  signed_at: string;
}

/** The commitments archived for these filings, by serial. */
export async function commitmentsOf(q: Queryable, filingSns: string[]): Promise<Map<string, CommitmentRecord>> {
  if (filingSns.length === 0) return new Map();
  const rows = await q.all<Row>(`SELECT * FROM credit_commitments WHERE filing_sn IN (${filingSns.map(() => '?').join(',')})`, filingSns);
  return new Map(
    rows.map((r) => [
      r.filing_sn,
      {
        filingSn: r.filing_sn,
        textVersion: r.text_version,
        text: { zh: r.text_zh, en: r.text_en },
        statement: r.statement,
        signature: r.signature,
        signedBy: r.signed_by,
        signedAt: r.signed_at,
      },
    ]),
  );
}
