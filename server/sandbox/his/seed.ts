// The hospital's unpaid bills for the sandbox's test persons, deterministic from the seed: an
// outpatient bill for everyone alive, chronic-disease bills (med_type 14) for those with a filing,
// and inpatient stays awaiting discharge settlement. Lines use the platform catalogue's codes;
// some carry non-covered items over ￥200 so prior consent (seed 001 §6.2.4) comes up.
import type { Queryable } from '../../store/db.ts';
import { CATALOGUE, type CatalogueItem } from '../center/catalogue.ts';
import { chronicDisease, COMMON_DIAGNOSES } from '../center/diseases.ts';
import { SeededRandom } from '../center/random.ts';
import { DEPARTMENTS } from './departments.ts';
import { hisCode } from './price-list.ts';

export interface BillLine {
  item: CatalogueItem;
  quantity: number;
}

export interface NewBill {
  certno: string;
  kind: 'outpatient' | 'inpatient';
  medType: string;
  dept: string;
  diagnoses: Array<{ code: string; name: string }>;
  lines: BillLine[];
}

const byName = (name: string) => {
  const item = CATALOGUE.find((c) => c.name === name);
  if (!item) throw new Error(`catalogue has no ${name}`);
  return item;
};

const OUTPATIENT_ITEMS = [
  '阿莫西林胶囊', '头孢克肟胶囊', '布洛芬缓释胶囊', '奥美拉唑肠溶胶囊', '复方甘草片', '左氧氟沙星片', '维生素C片', '复合维生素B片',
  '蒙脱石散', '连花清瘟胶囊', '六味地黄丸', '血细胞分析(血常规)', '尿液分析', '肝功能检测', '胸部X线摄影(DR)', '常规心电图检查', '针刺治疗',
  '一次性使用输液器', '医用胶带', '医用外科口罩',
].map(byName);
const COSTLY_UNCOVERED = ['注射用胸腺法新', '特需门诊诊查费', '健康体检套餐', '安宫牛黄丸'].map(byName);
const COSTLY_COVERED = ['胸部CT平扫', '腹部彩色多普勒超声', '沙美特罗替卡松吸入粉雾剂'].map(byName);
const CHRONIC_DRUGS: Record<string, string[]> = {
  M03900: ['硝苯地平控释片', '苯磺酸氨氯地平片'],
  M01600: ['盐酸二甲双胍片', '阿卡波糖片', '血糖试纸'],
  M07800: ['阿托伐他汀钙片', '硫酸氢氯吡格雷片', '复方丹参滴丸'],
  M05300: ['沙美特罗替卡松吸入粉雾剂'],
};

export function outpatientBill(rng: SeededRandom, certno: string, child: boolean): NewBill {
  const picked = new Set<CatalogueItem>();
  const count = rng.int(1, 4);
  while (picked.size < count) picked.add(rng.pick(OUTPATIENT_ITEMS));
  const lines: BillLine[] = [{ item: byName('普通门诊诊查费'), quantity: 1 }, ...[...picked].map((item) => ({ item, quantity: rng.int(1, 3) }))];
  if (rng.chance(0.15)) lines.push({ item: rng.pick(COSTLY_UNCOVERED), quantity: 1 });
  if (rng.chance(0.1)) lines.push({ item: rng.pick(COSTLY_COVERED), quantity: 1 });
  return { certno, kind: 'outpatient', medType: '11', dept: child ? 'EK01' : rng.pick(['NK01', 'WK01']), diagnoses: [rng.pick(COMMON_DIAGNOSES)], lines };
}

function chronicBill(rng: SeededRandom, certno: string, diseaseCode: string): NewBill {
  const disease = chronicDisease(diseaseCode)!;
  const drugs = (CHRONIC_DRUGS[diseaseCode] ?? ['维生素C片']).map(byName);
  return {
    certno,
    kind: 'outpatient',
    medType: '14',
    dept: diseaseCode === 'M01600' ? 'NF01' : 'XN01',
    diagnoses: [{ code: disease.icd[0]!, name: disease.name }],
    lines: [{ item: byName('普通门诊诊查费'), quantity: 1 }, ...drugs.map((item) => ({ item, quantity: rng.int(1, 3) }))],
  };
}

function inpatientBill(rng: SeededRandom, certno: string): NewBill {
  const days = rng.int(3, 10);
  return {
    certno,
    kind: 'inpatient',
    medType: '21',
    dept: 'XNBQ',
    diagnoses: [{ code: 'I20.900', name: '心绞痛' }],
    lines: [
      { item: byName('床位费(三人间)'), quantity: days },
      { item: byName('一级护理'), quantity: days },
      { item: byName('静脉输液'), quantity: days },
      { item: byName('一次性使用输液器'), quantity: days },
      { item: byName('硫酸氢氯吡格雷片'), quantity: rng.int(1, 3) },
      { item: byName('阿托伐他汀钙片'), quantity: rng.int(1, 3) },
      { item: byName('血细胞分析(血常规)'), quantity: 2 },
      { item: byName('常规心电图检查'), quantity: 2 },
      { item: byName('胸部CT平扫'), quantity: 1 },
    ],
  };
}

export async function insertBill(tx: Queryable, billId: string, bill: NewBill, createdAt: Date): Promise<void> {
  const dept = DEPARTMENTS[bill.dept]!;
  const doctor = dept.doctors[0]!;
  await tx.run(
    `INSERT INTO his_bills (bill_id, certno, kind, med_type, dept_code, dept_name, doctor_code, doctor_name, diagnoses, created_at, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unpaid')`,
    [billId, bill.certno, bill.kind, bill.medType, dept.code, dept.zh, doctor.code, doctor.name, JSON.stringify(bill.diagnoses), createdAt.toISOString()],
  );
  for (const [i, line] of bill.lines.entries()) {
    await tx.run('INSERT INTO his_bill_lines (bill_id, line_no, med_list_codg, hosp_code, quantity, price_fen, amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      billId,
      i + 1,
      line.item.code,
      hisCode(line.item),
      line.quantity,
      line.item.priceFen,
      line.item.priceFen * line.quantity,
    ]);
  }
}

export interface SeedPerson {
  certno: string;
  status: string;
  age: number;
  chronic: string[];
}

/** Bills for every living person; returns how many were made. */
export async function seedBills(tx: Queryable, seed: number, persons: readonly SeedPerson[], now: Date): Promise<number> {
  const rng = new SeededRandom(seed + 1);
  let serial = 0;
  const add = (bill: NewBill) => insertBill(tx, `B${String(++serial).padStart(9, '0')}`, bill, now);
  for (const p of persons) {
    if (p.status === 'deceased') continue;
    await add(outpatientBill(rng, p.certno, p.age < 18));
    for (const code of p.chronic) await add(chronicBill(rng, p.certno, code));
    if (p.age >= 50 && rng.chance(0.12)) await add(inpatientBill(rng, p.certno));
  }
  return serial;
}
