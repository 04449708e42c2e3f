// Settles what a crash, a lost answer or a departed patient left open. A 2207 whose answer never
// came is looked up by its visit (5203): found in force under its own msgid, it is kept; not
// found, it is reversed by msgid (2601) to be certain, and any payment is refunded. It is never
// sent again. Nothing is shown as settled before the platform said so.
import type { Bilingual } from '../../errors.ts';
import { PlatformError, PlatformRefused } from '../../insurance/errors.ts';
import { forSettlement, recordOutcome } from '../../store/journal.ts';
import { enqueue } from '../../store/outbox.ts';
import { getSettlement, updateSettlement } from '../../store/settlements.ts';
import type { SettlementDeps } from './deps.ts';
import { platformStep } from './platform-step.ts';
import { cancelMismatched } from './cancel.ts';
import { endAndRelease } from './release.ts';
import { fail, HIS_PAID_JOB, settledAt, type SettleResult } from './settle.ts';

export const TERMINAL_RESTARTED: Bilingual = {
  zh: '终端重新启动，这次结算没有完成，已付的款项会原路退回。请重新办理。',
  en: 'The terminal restarted before this settlement finished. Anything you paid will be refunded. Please start again.',
};

/** Resolves a settlement left 'settling'; undefined when the platform cannot be asked yet. */
export async function resolveSettling(deps: SettlementDeps, id: string): Promise<SettleResult | undefined> {
  const s = (await getSettlement(deps.db, id))!;
  const sent = (await forSettlement(deps.db, id)).filter((e) => e.step === '2207').at(-1);
  if (!sent || sent.state === 'failed') return fail(deps, id);
  if (sent.state === 'ok') {
    // Committed and journaled before a crash took the state change: finish it, HIS job included.
    const hisJob = await deps.db.transaction(async (tx) => {
      await updateSettlement(tx, id, { state: 'settled', settledAt: settledAt((sent.outcome as { setlTime?: string } | null)?.setlTime) });
      return enqueue(tx, HIS_PAID_JOB, { settlementId: id });
    });
    return { status: 'settled', record: (await getSettlement(deps.db, id))!, hisJob };
  }
  const opts = { insuplcAdmdvs: s.insuplc };
  try {
    const found = await deps.platform.querySettlement({ psnNo: s.psnNo, mdtrtId: s.mdtrtId! }, opts);
    if (found?.inForce && found.split.medinsSetlId === sent.msgid) {
      const { split } = found;
      if (split.cashFen !== s.split?.cashFen) return cancelMismatched(deps, id, sent.id, split, s.split?.cashFen ?? 0);
      const view = { totalFen: split.totalFen, fundFen: split.fundFen, accountFen: split.accountFen, cashFen: split.cashFen };
      const hisJob = await deps.db.transaction(async (tx) => {
        await recordOutcome(tx, sent.id, 'ok', { setlId: split.setlId, ...view, setlTime: split.setlTime, resolvedBy: '5203' });
        await updateSettlement(tx, id, { state: 'settled', setlId: split.setlId, split: view, balanceFen: split.balanceFen, settledAt: settledAt(split.setlTime) });
        return enqueue(tx, HIS_PAID_JOB, { settlementId: id });
      });
      deps.log.info({ settlementId: id }, 'lost settlement answer: the platform has it, kept');
      return { status: 'settled', record: (await getSettlement(deps.db, id))!, hisJob };
    }
    await platformStep(deps, id, '2601', { oinfno: '2207', omsgid: sent.msgid }, (o) =>
      deps.platform.reverse({ psnNo: s.psnNo, omsgid: sent.msgid!, oinfno: '2207' }, { ...opts, ...o }),
    ).catch((err: unknown) => {
      if (!(err instanceof PlatformRefused)) throw err;
    });
    await recordOutcome(deps.db, sent.id, 'failed', { resolvedBy: '5203+2601', committed: false });
    deps.log.info({ settlementId: id }, 'lost settlement answer: not at the platform, reversed to be sure');
    return fail(deps, id);
  } catch (err) {
    if (err instanceof PlatformError) return undefined;
    throw err;
  }
}

/** An order made for this settlement whose number a crash kept from the record: found by ours. */
export async function strayOrder(deps: SettlementDeps, id: string): Promise<string | undefined> {
  const asked = (await forSettlement(deps.db, id)).some((e) => e.step === 'payment.create' && e.state !== 'failed');
  const order = asked ? await deps.payment.findOrder(id) : null;
  if (order) await updateSettlement(deps.db, id, { orderId: order.orderId });
  return order?.orderId;
}

/** A settlement the patient can no longer finish (their credential is gone with the process). */
export async function abandon(deps: SettlementDeps, id: string): Promise<void> {
  await endAndRelease(deps, id, { state: 'abandoned' });
}

/**
 * An order that will not be paid here: closed if still open, and the visit released. Answers
 * 'paid' instead when the payment arrived after all (the caller settles or refunds it).
 */
export async function expire(deps: SettlementDeps, id: string, orderId: string): Promise<'expired' | 'paid'> {
  const order = await deps.payment.close(orderId);
  if (order.state === 'paid' || order.state === 'refunded') return 'paid';
  await endAndRelease(deps, id, { state: 'expired' });
  return 'expired';
}
