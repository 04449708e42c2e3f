// The agency's dictionaries a terminal offers patients to choose from when filing: the diseases
// that can be filed, ICD-10 diagnoses, the catalogue items that need a special-item filing, and
// the designated institutions. The confirmed interface has no transaction for them, so the
// sandbox serves them as plain JSON at /center/dict/:name.
import { CATALOGUE, type CatalogueItem } from './catalogue.ts';
import { CHRONIC_DISEASES, DIAGNOSES, RARE_DISEASES } from './diseases.ts';
import { INSTITUTIONS } from './institutions.ts';

function items(names: readonly string[]): CatalogueItem[] {
  return names.map((name) => {
    const found = CATALOGUE.find((c) => c.name === name);
    if (!found) throw new Error(`catalogue has no ${name}`);
    return found;
  });
}

/** Items that need a 特殊检查特殊治疗 filing (biz_appy_type 05). */
export const SPECIAL_TREATMENTS = items(['头颅磁共振平扫', '血液透析', '冠状动脉药物洗脱支架']);
/** Drugs that need a 特殊药品 filing (biz_appy_type 06). */
export const SPECIAL_DRUGS = items(['阿达木单抗注射液', '甘精胰岛素注射液', '沙美特罗替卡松吸入粉雾剂']);

const item = (c: CatalogueItem) => ({ code: c.code, name: c.name, spec: c.spec, unit: c.unit });

export const DICTIONARIES: Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>> = {
  // With the diagnoses (ICD-10) a 14 visit may carry to be settled under the disease.
  'chronic-diseases': CHRONIC_DISEASES.map((d) => ({ code: d.code, name: d.name, icd: d.icd })),
  'rare-diseases': RARE_DISEASES,
  diagnoses: DIAGNOSES,
  'special-treatments': SPECIAL_TREATMENTS.map(item),
  'special-drugs': SPECIAL_DRUGS.map(item),
  institutions: INSTITUTIONS.map((i) => ({ code: i.code, name: i.name, region: i.region, kind: i.kind, level: i.level })),
};
