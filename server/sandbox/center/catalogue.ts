// The sandbox platform's catalogue (医保目录): drugs, consumables and service items with national
// codes, list class 甲/乙/丙, prices and 乙 self-pay ratios. Several items cost ≥ ￥200 so prior
// consent (seed 001 §6.2.4) can be exercised; drugs carry the 7-digit product id that opens
// their packages' 20-digit trace codes.
export type ListClass = '甲' | '乙' | '丙';
export type ItemKind = 'drug' | 'service' | 'consumable';

export interface CatalogueItem {
  code: string;
  name: string;
  kind: ItemKind;
  spec: string;
  unit: string;
  priceFen: number;
  listClass: ListClass;
  /** Self-pay share before pooling (先行自付), permille: 0 for 甲, 1000 for 丙. */
  selfPayPermille: number;
  /** med_chrgitm_type: 01 bed · 02 consultation · 03 examination · 04 laboratory · 05 treatment ·
   * 06 surgery · 07 nursing · 08 materials · 09 western medicine · 10 herbal pieces · 11 patent
   * Chinese medicine · 12 general treatment · 13 registration · 14 other. */
  category: string;
  /** Drugs: the product id leading each package's trace code. */
  traceProductId?: string;
}

type Row = [name: string, spec: string, unit: string, priceFen: number, cls: ListClass, selfPayPercent: number, category: string];

const DRUGS: Row[] = [
  ['阿莫西林胶囊', '0.25g×24粒', '盒', 1250, '甲', 0, '09'],
  ['头孢克肟胶囊', '0.1g×6粒', '盒', 2860, '乙', 10, '09'],
  ['布洛芬缓释胶囊', '0.3g×20粒', '盒', 1580, '甲', 0, '09'],
  ['奥美拉唑肠溶胶囊', '20mg×14粒', '盒', 1890, '甲', 0, '09'],
  ['硝苯地平控释片', '30mg×7片', '盒', 3240, '乙', 10, '09'],
  ['苯磺酸氨氯地平片', '5mg×28片', '盒', 2100, '甲', 0, '09'],
  ['盐酸二甲双胍片', '0.5g×48片', '盒', 980, '甲', 0, '09'],
  ['阿卡波糖片', '50mg×30片', '盒', 4620, '乙', 10, '09'],
  ['阿托伐他汀钙片', '20mg×7片', '盒', 3650, '乙', 10, '09'],
  ['甘精胰岛素注射液', '3ml:300单位', '支', 16800, '乙', 20, '09'],
  ['硫酸氢氯吡格雷片', '75mg×7片', '盒', 5800, '乙', 10, '09'],
  ['复方甘草片', '100片', '瓶', 650, '甲', 0, '09'],
  ['左氧氟沙星片', '0.5g×4片', '盒', 1960, '乙', 10, '09'],
  ['沙美特罗替卡松吸入粉雾剂', '50μg/250μg×60吸', '支', 23800, '乙', 20, '09'],
  ['阿达木单抗注射液', '40mg/0.8ml', '支', 129000, '乙', 30, '09'],
  ['注射用胸腺法新', '1.6mg', '支', 26800, '丙', 100, '09'],
  ['人血白蛋白', '10g/50ml', '瓶', 39800, '丙', 100, '09'],
  ['维生素C片', '0.1g×100片', '瓶', 320, '甲', 0, '09'],
  ['复合维生素B片', '100片', '瓶', 850, '丙', 100, '09'],
  ['蒙脱石散', '3g×10袋', '盒', 1430, '甲', 0, '09'],
  ['连花清瘟胶囊', '0.35g×24粒', '盒', 2680, '甲', 0, '11'],
  ['复方丹参滴丸', '27mg×180丸', '瓶', 3260, '甲', 0, '11'],
  ['扎冲十三味丸', '2g×10丸', '盒', 4500, '乙', 10, '11'],
  ['安宫牛黄丸', '3g×1丸', '盒', 68000, '丙', 100, '11'],
  ['六味地黄丸', '200丸', '瓶', 1950, '乙', 10, '11'],
  ['黄芪饮片', '100g', '袋', 1800, '甲', 0, '10'],
  ['西洋参饮片', '50g', '袋', 15600, '丙', 100, '10'],
];

