import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ReceiptBuilder } from '../../../device/printer/document.ts';
import { COLUMNS, renderEscPos } from '../../../device/printer/escpos.ts';
import { formatFen } from '../../../device/printer/money.ts';
import { feeList } from '../../../device/printer/templates/fee-list.ts';
import { settlementSlip } from '../../../device/printer/templates/settlement-slip.ts';
import { testPage } from '../../../device/printer/templates/test-page.ts';
import { displayWidth } from '../../../device/printer/text-width.ts';
import { EscPosDecoder, type Receipt, type ReceiptLine } from '../../../device/sim/escpos-decoder.ts';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function decode(bytes: Buffer): Receipt[] {
  const receipts: Receipt[] = [];
  new EscPosDecoder((r) => receipts.push(r), () => 0x12).feed(bytes);
  return receipts;
}

const texts = (receipt: Receipt) => receipt.lines.filter((l): l is Extract<ReceiptLine, { kind: 'text' }> => l.kind === 'text' && l.text !== '').map((l) => l.text);

const SLIP = {
  institutionName: '沙盒市第二人民医院',
  patientName: '王小明',
  certno: '150102198001011236',
  insuranceType: '职工基本医疗保险',
  visitType: '普通门诊',
  settledAt: new Date('2026-11-23T08:40:05Z'),
  settlementId: 'SETL2026112300001',
  total: 35670,
  fund: 20000,
  account: 8000,
  cash: 7670,
  balance: 123450,
};

describe('ESC/POS rendering', () => {
  it('starts with ESC @ and never sends it again', () => {
    const bytes = renderEscPos(settlementSlip(SLIP), 48);
    expect(bytes.subarray(0, 2)).toEqual(hex('1B 40'));
    expect(bytes.indexOf(hex('1B 40'), 2)).toBe(-1);
  });

  it('sends Chinese as FS & + GB18030 + FS ., and ASCII as itself', () => {
    const bytes = renderEscPos(new ReceiptBuilder('t').text('医保 ok').text('plain').build(), 48);
    expect(bytes.includes(Buffer.concat([hex('1C 26'), iconv.encode('医保 ok', 'gb18030'), hex('1C 2E 0A')]))).toBe(true);
    expect(bytes.includes(Buffer.from('plain\n'))).toBe(true);
    expect(iconv.encode('医保', 'gb18030')).toEqual(hex('D2 BD B1 A3'));
  });

  it('prints the full-width ￥ (GB18030 A3 A4), never ¥', () => {
    const bytes = renderEscPos(new ReceiptBuilder('t').pair('金额', '¥12.30').text(formatFen(1230)).build(), 48);
    expect(formatFen(1230)).toBe('￥12.30');
    expect(formatFen(-5)).toBe('-￥0.05');
    const [receipt] = decode(bytes);
    expect(texts(receipt!).join('\n')).not.toContain('¥');
    expect(texts(receipt!)[0]).toMatch(/^金额 +￥12\.30$/);
    expect(bytes.includes(hex('A3 A4'))).toBe(true);
  });

  it('stores a QR code with pL pH = byte length + 3, Chinese counted in bytes', () => {
    const data = 'https://invoice.example/查?id=1';
    const bytes = renderEscPos(new ReceiptBuilder('t').qr(data, { moduleSize: 5, errorCorrection: 'Q' }).build(), 48);
    const length = Buffer.byteLength(data) + 3;
    expect(Buffer.byteLength(data)).toBeGreaterThan(data.length);
    const store = Buffer.concat([hex('1D 28 6B'), Buffer.from([length & 0xff, length >> 8]), hex('31 50 30'), Buffer.from(data)]);
    expect(bytes.includes(store)).toBe(true);
    expect(bytes.includes(hex('1D 28 6B 04 00 31 41 32 00'))).toBe(true);
    expect(bytes.includes(hex('1D 28 6B 03 00 31 43 05'))).toBe(true);
    expect(bytes.includes(hex('1D 28 6B 03 00 31 45 32'))).toBe(true);
    expect(bytes.indexOf(hex('1D 28 6B 03 00 31 51 30'))).toBeGreaterThan(bytes.indexOf(store));
    expect(decode(bytes)[0]!.lines).toContainEqual({ kind: 'qr', data, align: 'center', moduleSize: 5, errorCorrection: 'Q' });
  });

  it('ends with a feed and a cut, adding one when the document has none', () => {
    const withCut = renderEscPos(new ReceiptBuilder('t').text('a').cut(true).build(), 32);
    expect(withCut.subarray(-6)).toEqual(hex('1B 64 04 1D 56 01'));
    const without = renderEscPos(new ReceiptBuilder('t').text('a').build(), 32);
    expect(without.subarray(-6)).toEqual(hex('1B 64 04 1D 56 00'));
  });

  it('lays pairs and columns out at 48 and 32 columns, a CJK character counting 2', () => {
    for (const width of [80, 58] as const) {
      const columns = COLUMNS[width];
      const doc = new ReceiptBuilder('t')
        .pair('统筹基金支付', '￥200.00')
        .columns([{ text: '甲类 2盒', weight: 3 }, { text: '￥25.60', weight: 3, align: 'right' }, { text: '自付￥0.00', weight: 4, align: 'right' }])
        .separator()
        .build();
      const lines = texts(decode(renderEscPos(doc, columns))[0]!);
      expect(lines.map(displayWidth)).toEqual([columns, columns, columns]);
      expect(lines[0]).toBe(`统筹基金支付${' '.repeat(columns - 12 - 8)}￥200.00`);
      expect(lines[2]).toBe('-'.repeat(columns));
    }
    expect(COLUMNS).toEqual({ 80: 48, 58: 32 });
  });

  it('wraps long Chinese text by width, never splitting a character, and halves columns at double width', () => {
    const long = '内蒙古自治区呼和浩特市新城区沙盒路一号院二号楼三单元四零一室';
    const lines = texts(decode(renderEscPos(new ReceiptBuilder('t').text(long).text('大字'.repeat(20), { size: 'large' }).build(), 32))[0]!);
    expect(lines.slice(0, 2)).toEqual([long.slice(0, 16), long.slice(16)]);
    expect(lines.slice(2).every((l) => displayWidth(l) <= 16)).toBe(true);
  });

  it('lets a row flow onto the next line rather than cut a cell that does not fit', () => {
    const doc = new ReceiptBuilder('t').columns([{ text: '甲类 12.5盒', weight: 1 }, { text: '￥123456.78', weight: 1, align: 'right' }, { text: '自付￥123456.78', weight: 1, align: 'right' }]).build();
    const lines = texts(decode(renderEscPos(doc, 32))[0]!);
    expect(lines.join('')).toBe('甲类 12.5盒 ￥123456.78 自付￥123456.78');
    expect(lines.every((l) => displayWidth(l) <= 32)).toBe(true);
  });

  it('strips control characters so text cannot smuggle in commands', () => {
    const bytes = renderEscPos(new ReceiptBuilder('t').text('王\x1b@\x1dV\x00小明').build(), 48);
    expect(texts(decode(bytes)[0]!)).toEqual(['王@V小明']);
    expect(decode(bytes)[0]!.problems).toEqual([]);
  });

  it('renders styles the decoder reads back: centre, bold, double height', () => {
    const [receipt] = decode(renderEscPos(settlementSlip(SLIP), 48));
    expect(receipt!.lines[0]).toEqual({ kind: 'text', text: '沙盒市第二人民医院', align: 'center', bold: true, width: 1, height: 2 });
    expect(receipt!.lines[2]).toMatchObject({ align: 'left', bold: false, width: 1, height: 1 });
    expect(receipt!.problems).toEqual([]);
    expect(receipt!.cut).toBe('full');
  });
});

