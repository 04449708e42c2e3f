// Prior-consent records (seed 001 §6.2.4, §13.1): what was agreed to, for how much, the
// signature, and when. Not a credential; kept per the retention rules with the settlement.
import type { Queryable } from './db.ts';

export async function recordConsent(
  q: Queryable,
  c: { settlementId: string; items: unknown; totalFen: number; signature: Buffer },
  now = new Date(),
): Promise<void> {
  await q.run('INSERT OR REPLACE INTO consents (settlement_id, items, total_fen, signature, signed_at) VALUES (?, ?, ?, ?, ?)', [
    c.settlementId,
    JSON.stringify(c.items),
    c.totalFen,
    c.signature,
    now.toISOString(),
  ]);
}

export async function consentOf(q: Queryable, settlementId: string) {
  return q.get<{ items: string; total_fen: number; signature: Buffer; signed_at: string }>('SELECT * FROM consents WHERE settlement_id = ?', [settlementId]);
}
