// The person as the touchscreen may see them: masked name and number, no full identity.
import type { InsuredPerson } from '../insurance/transactions/1101.ts';
import type { Bilingual } from '../errors.ts';
import { maskCertno, maskName } from '../policy/privacy.ts';

export interface PersonView {
  maskedName: string;
  maskedCertno: string;
  gender: 'male' | 'female' | 'unknown';
  age: number;
  /** 60 or older: the UI offers elderly mode by itself. */
  elderly: boolean;
  insutype: string;
  insutypeName: Bilingual;
  /** The insurance can be used (psn_insu_stas "1"). */
  insuranceInForce: boolean;
  accountBalanceFen: number;
}

const INSUTYPE_NAMES: Record<string, Bilingual> = {
  '310': { zh: '职工基本医疗保险', en: "Employees' basic medical insurance" },
  '390': { zh: '城乡居民基本医疗保险', en: "Urban and rural residents' basic medical insurance" },
};

export function personView(p: InsuredPerson): PersonView {
  const insurance = p.insurances[0];
  return {
    maskedName: maskName(p.name),
    maskedCertno: maskCertno(p.certno),
    gender: p.gender === '1' ? 'male' : p.gender === '2' ? 'female' : 'unknown',
    age: p.age,
    elderly: p.age >= 60,
    insutype: insurance?.insutype ?? '',
    insutypeName: INSUTYPE_NAMES[insurance?.insutype ?? ''] ?? { zh: '医疗保险', en: 'Medical insurance' },
    insuranceInForce: insurance?.status === '1',
    accountBalanceFen: insurance?.balanceFen ?? 0,
  };
}
