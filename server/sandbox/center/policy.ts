// The sandbox platform's benefit policy: which pool a medical type draws on, and that pool's
// deductible, reimbursement ratio and annual cap by insurance type and institution level. The
// figures are the sandbox's own, in the shape real regions publish; docs/sandbox.md lists them.
import type { Institution } from './institutions.ts';

export type Pool = 'outpatient' | 'chronic' | 'inpatient';

export interface PoolRule {
  deductibleFen: number;
  ratioPermille: number;
  capFen: number;
}

const MED_TYPE_POOL: Record<string, Pool> = {
  '11': 'outpatient', // ordinary outpatient
  '12': 'outpatient', // registration
  '13': 'outpatient', // emergency
  '41': 'outpatient', // pharmacy purchase
  '14': 'chronic', // chronic/special disease outpatient
  '15': 'chronic', // special outpatient drugs
  '21': 'inpatient', // ordinary inpatient
  '22': 'inpatient', // trauma
  '23': 'inpatient', // transferred out
  '28': 'inpatient', // day surgery
};

export const poolOf = (medType: string): Pool | undefined => MED_TYPE_POOL[medType];

/** What the institution may settle (seed 004 第六条): a refusal reason, or undefined. */
export function gradeRefusal(inst: Institution, medType: string): string | undefined {
  const pool = poolOf(medType);
  if (!pool) return `医疗类别[${medType}]在本统筹区不支持实时结算`;
  if (inst.kind === 'pharmacy' && medType !== '41' && medType !== '14') return `定点零售药店不能办理医疗类别[${medType}]的结算`;
  if (inst.kind === 'hospital' && medType === '41') return '医疗类别41(药店购药)只适用于定点零售药店';
  if (pool === 'chronic' && inst.grade !== 'C') return `本机构结算等级为${inst.grade}级，不支持门诊慢特病、门诊特殊用药及两病结算（需C级）`;
  if (pool === 'inpatient' && inst.kind !== 'hospital') return '非医疗机构不能办理住院结算';
  return undefined;
}

/** Whether the pool pays at all here: grade A institutions settle the personal account only. */
export const poolingAllowed = (inst: Institution, pool: Pool) => !(pool === 'outpatient' && inst.grade === 'A');

const levelIndex = (inst: Institution) => (inst.level === null ? 0 : inst.level - 1);

export interface PersonFacts {
  insutype: '310' | '390';
  retiree: boolean;
  crossRegionUnfiled: boolean;
}

export function poolRule(pool: Pool, inst: Institution, p: PersonFacts): PoolRule {
  const lv = levelIndex(inst);
  const employee = p.insutype === '310';
  let rule: PoolRule;
  switch (pool) {
    case 'outpatient':
      rule = employee
        ? { deductibleFen: p.retiree ? 10_000 : 20_000, ratioPermille: inst.kind === 'pharmacy' ? 500 : [800, 700, 600][lv]!, capFen: 400_000 }
        : { deductibleFen: 0, ratioPermille: inst.kind === 'pharmacy' ? 400 : [600, 500, 400][lv]!, capFen: 80_000 };
      if (employee && p.retiree) rule.ratioPermille += 100;
      break;
    case 'chronic':
      rule = employee ? { deductibleFen: 0, ratioPermille: 850, capFen: 600_000 } : { deductibleFen: 0, ratioPermille: 700, capFen: 400_000 };
      break;
    case 'inpatient':
      rule = employee
        ? { deductibleFen: [30_000, 60_000, 90_000][lv]!, ratioPermille: [950, 900, 850][lv]!, capFen: 30_000_000 }
        : { deductibleFen: [20_000, 50_000, 80_000][lv]!, ratioPermille: [850, 750, 650][lv]!, capFen: 20_000_000 };
      if (employee && p.retiree) rule.ratioPermille = Math.min(rule.ratioPermille + 30, 980);
      break;
  }
  // Care outside the insured region without a relocation filing is paid at a lower ratio.
  if (p.crossRegionUnfiled) rule.ratioPermille = Math.max(rule.ratioPermille - 200, 0);
  return rule;
}
