// The sandbox hospital's price list (价格公示): every catalogue item under the hospital's own code,
// its price in yuan as a HIS publishes it, and the platform's list class it is mapped to. Drugs
// also carry their trace-code product id and whether they need a prescription.
import { fenToYuan, formatPermille } from '../../insurance/money.ts';
import { CATALOGUE, type CatalogueItem } from '../center/catalogue.ts';

/** Over-the-counter drugs (非处方药); every other drug here is prescription-only. */
const OTC = new Set(['布洛芬缓释胶囊', '复方甘草片', '维生素C片', '复合维生素B片', '蒙脱石散', '连花清瘟胶囊', '六味地黄丸', '黄芪饮片', '西洋参饮片']);

/** The hospital's own code for a catalogue item, as its bills name it. */
export const hisCode = (item: CatalogueItem) => `HIS-${item.code.slice(0, 8)}`;

export function priceList() {
  return CATALOGUE.map((item) => ({
    hospCode: hisCode(item),
    listCode: item.code,
    name: item.name,
    spec: item.spec,
    unit: item.unit,
    kind: item.kind,
    price: fenToYuan(item.priceFen),
    listClass: item.listClass,
    selfPayRatio: formatPermille(item.selfPayPermille),
    ...(item.traceProductId ? { traceProductId: item.traceProductId, rx: !OTC.has(item.name) } : {}),
  }));
}
