// Outpatient chronic/special diseases (门慢特病) that can be filed, each with the ICD-10 codes a
// visit's diagnosis (2203 dise_codg) must carry to be settled as that disease. Codes are the
// sandbox's own, in the national shape.
export interface ChronicDisease {
  code: string;
  name: string;
  icd: readonly string[];
  /** 两病: hypertension and diabetes outpatient medication. */
  twoDiseases: boolean;
}

export const CHRONIC_DISEASES: readonly ChronicDisease[] = [
  { code: 'M03900', name: '高血压', icd: ['I10.x00', 'I11.900'], twoDiseases: true },
  { code: 'M01600', name: '糖尿病', icd: ['E11.900', 'E10.900', 'E14.900'], twoDiseases: true },
  { code: 'M07800', name: '冠心病', icd: ['I25.100', 'I20.900'], twoDiseases: false },
  { code: 'M05300', name: '慢性阻塞性肺疾病', icd: ['J44.900'], twoDiseases: false },
  { code: 'M08300', name: '脑血管病后遗症', icd: ['I69.300', 'I69.400'], twoDiseases: false },
  { code: 'M00500', name: '慢性肾功能衰竭(透析)', icd: ['N18.500', 'N18.900'], twoDiseases: false },
  { code: 'M00200', name: '恶性肿瘤门诊治疗', icd: ['C34.900', 'C16.900', 'C50.900'], twoDiseases: false },
  { code: 'M06900', name: '类风湿性关节炎', icd: ['M06.900'], twoDiseases: false },
  { code: 'M02300', name: '帕金森病', icd: ['G20.x00'], twoDiseases: false },
  { code: 'M01200', name: '甲状腺功能亢进症', icd: ['E05.900'], twoDiseases: false },
  { code: 'M04600', name: '精神分裂症', icd: ['F20.900'], twoDiseases: false },
  { code: 'M09400', name: '血友病', icd: ['D66.x00'], twoDiseases: false },
];

const BY_CODE = new Map(CHRONIC_DISEASES.map((d) => [d.code, d]));

export const chronicDisease = (code: string) => BY_CODE.get(code);

/** Ordinary diagnoses for outpatient bills. */
export const COMMON_DIAGNOSES = [
  { code: 'J06.900', name: '急性上呼吸道感染' },
  { code: 'K29.700', name: '胃炎' },
  { code: 'M54.500', name: '腰痛' },
  { code: 'J20.900', name: '急性支气管炎' },
  { code: 'R51.x00', name: '头痛' },
  { code: 'L30.900', name: '皮炎' },
] as const;
