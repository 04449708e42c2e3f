// A patient's unpaid bills from the hospital, and whether this terminal may settle each one
// (seed 004 第六条: chronic-disease and special-drug bills need grade C).
import type { Bilingual } from '../errors.ts';
import type { HisBill } from '../his/adapter.ts';
import type { Service } from '../policy/grade.ts';
import { shanghaiIso } from '../insurance/wire-time.ts';
import { medTypeName } from './settlement/names.ts';
import type { Session } from './sessions.ts';

const NEEDS: Record<string, Service> = { '14': 'chronic-disease', '15': 'special-drugs' };

const NOT_IN_FORCE: Bilingual = {
  zh: '您的医保目前不能使用，请到人工窗口咨询。',
  en: 'Your insurance cannot be used at the moment. Please ask at a staffed counter.',
};
const BEYOND_GRADE = (name: Bilingual): Bilingual => ({
  zh: `本机不能办理${name.zh}结算，请到人工窗口办理。`,
  en: `This terminal cannot settle ${name.en.toLowerCase()} bills. Please go to a staffed counter.`,
});

/** Why this session cannot settle a bill of this medical type here, or undefined. */
export function notSettleable(session: Session, medType: string): Bilingual | undefined {
  if (!session.view.insuranceInForce) return NOT_IN_FORCE;
  const needed = NEEDS[medType];
  if (needed && !session.services.includes(needed)) return BEYOND_GRADE(medTypeName(medType));
  return undefined;
}

export function billView(session: Session, b: HisBill) {
  const reason = notSettleable(session, b.medType);
  return {
    billId: b.billId,
    kind: b.kind,
    medType: b.medType,
    medTypeName: medTypeName(b.medType),
    dept: { zh: b.dept.zh, en: b.dept.en },
    doctor: b.doctor.name,
    // Whatever zone the HIS answers in, the screen gets China time (docs/patient-api.md).
    createdAt: shanghaiIso(new Date(b.createdAt)),
    diagnoses: b.diagnoses,
    lines: b.lines.map((l) => ({
      lineNo: l.lineNo,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      amountFen: l.amountFen,
      category: { zh: l.category.zh, en: l.category.en },
    })),
    totalFen: b.totalFen,
    settleable: !reason,
    ...(reason ? { notSettleableReason: reason } : {}),
  };
}
