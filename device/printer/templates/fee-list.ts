// 费用明细: every fee line by category, with its list class (甲/乙/丙), the part the patient pays
// for it, subtotals and totals, and the e-invoice QR code.
import { maskName } from '../../../server/policy/privacy.ts';
import { ReceiptBuilder, type ReceiptDocument } from '../document.ts';
import { formatFen } from '../money.ts';

/** Catalogue list class: A fully covered, B covered after a self-pay share, C not covered. */
export type ListClass = 'A' | 'B' | 'C';

export interface FeeLine {
  /** e.g. 西药费, 检查费 */
  category: string;
  name: string;
  listClass: ListClass;
  /** As it should read, with its unit: "2盒". */
  quantity: string;
  /** Amounts in fen. */
  amount: number;
  /** The part of this line the patient pays (B's share, all of C). */
  selfPay: number;
}

export interface FeeListData {
  institutionName: string;
  patientName: string;
  settlementId: string;
  lines: FeeLine[];
  /** The e-invoice address; no QR code without one. */
  invoiceUrl?: string;
}

const CLASS_LABEL: Readonly<Record<ListClass, string>> = { A: '甲类', B: '乙类', C: '丙类' };

const sum = (lines: FeeLine[], key: 'amount' | 'selfPay') => lines.reduce((total, line) => total + line[key], 0);

export function feeList(data: FeeListData): ReceiptDocument {
  const receipt = new ReceiptBuilder('费用明细 / fee list')
    .text(data.institutionName, { align: 'center', bold: true, size: 'tall' })
    .text('费用明细清单', { align: 'center', bold: true })
    .pair('姓名', maskName(data.patientName))
    .pair('结算流水号', data.settlementId)
    .separator();
  const categories = [...new Set(data.lines.map((line) => line.category))];
  for (const category of categories) {
    const lines = data.lines.filter((line) => line.category === category);
    receipt.text(`【${category}】`, { bold: true });
    for (const line of lines) {
      receipt.text(line.name).columns([
        { text: `${CLASS_LABEL[line.listClass]} ${line.quantity}`, weight: 3 },
        { text: formatFen(line.amount), weight: 3, align: 'right' },
        { text: `自付${formatFen(line.selfPay)}`, weight: 4, align: 'right' },
      ]);
    }
    receipt.pair('小计', formatFen(sum(lines, 'amount')));
  }
  receipt.separator().pair('费用合计', formatFen(sum(data.lines, 'amount')), { bold: true }).pair('其中个人自付', formatFen(sum(data.lines, 'selfPay')));
  if (data.invoiceUrl) {
    receipt.separator().qr(data.invoiceUrl).text('扫码查看电子票据', { align: 'center' });
  }
  return receipt.cut().build();
}
