// Giving a visit back to the platform when its settlement will not happen: withdraw its fee
// lines (2205) and cancel its registration (2202); if the registration's answer was lost, reverse
// it by msgid (2601). A refusal means there is nothing left to undo. Anything else is retried
// from the outbox until the platform answers.
import { PlatformRefused } from '../../insurance/errors.ts';
import { forSettlement } from '../../store/journal.ts';
import { enqueue } from '../../store/outbox.ts';
import { getSettlement } from '../../store/settlements.ts';
import type { SettlementDeps } from './deps.ts';
import { platformStep } from './platform-step.ts';

export const RELEASE_JOB = 'visit.release';

const doneIfRefused = (err: unknown) => {
  if (!(err instanceof PlatformRefused)) throw err;
};

/** Releases now; throws when the platform could not be reached (the outbox then retries). */
export async function releaseVisitNow(deps: SettlementDeps, settlementId: string): Promise<void> {
  const s = await getSettlement(deps.db, settlementId);
  if (!s) return;
  const opts = { insuplcAdmdvs: s.insuplc };
  const register = (await forSettlement(deps.db, settlementId)).filter((e) => e.step === '2201').at(-1);
  if (!register || register.state === 'failed') return;
  const mdtrtId = s.mdtrtId ?? (register.state === 'ok' ? (register.outcome as { mdtrtId: string }).mdtrtId : undefined);
  if (!mdtrtId) {
    await platformStep(deps, settlementId, '2601', { oinfno: '2201' }, (o) =>
      deps.platform.reverse({ psnNo: s.psnNo, omsgid: register.msgid!, oinfno: '2201' }, { ...opts, ...o }),
    ).catch(doneIfRefused);
    return;
  }
  await platformStep(deps, settlementId, '2205', { mdtrtId }, (o) => deps.platform.cancelFees({ mdtrtId, chrgBchno: settlementId, psnNo: s.psnNo }, { ...opts, ...o })).catch(doneIfRefused);
  await platformStep(deps, settlementId, '2202', { mdtrtId }, (o) => deps.platform.cancelRegistration({ psnNo: s.psnNo, mdtrtId, iptOtpNo: settlementId }, { ...opts, ...o })).catch(doneIfRefused);
}

/** Releases now if the platform answers, else leaves it to the outbox. Never throws. */
export async function releaseVisit(deps: SettlementDeps, settlementId: string): Promise<void> {
  try {
    await releaseVisitNow(deps, settlementId);
  } catch (err) {
    deps.log.warn({ err, settlementId }, 'visit release postponed');
    await enqueue(deps.db, RELEASE_JOB, { settlementId });
  }
}