const SERVICES: Row[] = [
  ['普通门诊诊查费', '', '次', 1000, '甲', 0, '02'],
  ['主任医师门诊诊查费', '', '次', 4000, '甲', 0, '02'],
  ['特需门诊诊查费', '', '次', 30000, '丙', 100, '02'],
  ['挂号费', '', '次', 100, '甲', 0, '13'],
  ['一般诊疗费', '', '次', 1000, '甲', 0, '12'],
  ['血细胞分析(血常规)', '', '次', 2500, '甲', 0, '04'],
  ['尿液分析', '', '次', 1200, '甲', 0, '04'],
  ['肝功能检测', '', '套', 8800, '甲', 0, '04'],
  ['糖化血红蛋白测定', '', '次', 6500, '乙', 10, '04'],
  ['胸部X线摄影(DR)', '', '次', 8000, '甲', 0, '03'],
  ['胸部CT平扫', '', '次', 26000, '乙', 10, '03'],
  ['头颅磁共振平扫', '', '次', 58000, '乙', 20, '03'],
  ['腹部彩色多普勒超声', '', '次', 18000, '甲', 0, '03'],
  ['常规心电图检查', '', '次', 2500, '甲', 0, '03'],
  ['静脉输液', '', '次', 1200, '甲', 0, '05'],
  ['肌肉注射', '', '次', 300, '甲', 0, '05'],
  ['清创缝合术(小)', '', '次', 15000, '甲', 0, '06'],
  ['针刺治疗', '', '次', 3500, '乙', 10, '05'],
  ['血液透析', '', '次', 42000, '甲', 0, '05'],
  ['床位费(三人间)', '', '日', 4500, '甲', 0, '01'],
  ['一级护理', '', '日', 2800, '甲', 0, '07'],
  ['激光祛斑(医疗美容)', '', '次', 80000, '丙', 100, '05'],
  ['健康体检套餐', '', '次', 36000, '丙', 100, '03'],
  ['中药代煎费', '', '剂', 300, '丙', 100, '14'],
];

const CONSUMABLES: Row[] = [
  ['一次性使用输液器', '带针', '套', 380, '甲', 0, '08'],
  ['医用胶带', '1.25cm×9.1m', '卷', 450, '甲', 0, '08'],
  ['一次性使用无菌注射器', '5ml', '支', 80, '甲', 0, '08'],
  ['医用外科口罩', '17.5cm×9.5cm', '个', 120, '丙', 100, '08'],
  ['冠状动脉药物洗脱支架', '3.0mm×18mm', '个', 78000, '乙', 30, '08'],
  ['人工晶状体(进口)', '非球面', '个', 280000, '丙', 100, '08'],
  ['弹力绷带', '10cm×4.5m', '卷', 1200, '乙', 10, '08'],
  ['血糖试纸', '50片', '盒', 8600, '乙', 20, '08'],
  ['一次性使用静脉留置针', '22G', '个', 1800, '甲', 0, '08'],
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function item(row: Row, kind: ItemKind, i: number): CatalogueItem {
  const [name, spec, unit, priceFen, listClass, selfPayPercent, category] = row;
  const code =
    kind === 'drug'
      ? `${category === '09' ? 'X' : category === '11' ? 'Z' : 'T'}A${pad(i + 1, 3)}0${pad(i * 37 + 101, 4)}010100${pad(i + 1, 4)}`
      : kind === 'service'
        ? `0011${pad(i + 1, 3)}00001${pad(i, 3)}`
        : `C${pad(1403 + i, 4)}${pad(i * 7919 + 5, 8)}${pad(i + 1, 7)}`;
  return {
    code,
    name,
    kind,
    spec,
    unit,
    priceFen,
    listClass,
    selfPayPermille: selfPayPercent * 10,
    category,
    ...(kind === 'drug' ? { traceProductId: `8${pad(60_001 + i * 13, 6)}` } : {}),
  };
}

export const CATALOGUE: readonly CatalogueItem[] = [
  ...DRUGS.map((r, i) => item(r, 'drug', i)),
  ...SERVICES.map((r, i) => item(r, 'service', i)),
  ...CONSUMABLES.map((r, i) => item(r, 'consumable', i)),
];

const BY_CODE = new Map(CATALOGUE.map((c) => [c.code, c]));

export const catalogueItem = (code: string) => BY_CODE.get(code);

/** chrgitm_lv on the wire: 01 甲 · 02 乙 · 03 丙. */
export const LIST_CLASS_CODE: Record<ListClass, string> = { 甲: '01', 乙: '02', 丙: '03' };
