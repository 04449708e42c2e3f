// Prior consent for items insurance does not pay (seed 001 §6.2.4): before settlement, the patient
// must agree in writing when a non-covered item costs ￥200 or more a unit, or the non-covered items
// together come to more than ￥200.
import type { Bilingual } from '../errors.ts';

const THRESHOLD_FEN = 20_000;

export interface UncoveredLine {
  name: string;
  unitPriceFen: number;
  amountFen: number;
}

export interface ConsentNeed {
  required: boolean;
  items: UncoveredLine[];
  totalFen: number;
  text: Bilingual;
}

const yuan = (fen: number) => `￥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

export function consentFor(uncovered: readonly UncoveredLine[]): ConsentNeed {
  const totalFen = uncovered.reduce((s, l) => s + l.amountFen, 0);
  const required = uncovered.some((l) => l.unitPriceFen >= THRESHOLD_FEN) || totalFen > THRESHOLD_FEN;
  return {
    required,
    items: [...uncovered],
    totalFen,
    text: {
      zh: `以下项目不在医保支付范围，共 ${yuan(totalFen)}，需由您本人全额自付。您已知晓并同意使用这些项目。`,
      en: `The items below are not covered by medical insurance. Together they cost ${yuan(totalFen)}, which you pay in full yourself. You understand this and agree to them.`,
    },
  };
}
