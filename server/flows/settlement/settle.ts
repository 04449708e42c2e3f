// Committing a settlement (2207) and what follows: on success the bills are marked paid in the
// HIS (from the outbox, so a HIS outage only delays it) and the receipts print; on a refusal any
// payment taken is refunded and the visit released. An answer that never came is resolved with
// the platform before anything is shown as settled.
import type { Bilingual } from '../../errors.ts';
import { PlatformError, PlatformRefused } from '../../insurance/errors.ts';
import { parseWireTime } from '../../insurance/wire-time.ts';
import type { SettleArgs } from '../../insurance/transactions/2206.ts';
import type { SettlementSplit } from '../../insurance/transactions/setlinfo.ts';
import { recordIntent, recordOutcome } from '../../store/journal.ts';
import { complete, enqueue } from '../../store/outbox.ts';
import { getSettlement, updateSettlement, type SettlementRecord } from '../../store/settlements.ts';
import type { SettlementDeps } from './deps.ts';
import { describeFailure, journaled, outcomeKnown } from './journaled.ts';
import { cancelMismatched } from './cancel.ts';
import { refund } from './refund.ts';
import { endAndRelease } from './release.ts';

export const HIS_PAID_JOB = 'his.paid';
/** What 2206/2207 need and the journal must not hold: the credential. In memory only. */
export interface LiveSettlement {
  args: SettleArgs;
  pre: SettlementSplit;
}

export type SettleResult =
  /** hisJob: the outbox job that marks the bills paid, done at once when the HIS answers. */
  | { status: 'settled'; record: SettlementRecord; hisJob: number }
  | { status: 'failed'; record: SettlementRecord; reason: Bilingual; refunded: boolean }
  | { status: 'settling'; record: SettlementRecord };

const COULD_NOT_SETTLE: Bilingual = {
  zh: '医保结算没有完成，您没有被扣费。请到人工窗口办理。',
  en: 'The insurance settlement did not go through and you were not charged. Please go to a staffed counter.',
};

/** When the platform says it settled (setl_time, Shanghai), as ISO; now when it did not say. */
export function settledAt(setlTime: string | undefined): string {
  return (setlTime && parseWireTime(setlTime)?.toISOString()) || new Date().toISOString();
}

export async function settle(deps: SettlementDeps, id: string, live: LiveSettlement): Promise<SettleResult> {
  const { db, platform } = deps;
  const s = (await getSettlement(db, id))!;
  const msgid = await platform.client.nextMsgid();
  const entry = await db.transaction(async (tx) => {
    await updateSettlement(tx, id, { state: 'settling' });
    return recordIntent(tx, { settlementId: id, step: '2207', msgid, intent: { mdtrtId: s.mdtrtId, totalFen: live.pre.totalFen, cashFen: live.pre.cashFen } });
  });
  try {
    const done = await platform.settle(live.args, live.pre, { insuplcAdmdvs: s.insuplc, msgid });
    // What the patient paid (by phone, or nothing) is what the platform must have settled as cash.
    if (done.cashFen !== live.pre.cashFen) return cancelMismatched(deps, id, entry, done, live.pre.cashFen);
    const split = { totalFen: done.totalFen, fundFen: done.fundFen, accountFen: done.accountFen, cashFen: done.cashFen };
    const hisJob = await db.transaction(async (tx) => {
      await recordOutcome(tx, entry, 'ok', { setlId: done.setlId, ...split, setlTime: done.setlTime });
      await updateSettlement(tx, id, { state: 'settled', setlId: done.setlId, split, balanceFen: done.balanceFen, settledAt: settledAt(done.setlTime) });
      return enqueue(tx, HIS_PAID_JOB, { settlementId: id });
    });
    return { status: 'settled', record: (await getSettlement(db, id))!, hisJob };
  } catch (err) {
    await recordOutcome(db, entry, outcomeKnown(err) ? 'failed' : 'unknown', describeFailure(err));
    if (err instanceof PlatformRefused) return fail(deps, id, err.bilingual);
    if (err instanceof PlatformError) {
      deps.log.warn({ settlementId: id, kind: err.kind }, 'settlement answer lost; resolving with the platform');
      return { status: 'settling', record: (await getSettlement(db, id))! };
    }
    throw err;
  }
}

/** Not settled: refund what was paid, release the visit, say why. */
export async function fail(deps: SettlementDeps, id: string, reason: Bilingual = COULD_NOT_SETTLE): Promise<SettleResult> {
  const s = (await getSettlement(deps.db, id))!;
  let refunded = false;
  if (s.orderId) {
    const order = await deps.payment.getOrder(s.orderId).catch(() => undefined);
    const taken = !order || order.state === 'paid' || order.state === 'refunded';
    if (taken) refunded = await refund(deps, id, s.orderId);
    else if (order.state === 'pending') await deps.payment.close(s.orderId).catch(() => undefined);
  }
  await endAndRelease(deps, id, { state: 'failed', failure: reason });
  return { status: 'failed', record: (await getSettlement(deps.db, id))!, reason, refunded };
}

/** Marks the settlement's bills paid in the HIS and keeps their e-invoice address (the 'his.paid' job). */
export async function markBillsPaid(deps: SettlementDeps, id: string): Promise<void> {
  const s = (await getSettlement(deps.db, id))!;
  let url: string | undefined;
  for (const billId of s.billIds) {
    const invoice = await journaled(deps.db, {
      settlementId: id,
      step: 'his.paid',
      intent: { billId, setlId: s.setlId },
      run: () => deps.his.markPaid(billId, { settlementId: id, setlId: s.setlId!, ...s.split! }),
      outcome: (i) => i,
    });
    url ??= invoice.url;
  }
  if (url) await updateSettlement(deps.db, id, { invoiceUrl: url });
}

/** Right after settling: the HIS, without waiting for the outbox when all is well. */
export async function afterSettled(deps: SettlementDeps, id: string, hisJob: number): Promise<void> {
  try {
    await markBillsPaid(deps, id);
    await complete(deps.db, hisJob);
  } catch (err) {
    deps.log.warn({ err, settlementId: id }, 'marking the bills paid is left to the outbox');
  }
}
