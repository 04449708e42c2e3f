// Giving a visit back to the platform when its settlement will not happen: withdraw its fee
// lines (2205) and cancel its registration (2202); if the registration's answer was lost, reverse
// it by msgid (2601). A refusal means there is nothing left to undo. The release is an outbox job
// written in the same transaction as the settlement's end, so a crash or an outage only delays it.
import { PlatformRefused } from '../../insurance/errors.ts';
import { forSettlement } from '../../store/journal.ts';
import { complete, enqueue } from '../../store/outbox.ts';
import { getSettlement, updateSettlement, type SettlementChange } from '../../store/settlements.ts';
import type { SettlementDeps } from './deps.ts';
import { platformStep } from './platform-step.ts';

export const RELEASE_JOB = 'visit.release';
/** The outbox leaves the job alone this long while the release is tried at once. */
export const TRIED_AT_ONCE_MS = 30_000;

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

/** Runs an outbox job's work at once; left to the outbox when the platform does not answer. */
export async function tryNow(deps: SettlementDeps, job: number, settlementId: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
    await complete(deps.db, job);
  } catch (err) {
    deps.log.warn({ err, settlementId }, 'left to the outbox');
  }
}

/** Ends the settlement with `change` and gives its visit back. Never throws for the release. */
export async function endAndRelease(deps: SettlementDeps, settlementId: string, change: SettlementChange): Promise<void> {
  const job = await deps.db.transaction(async (tx) => {
    await updateSettlement(tx, settlementId, change);
    return enqueue(tx, RELEASE_JOB, { settlementId }, TRIED_AT_ONCE_MS);
  });
  await tryNow(deps, job, settlementId, () => releaseVisitNow(deps, settlementId));
}
