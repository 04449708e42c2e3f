// From bills to a pre-settlement: register the visit (2201), upload its diagnoses (2203) and fee
// lines (2204), run the platform's pre-check (3101, 事前提醒) and pre-settle (2206). Nothing is
// committed: a failure releases the visit with the platform and reports why.
import { randomBytes } from 'node:crypto';
import { KioskError } from '../../errors.ts';
import type { HisBill } from '../../his/adapter.ts';
import { fen } from '../../insurance/money.ts';
import type { FeeLine } from '../../insurance/transactions/2204.ts';
import type { PreCheckWarning } from '../../insurance/transactions/3101.ts';
import type { SettleArgs } from '../../insurance/transactions/2206.ts';
import type { SettlementSplit } from '../../insurance/transactions/setlinfo.ts';
import { compactDateTime, wireDateTime } from '../../insurance/wire-time.ts';
import { consentFor, type ConsentNeed } from '../../policy/consent.ts';
import { SERVICE_OF_MED_TYPE } from '../../policy/grade.ts';
import { billsTaken, createSettlement, updateSettlement, type ReceiptData } from '../../store/settlements.ts';
import { notSettleable } from '../bills.ts';
import { platformFailure } from '../identify.ts';
import type { Session, VisitCredential } from '../sessions.ts';
import type { SettlementDeps } from './deps.ts';
import { journaled } from './journaled.ts';
import { platformStep } from './platform-step.ts';
import { medTypeName } from './names.ts';
import { endAndRelease } from './release.ts';

export interface PreparedLine {
  name: string;
  spec: string;
  unit: string;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
  listClass: '甲' | '乙' | '丙';
  selfPayFen: number;
  category: { zh: string; en: string };
}

export interface Prepared {
  settlementId: string;
  split: SettlementSplit;
  useAccount: boolean;
  lines: PreparedLine[];
  warnings: PreCheckWarning[];
  consent: ConsentNeed;
  /** For 2206/2207: kept in memory only, with the session. */
  args: SettleArgs;
}

const BILL_GONE = new KioskError('BILL_NOT_FOUND', 422, {
  zh: '没有找到要缴费的账单，可能已经缴过，请核对或联系工作人员。',
  en: 'That bill was not found; it may already be paid. Please check or ask a member of staff.',
});
const MIXED = new KioskError('BILLS_MIXED', 422, {
  zh: '这些账单属于不同的就医类别，请分开结算。',
  en: 'These bills are of different kinds. Please settle them one kind at a time.',
});
const IN_PROGRESS = new KioskError('BILL_IN_PROGRESS', 409, {
  zh: '这张账单正在结算或已经结算，不会重复收费。',
  en: 'This bill is being settled or already is. You will not be charged twice.',
});

export const newSettlementId = (now: Date) => `S${compactDateTime(now)}${randomBytes(3).toString('hex').toUpperCase()}`;

