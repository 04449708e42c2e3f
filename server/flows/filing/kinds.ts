// The filing kinds a patient can file here (seed 001 §8.2.1.1) and their names.
import type { Bilingual } from '../../errors.ts';
import { BIZ_APPY_TYPES, type DesignationKind } from '../../insurance/transactions/2505.ts';

export const FILING_KINDS = ['chronic-disease', ...(Object.keys(BIZ_APPY_TYPES) as DesignationKind[])] as const;
export type FilingKind = 'chronic-disease' | DesignationKind;

export const KIND_NAMES: Record<FilingKind, Bilingual> = {
  'chronic-disease': { zh: '门诊慢特病', en: 'Chronic/special disease outpatient' },
  referral: { zh: '转诊转院', en: 'Referral to another hospital' },
  'designated-institution': { zh: '定点医疗机构', en: 'Designated hospital' },
  trauma: { zh: '外伤', en: 'Injury (trauma)' },
  'special-treatment': { zh: '特殊检查特殊治疗', en: 'Special examination or treatment' },
  'special-drug': { zh: '特殊药品', en: 'Special drug' },
  'rare-disease': { zh: '罕见病', en: 'Rare disease' },
  relocation: { zh: '异地安置', en: 'Living away from the insured region (relocation)' },
};

const KIND_OF_TYPE = new Map<string, DesignationKind>(Object.entries(BIZ_APPY_TYPES).map(([kind, code]) => [code, kind as DesignationKind]));

/** The kind of a 2505 filing, from its biz_appy_type; undefined for types not filed here. */
export const designationKind = (bizAppyType: string): DesignationKind | undefined => KIND_OF_TYPE.get(bizAppyType);
