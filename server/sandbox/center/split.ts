// The settlement split (setlinfo) from classified lines, the pool rule, what the person has
// already used this year and their account balance. Integers only; the parts add up exactly:
// total = fund + personal part, personal part = account + cash.
import { applyPermille } from '../../insurance/money.ts';
import type { Classified } from './classify.ts';
import type { PoolRule } from './policy.ts';

export interface SplitInput {
  lines: readonly Classified[];
  /** Null when the pool pays nothing here (grade A outpatient). */
  rule: PoolRule | null;
  deductibleUsedFen: number;
  fundPaidFen: number;
  balanceFen: number;
  useAccount: boolean;
}

export interface Split {
  totalFen: number;
  fullSelfPayFen: number;
  overLimitFen: number;
  preSelfPayFen: number;
  inScopeFen: number;
  deductibleFen: number;
  poolFundFen: number;
  poolSelfPayFen: number;
  fundFen: number;
  personalPartFen: number;
  accountFen: number;
  cashFen: number;
  balanceAfterFen: number;
}

const sum = (lines: readonly Classified[], key: keyof Classified) => lines.reduce((s, l) => s + l[key], 0);

export function computeSplit(i: SplitInput): Split {
  const totalFen = sum(i.lines, 'amountFen');
  const fullSelfPayFen = sum(i.lines, 'fullSelfPayFen');
  const overLimitFen = sum(i.lines, 'overLimitFen');
  const preSelfPayFen = sum(i.lines, 'preSelfPayFen');
  const inScopeFen = totalFen - fullSelfPayFen - overLimitFen - preSelfPayFen;
  let deductibleFen = 0;
  let poolFundFen = 0;
  let poolSelfPayFen = 0;
  if (i.rule) {
    deductibleFen = Math.min(inScopeFen, Math.max(0, i.rule.deductibleFen - i.deductibleUsedFen));
    const base = inScopeFen - deductibleFen;
    poolFundFen = Math.min(applyPermille(base, i.rule.ratioPermille), Math.max(0, i.rule.capFen - i.fundPaidFen));
    poolSelfPayFen = base - poolFundFen;
  }
  const fundFen = poolFundFen;
  const personalPartFen = totalFen - fundFen;
  const accountFen = i.useAccount ? Math.min(Math.max(i.balanceFen, 0), personalPartFen) : 0;
  const cashFen = personalPartFen - accountFen;
  return {
    totalFen,
    fullSelfPayFen,
    overLimitFen,
    preSelfPayFen,
    inScopeFen,
    deductibleFen,
    poolFundFen,
    poolSelfPayFen,
    fundFen,
    personalPartFen,
    accountFen,
    cashFen,
    balanceAfterFen: i.balanceFen - accountFen,
  };
}
