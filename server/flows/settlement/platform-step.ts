// A journaled platform call: its msgid is taken first, so the journal holds it before it leaves.
import type { SettlementDeps } from './deps.ts';
import { journaled } from './journaled.ts';

/** A journaled platform call whose msgid is taken first, so the journal holds it. */
export async function platformStep<T>(deps: SettlementDeps, settlementId: string, infno: string, intent: unknown, call: (o: { msgid: string }) => Promise<T>): Promise<T> {
  const msgid = await deps.platform.client.nextMsgid();
  return journaled(deps.db, { settlementId, step: infno, msgid, intent, run: () => call({ msgid }), outcome: (r) => summarise(r) });
}

/** What of an answer goes in the journal: amounts and ids, never a name or ID number. */
function summarise(result: unknown): unknown {
  if (Array.isArray(result)) return { count: result.length };
  if (result && typeof result === 'object') {
    const { psnName: _n, certno: _c, ...rest } = result as Record<string, unknown>;
    return rest;
  }
  return result ?? null;
}
