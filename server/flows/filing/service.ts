// Filings (备案, seed 001 §8.2.1.1) for an identified patient: file, read back, revoke, print the
// proof. The platform holds every filing; this terminal reads them live each time and keeps only
// the trauma credit commitment (seed 002 §三.4), before the filing leaves and tied to its serial
// once accepted. A filing whose answer was lost is looked up before anything is said to the patient.
import type { Logger } from 'pino';
import type { DeviceManager } from '../../../device/manager.ts';
import { KioskError } from '../../errors.ts';
import { PlatformError } from '../../insurance/errors.ts';
import type { InsurancePlatform } from '../../insurance/platform.ts';
import { BIZ_APPY_TYPES, type Named } from '../../insurance/transactions/2505.ts';
import { wireDate } from '../../insurance/wire-time.ts';
import { TRAUMA_COMMITMENT } from '../../policy/trauma-commitment.ts';
import { archivePending, commitmentsOf, dropPending, markFiled } from '../../store/commitments.ts';
import type { Database } from '../../store/db.ts';
import { platformFailure } from '../identify.ts';
import type { Session } from '../sessions.ts';
import type { Dictionaries } from './dictionaries.ts';
import { FILING_KINDS, type FilingKind } from './kinds.ts';
import { proofDocument, proofOutcome, type ProofOutcome } from './proof.ts';
import type { FilingRequest } from './request.ts';
import { resolveFiling, type Resolved } from './resolve.ts';
import { chronicView, designationView, type FilingView } from './view.ts';

export interface FilingDeps {
  platform: InsurancePlatform;
  dictionaries: Dictionaries;
  db: Database;
  devices: Pick<DeviceManager, 'print'>;
  /** This institution, as the platform knows it. */
  institution: Named;
  log: Pick<Logger, 'info' | 'warn'>;
  clock?: () => Date;
}

const NOT_FOUND = new KioskError('FILING_NOT_FOUND', 404, {
  zh: '没有查到您的这项备案。',
  en: 'No such filing was found for you.',
});

/** What makes an existing filing the one a request asked for (the platform refuses a second). */
function sameAs(r: Resolved, f: FilingView): boolean {
  if (f.kind !== r.kind || f.status === 'revoked') return false;
  if (r.kind === 'chronic-disease') return f.disease?.code === r.args.disease.code;
  const a = r.args;
  switch (r.kind) {
    case 'rare-disease':
      return f.disease?.code === a.disease?.code;
    case 'special-treatment':
    case 'special-drug':
      return f.item?.code === a.item?.code;
    case 'referral':
      return f.referral?.to.code === a.referral?.to.code;
    case 'trauma':
      return `${f.injury?.at}:00` === a.injury?.at;
    default:
      return f.institution?.code === a.institution.code;
  }
}

export class FilingService {
  constructor(private readonly deps: FilingDeps) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  private opts(session: Session) {
    return { insuplcAdmdvs: session.person.insurances[0]?.insuplcAdmdvs ?? '' };
  }

  /** The person's filings, newest first: live from the platform, trauma commitments attached. */
  async list(session: Session, kind?: FilingKind): Promise<FilingView[]> {
    const { platform } = this.deps;
    const psnNo = session.person.psnNo;
    const opts = this.opts(session);
    const today = wireDate(this.now());
    const kinds = kind ? [kind] : FILING_KINDS;
    const lists = await Promise.all(
      kinds.map(async (k) => {
        if (k === 'chronic-disease') return (await platform.queryChronicFilings(psnNo, opts)).map((f) => chronicView(f, today));
        const found = await platform.queryDesignations(psnNo, BIZ_APPY_TYPES[k], opts);
        const commitments = k === 'trauma' ? await commitmentsOf(this.deps.db, found.map((d) => d.filingSn)) : undefined;
        return found.flatMap((d) => designationView(d, today, commitments?.get(d.filingSn)) ?? []);
      }),
    ).catch(platformFailure);
    return lists.flat().sort((a, b) => b.begin.localeCompare(a.begin) || b.filingSn.localeCompare(a.filingSn));
  }

  private async one(session: Session, sn: string, kind?: FilingKind): Promise<FilingView> {
    const found = (await this.list(session, kind)).find((f) => f.filingSn === sn);
    if (!found) throw NOT_FOUND;
    return found;
  }

  private async submit(r: Resolved, session: Session): Promise<string> {
    const opts = this.opts(session);
    if (r.kind === 'chronic-disease') return (await this.deps.platform.fileChronicDisease(r.args, opts)).filingSn;
    return (await this.deps.platform.fileDesignation(r.args, opts)).filingSn;
  }

  /** After a lost answer: the filing, if the platform holds it; undefined if it does not. */
  private async lookUp(session: Session, r: Resolved): Promise<string | undefined> {
    return (await this.list(session, r.kind)).find((f) => sameAs(r, f))?.filingSn;
  }

  async file(session: Session, request: FilingRequest): Promise<FilingView & { proof: ProofOutcome }> {
    const { db, log } = this.deps;
    const r = await resolveFiling(request, session, { dictionaries: this.deps.dictionaries, institution: this.deps.institution, now: this.now() });
    const pending = r.kind !== 'chronic-disease' && r.commitment
      ? await archivePending(db, { fixmedinsCode: this.deps.institution.code, textVersion: TRAUMA_COMMITMENT.version, text: TRAUMA_COMMITMENT.text, ...r.commitment }, this.now())
      : undefined;
    let sn: string | undefined;
    try {
      sn = await this.submit(r, session);
    } catch (err) {
      if (!(err instanceof PlatformError) || err.outcomeKnown) {
        if (pending !== undefined) await dropPending(db, pending);
        return platformFailure(err);
      }
      log.warn({ kind: r.kind, failure: err.kind }, 'filing answer lost; looking it up');
      const found = await this.lookUp(session, r).then((filingSn) => ({ filingSn }), () => undefined);
      // The platform answered that it holds no such filing: the commitment binds no one.
      if (found && !found.filingSn && pending !== undefined) await dropPending(db, pending);
      if (!found?.filingSn) return platformFailure(err);
      sn = found.filingSn;
    }
    if (pending !== undefined) await markFiled(db, pending, sn);
    log.info({ kind: r.kind, filingSn: sn }, 'filed');
    const view = await this.one(session, sn, r.kind);
    return { ...view, proof: await this.print(session, view) };
  }

  async revoke(session: Session, sn: string, reason?: string): Promise<FilingView> {
    const target = await this.one(session, sn);
    const args = { filingSn: sn, psnNo: session.person.psnNo, ...(reason ? { memo: reason } : {}) };
    const opts = this.opts(session);
    try {
      if (target.kind === 'chronic-disease') await this.deps.platform.revokeChronicDisease(args, opts);
      else await this.deps.platform.revokeDesignation(args, opts);
    } catch (err) {
      if (!(err instanceof PlatformError) || err.outcomeKnown) return platformFailure(err);
      const after = await this.one(session, sn, target.kind).catch(() => undefined);
      if (after?.status !== 'revoked') return platformFailure(err);
    }
    this.deps.log.info({ kind: target.kind, filingSn: sn }, 'filing revoked');
    return this.one(session, sn, target.kind);
  }

  async reprint(session: Session, sn: string): Promise<ProofOutcome> {
    return this.print(session, await this.one(session, sn));
  }

  private async print(session: Session, view: FilingView): Promise<ProofOutcome> {
    return proofOutcome(await this.deps.devices.print(proofDocument(view, session, this.deps.institution.name, this.now()), `filing:${view.filingSn}`));
  }
}
