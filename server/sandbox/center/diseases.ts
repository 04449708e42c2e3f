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

/** Rare diseases (罕见病) that can be filed, after the national first list; codes are the
 * sandbox's own, in the national shape. */
export const RARE_DISEASES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'RD0010', name: '戈谢病' },
  { code: 'RD0020', name: '法布雷病' },
  { code: 'RD0030', name: '庞贝病' },
  { code: 'RD0040', name: '肌萎缩侧索硬化' },
  { code: 'RD0050', name: '多发性硬化' },
  { code: 'RD0060', name: '脊髓性肌萎缩症' },
  { code: 'RD0070', name: '苯丙酮尿症' },
  { code: 'RD0080', name: '特发性肺动脉高压' },
  { code: 'RD0090', name: '全身型重症肌无力' },
  { code: 'RD0100', name: '黏多糖贮积症' },
];

const RARE_BY_CODE = new Map(RARE_DISEASES.map((d) => [d.code, d]));

export const rareDisease = (code: string) => RARE_BY_CODE.get(code);

/** Ordinary diagnoses for outpatient bills. */
export const COMMON_DIAGNOSES = [
  { code: 'J06.900', name: '急性上呼吸道感染' },
  { code: 'K29.700', name: '胃炎' },
  { code: 'M54.500', name: '腰痛' },
  { code: 'J20.900', name: '急性支气管炎' },
  { code: 'R51.x00', name: '头痛' },
  { code: 'L30.900', name: '皮炎' },
] as const;

/** ICD-10 diagnoses the platform's dictionary offers: the ordinary ones, those behind each chronic
 * disease, and those referrals, special items and injuries are filed under. */
export const DIAGNOSES: ReadonlyArray<{ code: string; name: string }> = [
  ...COMMON_DIAGNOSES,
  { code: 'I10.x00', name: '原发性高血压' },
  { code: 'I11.900', name: '高血压性心脏病' },
  { code: 'E11.900', name: '2型糖尿病' },
  { code: 'E10.900', name: '1型糖尿病' },
  { code: 'E14.900', name: '糖尿病' },
  { code: 'I25.100', name: '动脉粥样硬化性心脏病' },
  { code: 'I20.900', name: '心绞痛' },
  { code: 'J44.900', name: '慢性阻塞性肺疾病' },
  { code: 'I69.300', name: '脑梗死后遗症' },
  { code: 'I69.400', name: '脑卒中后遗症' },
  { code: 'N18.500', name: '慢性肾脏病5期' },
  { code: 'N18.900', name: '慢性肾功能衰竭' },
  { code: 'C34.900', name: '肺恶性肿瘤' },
  { code: 'C16.900', name: '胃恶性肿瘤' },
  { code: 'C50.900', name: '乳房恶性肿瘤' },
  { code: 'M06.900', name: '类风湿性关节炎' },
  { code: 'G20.x00', name: '帕金森病' },
  { code: 'E05.900', name: '甲状腺功能亢进症' },
  { code: 'F20.900', name: '精神分裂症' },
  { code: 'D66.x00', name: '遗传性凝血因子Ⅷ缺乏(血友病A)' },
  { code: 'I63.900', name: '脑梗死' },
  { code: 'S82.800', name: '踝关节骨折' },
  { code: 'S52.500', name: '桡骨远端骨折' },
  { code: 'S01.800', name: '头皮裂伤' },
  { code: 'T14.000', name: '浅表损伤' },
];

const DIAGNOSIS_BY_CODE = new Map(DIAGNOSES.map((d) => [d.code, d]));

export const diagnosis = (code: string) => DIAGNOSIS_BY_CODE.get(code);