describe('receipt templates', () => {
  it('prints a settlement slip with the name and ID number masked and every amount', () => {
    const lines = texts(decode(renderEscPos(settlementSlip(SLIP), 48))[0]!);
    const all = lines.join('\n');
    expect(all).not.toContain('王小明');
    expect(all).not.toContain('150102198001011236');
    expect(lines).toContainEqual(expect.stringMatching(/^姓名 +王\*明$/));
    expect(lines).toContainEqual(expect.stringMatching(/^证件号码 +1501\*{10}1236$/));
    expect(lines).toContainEqual(expect.stringMatching(/^结算时间 +2026-11-23 16:40:05$/));
    for (const [label, amount] of [['费用总额', '￥356.70'], ['统筹基金支付', '￥200.00'], ['个人账户支付', '￥80.00'], ['个人现金支付', '￥76.70'], ['个人账户余额', '￥1234.50']] as const) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${label} +${amount.replace('.', '\\.')}$`)));
    }
  });

  it('prints a fee list by category with classes, self-pay parts, totals and the invoice QR', () => {
    const doc = feeList({
      institutionName: '沙盒市第二人民医院',
      patientName: '李秀兰',
      settlementId: 'SETL2026112300001',
      invoiceUrl: 'https://einvoice.example/i/ABC123',
      lines: [
        { category: '西药费', name: '阿莫西林胶囊 0.25g×24粒', listClass: 'A', quantity: '2盒', amount: 2560, selfPay: 0 },
        { category: '检查费', name: '血常规', listClass: 'B', quantity: '1次', amount: 2500, selfPay: 250 },
        { category: '西药费', name: '维生素C片', listClass: 'C', quantity: '1瓶', amount: 800, selfPay: 800 },
      ],
    });
    for (const columns of [48, 32]) {
      const [receipt] = decode(renderEscPos(doc, columns));
      const lines = texts(receipt!);
      expect(lines).toContainEqual(expect.stringMatching(/^姓名 +李\*兰$/));
      expect(lines.indexOf('【西药费】')).toBeLessThan(lines.indexOf('【检查费】'));
      expect(lines).toContainEqual(expect.stringMatching(/^丙类 1瓶 +￥8\.00 +自付￥8\.00$/));
      expect(lines).toContainEqual(expect.stringMatching(/^费用合计 +￥58\.60$/));
      expect(lines).toContainEqual(expect.stringMatching(/^其中个人自付 +￥10\.50$/));
      expect(lines.filter((l) => /^小计/.test(l))).toHaveLength(2);
      expect(receipt!.lines).toContainEqual(expect.objectContaining({ kind: 'qr', data: 'https://einvoice.example/i/ABC123' }));
      expect(lines.every((l) => displayWidth(l) <= columns)).toBe(true);
    }
  });

  it('prints a test page whose rulers fill the line exactly', () => {
    for (const columns of [48, 32]) {
      const [receipt] = decode(renderEscPos(testPage(columns), columns));
      const lines = texts(receipt!);
      expect(lines).toContain('1234567890'.repeat(5).slice(0, columns));
      expect(lines.filter((l) => /^[中文每字两格]+$/.test(l)).map(displayWidth)).toEqual([columns]);
      expect(receipt!.lines).toContainEqual(expect.objectContaining({ kind: 'qr', data: 'medins-kiosk 测试' }));
    }
  });

  it('builds receipt bytes well within the 5 ms budget', () => {
    const doc = settlementSlip(SLIP);
    renderEscPos(doc, 48);
    const started = performance.now();
    for (let i = 0; i < 100; i++) renderEscPos(doc, 48);
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });
});
