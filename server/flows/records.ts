// The person's own record (一人一档, seed 003, seed 004 第十一条 4): recent visits with their
// settlements, filings, this year's accumulations and chronic-disease medication, read live from
// the platform on every call. Nothing of it is stored or logged (seed 001 §8.1.12, §10.1.3): it
// lives in the answer and is gone.
import type { Bilingual } from '../errors.ts';
import { KioskError } from '../errors.ts';
import { PlatformRefused } from '../insurance/errors.ts';
import type { InsurancePlatform } from '../insurance/platform.ts';
import { QUANTITY_SCALE } from '../insurance/money.ts';
import { wireDate } from '../insurance/wire-time.ts';
import type { FilingService } from './filing/service.ts';
import { platformFailure } from './identify.ts';
import type { Session } from './sessions.ts';
import { medTypeName } from './settlement/names.ts';

export interface RecordsDeps {
  platform: InsurancePlatform;
  filings: Pick<FilingService, 'list'>;
  clock?: () => Date;
}

/** How many visits' settlements are asked for at once. */
const PARALLEL = 6;

const POOL_NAMES: Record<string, Bilingual> = {
  OUTPATIENT: { zh: '门诊', en: 'outpatient' },
  CHRONIC: { zh: '门诊慢特病', en: 'chronic-disease outpatient' },
  INPATIENT: { zh: '住院', en: 'inpatient' },
};

/** The sandbox agency's accumulation kinds: DEDC_<pool> deductible used, FUND_<pool> fund paid. */
function accumulationName(kind: string): Bilingual {
  const [what, pool] = kind.split('_');
  const p = POOL_NAMES[pool ?? ''];
  if (what === 'DEDC' && p) return { zh: `${p.zh}起付线已累计`, en: `Deductible used (${p.en})` };
  if (what === 'FUND' && p) return { zh: `${p.zh}统筹基金已支付`, en: `Paid by the pooled fund (${p.en})` };
  return { zh: kind, en: kind };
}

const VISIT_NOT_FOUND = new KioskError('VISIT_NOT_FOUND', 404, { zh: '没有查到您的这次就诊。', en: 'No such visit was found for you.' });

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

export class RecordsService {
  constructor(private readonly deps: RecordsDeps) {}

  private opts(session: Session) {
    return { insuplcAdmdvs: session.person.insurances[0]?.insuplcAdmdvs ?? '' };
  }

  async records(session: Session, months: number) {
    const { platform } = this.deps;
    const now = this.deps.clock?.() ?? new Date();
    const since = new Date(now);
    since.setUTCMonth(since.getUTCMonth() - months);
    const psnNo = session.person.psnNo;
    const opts = this.opts(session);
    // Whole days: what happened in this very second is included too.
    const range = { psnNo, begin: `${wireDate(since)} 00:00:00`, end: `${wireDate(now)} 23:59:59` };
    const yearMonth = wireDate(now).slice(0, 7).replace('-', '');
    const [visits, filings, accumulations, medications] = await Promise.all([
      platform.queryVisits(range, opts).catch(platformFailure),
      this.deps.filings.list(session),
      platform.queryAccumulations(psnNo, yearMonth, opts).catch(platformFailure),
      platform.queryChronicMedication(range, opts).catch(platformFailure),
    ]);
    const settled = await inBatches(visits, PARALLEL, (v) => platform.querySettlement({ psnNo, mdtrtId: v.mdtrtId }, opts).catch(platformFailure));
    return {
      from: wireDate(since),
      to: wireDate(now),
      visits: visits.map((v, i) => {
        const s = settled[i];
        return {
          mdtrtId: v.mdtrtId,
          institution: v.institution,
          ...(v.medType ? { medType: v.medType, medTypeName: medTypeName(v.medType) } : {}),
          begin: v.begin,
          ...(v.end ? { end: v.end } : {}),
          ...(v.diagnosis ? { diagnosis: v.diagnosis } : {}),
          cancelled: !v.inForce,
          ...(s
            ? {
                settlement: {
                  setlId: s.split.setlId,
                  ...(s.split.setlTime ? { settledAt: s.split.setlTime } : {}),
                  inForce: s.inForce,
                  split: { totalFen: s.split.totalFen, fundFen: s.split.fundFen, accountFen: s.split.accountFen, cashFen: s.split.cashFen },
                },
              }
            : {}),
        };
      }),
      filings,
      accumulations: accumulations.map((a) => ({ year: a.year, kind: a.kind, name: accumulationName(a.kind), amountFen: a.amountFen })),
      medications: medications.map((m) => ({
        settledAt: m.settledAt,
        institution: m.institution,
        ...(m.disease?.code ? { disease: m.disease } : {}),
        item: m.item,
        quantity: m.quantity / QUANTITY_SCALE,
        amountFen: m.amountFen,
      })),
    };
  }

  /** A visit's settled fee lines; a visit that is not this person's is not found. */
  async lines(session: Session, mdtrtId: string) {
    try {
      return await this.deps.platform.queryFeeLines({ psnNo: session.person.psnNo, mdtrtId }, this.opts(session));
    } catch (err) {
      if (err instanceof PlatformRefused && /就诊ID.*(不存在|不符)/.test(err.errMsg)) throw VISIT_NOT_FOUND;
      return platformFailure(err);
    }
  }
}
