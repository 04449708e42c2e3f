// The settlement journal: every external step is written as an intent before its request
// leaves, and updated with its outcome after the answer. Rows left 'pending' or 'unknown' are
// what recovery resolves with the platform. Intents never carry credentials.
import type { Queryable } from './db.ts';

export type JournalState = 'pending' | 'ok' | 'failed' | 'unknown';

export interface JournalEntry {
  id: number;
  settlementId: string;
  step: string;
  msgid: string | null;
  state: JournalState;
  intent: unknown;
  outcome: unknown;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: number;
  settlement_id: string;
  step: string;
  msgid: string | null;
  state: JournalState;
  intent: string;
  outcome: string | null;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: Row): JournalEntry => ({
  id: r.id,
  settlementId: r.settlement_id,
  step: r.step,
  msgid: r.msgid,
  state: r.state,
  intent: JSON.parse(r.intent),
  outcome: r.outcome === null ? null : JSON.parse(r.outcome),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function recordIntent(
  q: Queryable,
  entry: { settlementId: string; step: string; msgid?: string; intent: unknown },
  now = new Date(),
): Promise<number> {
  const at = now.toISOString();
  const result = await q.run(
    'INSERT INTO journal (settlement_id, step, msgid, state, intent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [entry.settlementId, entry.step, entry.msgid ?? null, 'pending', JSON.stringify(entry.intent), at, at],
  );
  return result.lastID;
}

export async function recordOutcome(
  q: Queryable,
  id: number,
  state: Exclude<JournalState, 'pending'>,
  outcome: unknown,
  now = new Date(),
): Promise<void> {
  const result = await q.run('UPDATE journal SET state = ?, outcome = ?, updated_at = ? WHERE id = ?', [
    state,
    JSON.stringify(outcome),
    now.toISOString(),
    id,
  ]);
  if (result.changes !== 1) throw new Error(`journal row ${id} does not exist`);
}

/** Steps whose outcome is not known: still pending (the process died) or answered ambiguously. */
export async function unresolved(q: Queryable): Promise<JournalEntry[]> {
  const rows = await q.all<Row>("SELECT * FROM journal WHERE state IN ('pending', 'unknown') ORDER BY id");
  return rows.map(fromRow);
}

export async function forSettlement(q: Queryable, settlementId: string): Promise<JournalEntry[]> {
  const rows = await q.all<Row>('SELECT * FROM journal WHERE settlement_id = ? ORDER BY id', [settlementId]);
  return rows.map(fromRow);
}
