// The designated institutions the sandbox platform knows: at least one hospital of each
// settlement grade (seed 004 第六条) and pharmacies. Codes match config/profiles/.
export interface Institution {
  code: string;
  name: string;
  region: string;
  kind: 'hospital' | 'pharmacy';
  /** Hospital level 1–3; pharmacies have none. */
  level: 1 | 2 | 3 | null;
  grade: 'A' | 'B' | 'C';
}

export const INSTITUTIONS: readonly Institution[] = [
  { code: 'H15010200011', name: '沙盒市新城区康和诊所', region: '150102', kind: 'hospital', level: 1, grade: 'A' },
  { code: 'H15012300105', name: '沙盒县白塔镇卫生院', region: '150123', kind: 'hospital', level: 1, grade: 'B' },
  { code: 'H15010200021', name: '沙盒市第二人民医院', region: '150102', kind: 'hospital', level: 2, grade: 'C' },
  { code: 'H15010200031', name: '沙盒市人民医院', region: '150102', kind: 'hospital', level: 3, grade: 'C' },
  { code: 'P15010200307', name: '沙盒市仁和大药房新城店', region: '150102', kind: 'pharmacy', level: null, grade: 'A' },
  { code: 'P15010200412', name: '沙盒市康宁大药房', region: '150102', kind: 'pharmacy', level: null, grade: 'B' },
];

const BY_CODE = new Map(INSTITUTIONS.map((i) => [i.code, i]));

export const institution = (code: string): Institution | undefined => BY_CODE.get(code);

/** The region whose agency runs this sandbox platform. */
export const HOME_REGIONS = new Set(['150102', '150123']);
