// Every external step of a settlement is a journal row written before the request leaves
// (intent, with its msgid or order number) and completed after the answer (outcome): ok, failed
// (known not to have happened) or unknown (it may have happened: recovery finds out).
import { PlatformError } from '../../insurance/errors.ts';
import { ServiceError } from '../../net/json-service.ts';
import type { Queryable } from '../../store/db.ts';
import { recordIntent, recordOutcome } from '../../store/journal.ts';

/** Whether a failure tells us the step did not happen. */
export function outcomeKnown(err: unknown): boolean {
  return (err instanceof PlatformError || err instanceof ServiceError) && err.outcomeKnown;
}

export function describeFailure(err: unknown): Record<string, unknown> {
  if (err instanceof PlatformError) return { kind: err.kind, message: err.message };
  if (err instanceof ServiceError) return { kind: 'service', status: err.status, message: err.message };
  return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
}

export interface Step<T> {
  settlementId: string;
  /** infno, or "payment.create", "payment.refund", "his.paid", … */
  step: string;
  msgid?: string;
  /** What is asked, without credentials. */
  intent: unknown;
  run: () => Promise<T>;
  outcome: (result: T) => unknown;
}

export async function journaled<T>(db: Queryable, s: Step<T>): Promise<T> {
  const id = await recordIntent(db, { settlementId: s.settlementId, step: s.step, ...(s.msgid ? { msgid: s.msgid } : {}), intent: s.intent });
  let result: T;
  try {
    result = await s.run();
  } catch (err) {
    await recordOutcome(db, id, outcomeKnown(err) ? 'failed' : 'unknown', describeFailure(err));
    throw err;
  }
  await recordOutcome(db, id, 'ok', s.outcome(result));
  return result;
}
