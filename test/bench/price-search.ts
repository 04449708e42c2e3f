// Price lookup over a 100,000-item catalogue: one search as the patient types (hanzi, full pinyin,
// initials, a single letter, a mix), answered by the in-memory index. Budget ≤ 50 ms (issue 8).
import type { ItemKind, PriceItem } from '../../server/his/adapter.ts';
import { PriceIndex } from '../../server/flows/prices/price-index.ts';
import { percentile, report } from './report.ts';

const ITEMS = 100_000;
const ROUNDS = 20;

const STEMS = [
  '阿莫西林', '头孢克肟', '头孢呋辛', '布洛芬', '对乙酰氨基酚', '奥美拉唑', '硝苯地平', '氨氯地平', '二甲双胍', '阿卡波糖', '阿托伐他汀',
  '瑞舒伐他汀', '氯吡格雷', '左氧氟沙星', '甘精胰岛素', '门冬胰岛素', '长春西汀', '重组人干扰素', '单硝酸异山梨酯', '银杏叶', '复方丹参',
  '连花清瘟', '六味地黄', '血塞通', '藿香正气', '板蓝根', '蒙脱石', '维生素C', '葡萄糖酸钙', '氯化钠', '地塞米松', '甲硝唑', '阿奇霉素',
];
const FORMS = ['片', '胶囊', '缓释片', '肠溶胶囊', '注射液', '颗粒', '口服液', '软膏', '滴眼液', '分散片', '控释片', '丸'];
const SERVICES = ['诊查费', '血常规检查', '尿常规检查', '肝功能测定', '彩色多普勒超声', 'CT平扫', '磁共振成像', '静脉输液', '清创缝合', '针灸治疗', '护理费', '床位费'];
const CONSUMABLES = ['输液器', '注射器', '留置针', '医用胶带', '弹力绷带', '导尿管', '血糖试纸', '外科口罩', '冠脉支架', '人工晶体'];
const MAKERS = ['华北', '石药', '扬子江', '恒瑞', '齐鲁', '白云山', '同仁堂', '云南', '哈药', '鲁南', '正大', '科伦'];

/** A deterministic catalogue shaped like a real one: drugs by maker and form, services and consumables by body part. */
function catalogue(): PriceItem[] {
  let seed = 20261124;
  // The high bits of this LCG: its low bits repeat with short periods.
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  return Array.from({ length: ITEMS }, (_, i) => {
    const roll = next(10);
    const kind: ItemKind = roll < 7 ? 'drug' : roll < 9 ? 'service' : 'consumable';
    const name =
      kind === 'drug'
        ? `${STEMS[next(STEMS.length)]}${FORMS[next(FORMS.length)]}(${MAKERS[next(MAKERS.length)]})`
        : kind === 'service'
          ? `${['头颈部', '胸部', '腹部', '四肢', '全身', ''][next(6)]}${SERVICES[next(SERVICES.length)]}`
          : `${['一次性', '无菌', '进口', '国产', ''][next(5)]}${CONSUMABLES[next(CONSUMABLES.length)]}`;
    return {
      listCode: `L${String(i).padStart(9, '0')}`,
      hospitalCode: `H${String(i).padStart(9, '0')}`,
      name,
      spec: '',
      unit: '盒',
      kind,
      unitPriceFen: 100 + next(100_000),
      listClass: (['甲', '乙', '丙'] as const)[next(3)]!,
      selfPayPermille: next(3) * 100,
    };
  });
}

const QUERIES = ['阿莫西林', 'amoxilin', 'amxl', '阿莫xl', 'a', 'x', 'zsy', 'toubao', 'tbkw', '胶囊', 'jn', 'changchun', 'zhangchun', 'xcg', 'ct', 'yixingxing'];

export async function benchPriceSearch(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heapMb = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  const items = catalogue();
  const before = heapMb();
  const built = performance.now();
  const index = await PriceIndex.build(items);
  const buildMs = performance.now() - built;
  const indexMb = heapMb() - before;
  const times: number[] = [];
  let worst = { q: '', ms: 0, total: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      const { total } = index.search({ q, limit: 20, offset: 0 });
      const ms = performance.now() - started;
      times.push(ms);
      if (round > 0 && ms > worst.ms) worst = { q, ms, total };
    }
  }
  times.sort((a, b) => a - b);
  const note = `${ITEMS.toLocaleString('en')} items, ${QUERIES.length} queries × ${ROUNDS}; index built in ${Math.round(buildMs)} ms, ${Math.round(indexMb)} MB of heap`;
  report({ name: 'price search, 100,000 items, median', value: percentile(times, 50), unit: 'ms', budget: { max: 50 }, note });
  report({ name: 'price search, 100,000 items, p99', value: percentile(times, 99), unit: 'ms', budget: { max: 50 }, note: `slowest "${worst.q}" (${worst.total} matches)` });
}