export async function prepareSettlement(deps: SettlementDeps, id: string, session: Session, billIds: string[]): Promise<Prepared> {
  const { db, platform, his, config } = deps;
  const available = await his.listBills(session.person.certno).catch(hisUnavailable);
  const bills = billIds.map((billId) => available.find((b) => b.billId === billId));
  if (bills.some((b) => !b)) throw BILL_GONE;
  const chosen = bills as HisBill[];
  const medType = chosen[0]!.medType;
  if (chosen.some((b) => b.medType !== medType)) throw MIXED;
  const refusal = notSettleable(session, medType);
  if (refusal) throw new KioskError('NOT_SETTLEABLE_HERE', 422, refusal);

  const now = new Date();
  const insurance = session.person.insurances[0]!;
  const receipt: ReceiptData = {
    institutionName: config.insurance.fixmedinsName,
    maskedName: session.view.maskedName,
    maskedCertno: session.view.maskedCertno,
    insuranceType: session.view.insutypeName.zh,
    visitType: medTypeName(medType).zh,
    lines: [],
  };
  await db.transaction(async (tx) => {
    if ((await billsTaken(tx, billIds)).length > 0) throw IN_PROGRESS;
    await createSettlement(tx, { id, psnNo: session.person.psnNo, insuplc: insurance.insuplcAdmdvs, insutype: insurance.insutype, medType, billIds, useAccount: true, receipt }, now);
  });

  const opts = { insuplcAdmdvs: insurance.insuplcAdmdvs };
  const psnNo = session.person.psnNo;
  const first = chosen[0]!;
  try {
    const msgid = await platform.client.nextMsgid();
    const { mdtrtId } = await journaled(db, {
      settlementId: id,
      step: '2201',
      msgid,
      intent: { medType, billIds },
      run: () =>
        platform.register(
          { psnNo, insutype: insurance.insutype, begntime: wireDateTime(now), cert: credentialOf(session.credential), iptOtpNo: id, doctor: first.doctor, dept: { code: first.dept.code, name: first.dept.zh }, caty: first.dept.code },
          { ...opts, msgid },
        ),
      outcome: (r) => r,
    });
    await updateSettlement(db, id, { mdtrtId });
    await platformStep(deps, id, '2203', { mdtrtId }, (o) =>
      platform.uploadVisit({ mdtrtId, psnNo, medType, begntime: wireDateTime(now), diagnoses: first.diagnoses, dept: first.dept.zh, doctor: first.doctor }, { ...opts, ...o }),
    );
    const feeLines: FeeLine[] = chosen.flatMap((b) =>
      b.lines.map((l) => ({
        feedetlSn: `${b.billId}-${l.lineNo}`,
        occurredAt: wireDateTime(new Date(b.createdAt)),
        listCode: l.listCode,
        hospitalCode: l.hospitalCode,
        unitPriceFen: fen(l.unitPriceFen),
        quantity: l.quantity * 10_000,
        amountFen: fen(l.amountFen),
        dept: { code: b.dept.code, name: b.dept.zh },
        doctor: b.doctor,
      })),
    );
    const classified = await platformStep(deps, id, '2204', { mdtrtId, lines: feeLines.length }, (o) =>
      platform.uploadFees({ mdtrtId, psnNo, chrgBchno: id, lines: feeLines }, { ...opts, ...o }),
    );
    const warnings = [...gradeNotes(session, medType), ...(await platform.preCheck({ psnNo, mdtrtId, medType }, opts).catch(platformFailure))];
    const args: SettleArgs = {
      psnNo,
      cert: credentialOf(session.credential),
      medType,
      totalFen: fen(feeLines.reduce((s, l) => s + l.amountFen, 0)),
      mdtrtId,
      chrgBchno: id,
      insutype: insurance.insutype,
      useAccount: true,
    };
    const split = await platformStep(deps, id, '2206', { mdtrtId, useAccount: true }, (o) => platform.preSettle(args, { ...opts, ...o }));

    const lines: PreparedLine[] = chosen.flatMap((b) =>
      b.lines.map((l) => {
        const c = classified.find((x) => x.feedetlSn === `${b.billId}-${l.lineNo}`);
        return {
          name: l.name,
          spec: l.spec,
          unit: l.unit,
          quantity: l.quantity,
          unitPriceFen: l.unitPriceFen,
          amountFen: l.amountFen,
          listClass: c?.listClass ?? '丙',
          selfPayFen: c ? c.fullSelfPayFen + c.overLimitFen + c.preSelfPayFen : l.amountFen,
          category: { zh: l.category.zh, en: l.category.en },
        };
      }),
    );
    receipt.lines = lines.map((l) => ({ category: l.category.zh, name: l.name, listClass: l.listClass, quantity: `${l.quantity}${l.unit}`, amountFen: l.amountFen, selfPayFen: l.selfPayFen }));
    const splitView = { totalFen: split.totalFen, fundFen: split.fundFen, accountFen: split.accountFen, cashFen: split.cashFen };
    await updateSettlement(db, id, { state: 'presettled', split: splitView, balanceFen: split.balanceFen, receipt });
    const consent = consentFor(lines.filter((l) => l.listClass === '丙').map((l) => ({ name: l.name, unitPriceFen: l.unitPriceFen, amountFen: l.amountFen })));
    return { settlementId: id, split, useAccount: true, lines, warnings, consent, args };
  } catch (err) {
    await endAndRelease(deps, id, { state: 'abandoned' });
    if (err instanceof KioskError) throw err;
    return platformFailure(err);
  }
}

const ACCOUNT_ONLY: PreCheckWarning = {
  code: 'GRADE_A_ACCOUNT_ONLY',
  severity: '1',
  message: {
    zh: '本机构医保结算只能使用个人账户，门诊费用不能在这里享受门诊统筹报销。需要统筹报销请到其他定点医院。',
    en: 'At this institution insurance pays outpatient costs from the personal account only; outpatient pooling is not available here. For pooling, go to another designated hospital.',
  },
};

/** What this terminal's grade (seed 004 第六条) means for this bill, said before the patient confirms. */
function gradeNotes(session: Session, medType: string): PreCheckWarning[] {
  return SERVICE_OF_MED_TYPE[medType] === 'outpatient-pooling' && !session.services.includes('outpatient-pooling') ? [ACCOUNT_ONLY] : [];
}

export const credentialOf = (c: VisitCredential): SettleArgs['cert'] => ({ type: c.type, no: c.no, ...(c.cardSn ? { cardSn: c.cardSn } : {}) });

function hisUnavailable(): never {
  throw new KioskError('HIS_UNAVAILABLE', 503, {
    zh: '暂时无法读取医院账单，请稍后再试或联系工作人员。',
    en: "The hospital's bills cannot be read right now. Please try again shortly or ask a member of staff.",
  });
}
