// Work that must happen eventually (a refund, a reprint, a platform upload) and survives a
// restart. Producers enqueue in the same transaction as the change that calls for the work.
import type { Queryable } from './db.ts';

export interface OutboxItem {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
}

interface Row {
  id: number;
  kind: string;
  payload: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
}

/** `afterMs`: not before then, when the producer tries the work itself first. */
export async function enqueue(q: Queryable, kind: string, payload: unknown, afterMs = 0, now = new Date()): Promise<number> {
  const result = await q.run('INSERT INTO outbox (kind, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?)', [
    kind,
    JSON.stringify(payload),
    new Date(now.getTime() + afterMs).toISOString(),
    now.toISOString(),
  ]);
  return result.lastID;
}

export async function due(q: Queryable, now = new Date(), limit = 50): Promise<OutboxItem[]> {
  const rows = await q.all<Row>(
    'SELECT id, kind, payload, attempts, next_attempt_at, last_error FROM outbox WHERE done_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?',
    [now.toISOString(), limit],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    payload: JSON.parse(r.payload),
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
  }));
}

export async function complete(q: Queryable, id: number, now = new Date()): Promise<void> {
  await q.run('UPDATE outbox SET done_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?', [now.toISOString(), id]);
}

/** Records a failed attempt and schedules the next one with exponential back-off (max 1 h). */
export async function retryLater(q: Queryable, item: OutboxItem, error: string, now = new Date()): Promise<void> {
  const delayMs = Math.min(1000 * 2 ** item.attempts, 3_600_000);
  await q.run('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?', [
    error,
    new Date(now.getTime() + delayMs).toISOString(),
    item.id,
  ]);
}
