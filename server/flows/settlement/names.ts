// Names patients read: medical types and insurance types, in both languages.
import type { Bilingual } from '../../errors.ts';

export const MED_TYPE_NAMES: Record<string, Bilingual> = {
  '11': { zh: '普通门诊', en: 'Outpatient' },
  '12': { zh: '门诊挂号', en: 'Registration' },
  '13': { zh: '急诊', en: 'Emergency' },
  '14': { zh: '门诊慢特病', en: 'Chronic/special disease outpatient' },
  '15': { zh: '门诊特殊用药', en: 'Special outpatient drugs' },
  '21': { zh: '普通住院', en: 'Inpatient' },
  '41': { zh: '药店购药', en: 'Pharmacy purchase' },
};

export const medTypeName = (medType: string): Bilingual => MED_TYPE_NAMES[medType] ?? { zh: `医疗类别${medType}`, en: `Medical type ${medType}` };
