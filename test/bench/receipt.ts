// Receipt: ESC/POS bytes of an 80-line fee list (GB18030 text, column layout, QR), built from the
// document model. Budget ≤ 5 ms.
import { COLUMNS, renderEscPos } from '../../device/printer/escpos.ts';
import { feeList, type FeeLine } from '../../device/printer/templates/fee-list.ts';
import { percentile, report } from './report.ts';

export async function benchReceipt(): Promise<void> {
  const categories = ['西药费', '中成药费', '检查费', '化验费', '治疗费', '卫生材料费'];
  const lines: FeeLine[] = Array.from({ length: 80 }, (_, i) => ({
    category: categories[i % categories.length]!,
    name: `沙美特罗替卡松吸入粉雾剂 50μg/250μg×60吸 第${i + 1}项`,
    listClass: (['A', 'B', 'C'] as const)[i % 3]!,
    quantity: `${(i % 4) + 1}盒`,
    amount: 12_345 + i * 101,
    selfPay: i % 3 === 2 ? 12_345 + i * 101 : 1_234,
  }));
  const data = { institutionName: '沙盒市第二人民医院', patientName: '欧阳娜娜', settlementId: '150102202611240000000123', lines, invoiceUrl: 'https://einvoice.example.cn/i/150102202611240000000123' };
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 500; i++) {
    const started = performance.now();
    bytes = renderEscPos(feeList(data), COLUMNS[80]).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  report({ name: 'ESC/POS bytes of an 80-line fee list, median', value: percentile(times, 50), unit: 'ms', budget: { max: 5 }, note: `${bytes} bytes` });
  report({ name: 'ESC/POS bytes of an 80-line fee list, p99', value: percentile(times, 99), unit: 'ms', budget: { max: 5 } });
}
