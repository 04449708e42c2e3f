// A settlement the platform committed with a cash part other than the one the patient paid (their
// account balance changed between the pre-settlement and the settlement, say): it cannot stand.
// It is cancelled (2208), what was paid is refunded and the visit given back. The cancel is an
// outbox job written with the outcome, so a crash or an outage only delays it.
import type { Bilingual } from '../../errors.ts';
import { PlatformRefused } from '../../insurance/errors.ts';
import type { SettlementSplit } from '../../insurance/transactions/setlinfo.ts';
import { recordOutcome } from '../../store/journal.ts';
import { enqueue } from '../../store/outbox.ts';
import { getSettlement, updateSettlement } from '../../store/settlements.ts';
import type { SettlementDeps } from './deps.ts';
import { platformStep } from './platform-step.ts';
import { releaseVisitNow, tryNow, TRIED_AT_ONCE_MS } from './release.ts';
import { refund } from './refund.ts';
import type { SettleResult } from './settle.ts';

export const CANCEL_JOB = 'settlement.cancel';

const SPLIT_CHANGED: Bilingual = {
  zh: '结算时医保支付金额发生了变化（例如个人账户余额有变动），这次结算已撤销，已付的款项会原路退回。请重新办理。',
  en: 'The insurance amounts changed while settling (your account balance, for example), so this settlement was cancelled and anything you paid will be refunded. Please start again.',
};

/** 2208 for a settlement the kiosk will not keep, then the visit given back. Throws when the platform cannot be reached. */
export async function cancelNow(deps: SettlementDeps, id: string, setlId: string): Promise<void> {
  const s = (await getSettlement(deps.db, id))!;
  await platformStep(deps, id, '2208', { setlId }, (o) =>
    deps.platform.cancelSettlement({ setlId, mdtrtId: s.mdtrtId!, psnNo: s.psnNo }, { insuplcAdmdvs: s.insuplc, ...o }),
  ).catch((err: unknown) => {
    // Already cancelled or reversed is done; any other refusal needs a person, and is logged for one.
    if (err instanceof PlatformRefused && /已撤销|已冲正/.test(err.errMsg)) return;
    if (err instanceof PlatformRefused) deps.log.error({ settlementId: id, setlId, errMsg: err.errMsg }, 'settlement to cancel refused by the platform');
    throw err;
  });
  await releaseVisitNow(deps, id);
}

/**
 * The platform settled `done` for journal row `entry` while the patient paid `paidFen`: kept in the
 * journal as it happened, ended here as failed, and undone.
 */
export async function cancelMismatched(deps: SettlementDeps, id: string, entry: number, done: SettlementSplit, paidFen: number): Promise<SettleResult> {
  const split = { totalFen: done.totalFen, fundFen: done.fundFen, accountFen: done.accountFen, cashFen: done.cashFen };
  deps.log.warn({ settlementId: id, cashFen: done.cashFen, paidFen }, 'settled cash part is not what was paid; cancelling');
  const job = await deps.db.transaction(async (tx) => {
    await recordOutcome(tx, entry, 'ok', { setlId: done.setlId, ...split, setlTime: done.setlTime, paidFen, cancelling: true });
    await updateSettlement(tx, id, { state: 'failed', setlId: done.setlId, failure: SPLIT_CHANGED });
    return enqueue(tx, CANCEL_JOB, { settlementId: id, setlId: done.setlId }, TRIED_AT_ONCE_MS);
  });
  const s = (await getSettlement(deps.db, id))!;
  const refunded = s.orderId ? await refund(deps, id, s.orderId) : false;
  await tryNow(deps, job, id, () => cancelNow(deps, id, done.setlId));
  return { status: 'failed', record: (await getSettlement(deps.db, id))!, reason: SPLIT_CHANGED, refunded };
}
