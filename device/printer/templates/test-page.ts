// The printer test page an operator prints after loading paper or replacing a printer: it shows
// the column count with ASCII and with Chinese, the styles, ￥ and a QR code with Chinese in it.
import { ReceiptBuilder, type ReceiptDocument } from '../document.ts';
import { formatFen } from '../money.ts';

export function testPage(columns: number): ReceiptDocument {
  const digits = Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join('');
  const hanzi = '中文每字两格'.repeat(columns).slice(0, Math.floor(columns / 2));
  return new ReceiptBuilder('打印测试页 / test page')
    .text('打印机测试页', { align: 'center', bold: true, size: 'large' })
    .text('Printer test page', { align: 'center' })
    .separator('=')
    .text(`每行 ${columns} 字符 / ${columns} columns`)
    .text(digits)
    .text(hanzi)
    .separator()
    .text('左对齐 left')
    .text('居中 centre', { align: 'center' })
    .text('右对齐 right', { align: 'right' })
    .text('粗体 bold', { bold: true })
    .text('倍高 tall', { size: 'tall' })
    .pair('金额 amount', formatFen(123456))
    .separator()
    .qr('medins-kiosk 测试')
    .text('扫码应显示“medins-kiosk 测试”', { align: 'center' })
    .cut()
    .build();
}
