// What this terminal may settle for a person (seed 004 第六条). A: the personal account only;
// B: + outpatient pooling; C: + chronic/special-disease outpatient, special outpatient drugs and
// the two diseases (hypertension, diabetes). Nothing for insurance that is not in force.
import type { Grade } from '../../config/schema.ts';

export const SERVICES = ['personal-account', 'outpatient-pooling', 'chronic-disease', 'special-drugs', 'two-diseases'] as const;
export type Service = (typeof SERVICES)[number];

const BY_GRADE: Record<Grade, readonly Service[]> = {
  A: ['personal-account'],
  B: ['personal-account', 'outpatient-pooling'],
  C: SERVICES,
};

export function servicesFor(grade: Grade, insuranceInForce: boolean): Service[] {
  return insuranceInForce ? [...BY_GRADE[grade]] : [];
}

/** Medical types each service settles (med_type, nhsa-interface.md §3). */
export const SERVICE_OF_MED_TYPE: Record<string, Service> = {
  '11': 'outpatient-pooling',
  '12': 'outpatient-pooling',
  '13': 'outpatient-pooling',
  '41': 'personal-account',
  '14': 'chronic-disease',
  '15': 'special-drugs',
};
