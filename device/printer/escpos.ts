// Renders a receipt document to ESC/POS bytes. ESC @ first (it resets every mode, so never after
// content); Chinese text as FS & + GB18030 + FS . built here (node-thermal-printer would send GBK
// without FS &, or EUC-JP); QR codes with the store length counted in bytes; a feed and a cut at
// the end. Widths: 48 columns on 80 mm paper, 32 on 58 mm.
import iconv from 'iconv-lite';
import type { Block, QrErrorCorrection, ReceiptDocument, TextSize, TextStyle } from './document.ts';
import { displayWidth, fit, wrap, type Align } from './text-width.ts';

export const COLUMNS: Readonly<Record<80 | 58, number>> = { 80: 48, 58: 32 };

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;

const ESCPOS = {
  init: [ESC, 0x40],
  align: (a: Align) => [ESC, 0x61, a === 'left' ? 0 : a === 'center' ? 1 : 2],
  bold: (on: boolean) => [ESC, 0x45, on ? 1 : 0],
  /** GS ! n: high nibble width − 1, low nibble height − 1. */
  size: (width: number, height: number) => [GS, 0x21, ((width - 1) << 4) | (height - 1)],
  chineseOn: [FS, 0x26],
  chineseOff: [FS, 0x2e],
  feed: (lines: number) => [ESC, 0x64, lines],
  cut: (partial: boolean) => [GS, 0x56, partial ? 1 : 0],
  qrModel2: [GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00],
  qrModuleSize: (n: number) => [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, n],
  qrErrorCorrection: (level: QrErrorCorrection) => [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x30 + 'LMQH'.indexOf(level)],
  /** pL pH count the data bytes plus cn fn m. */
  qrStoreHeader: (dataBytes: number) => [GS, 0x28, 0x6b, (dataBytes + 3) & 0xff, (dataBytes + 3) >> 8, 0x31, 0x50, 0x30],
  qrPrint: [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30],
} as const;

const SCALE: Readonly<Record<TextSize, { width: number; height: number }>> = {
  normal: { width: 1, height: 1 },
  tall: { width: 1, height: 2 },
  large: { width: 2, height: 2 },
};

/** Lines fed before a cut so the last line clears the cutter. */
const FEED_BEFORE_CUT = 4;

/** Text as the printer gets it: no control characters (no command smuggled in a name), ¥ → ￥. */
function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, '').replaceAll('¥', '￥');
}

class EscPosWriter {
  private readonly parts: Buffer[] = [Buffer.from(ESCPOS.init)];
  private align: Align = 'left';
  private bold = false;
  private size: TextSize = 'normal';

  constructor(readonly columns: number) {}

  style(style: TextStyle): void {
    const align = style.align ?? 'left';
    const bold = style.bold ?? false;
    const size = style.size ?? 'normal';
    if (align !== this.align) this.raw(ESCPOS.align((this.align = align)));
    if (bold !== this.bold) this.raw(ESCPOS.bold((this.bold = bold)));
    if (size !== this.size) {
      this.size = size;
      this.raw(ESCPOS.size(SCALE[size].width, SCALE[size].height));
    }
  }

  /** Columns available at the current size. */
  get width(): number {
    return Math.floor(this.columns / SCALE[this.size].width);
  }

  line(text: string): void {
    if (/[^\x00-\x7f]/.test(text)) {
      this.raw(ESCPOS.chineseOn);
      this.parts.push(iconv.encode(text, 'gb18030'));
      this.raw(ESCPOS.chineseOff);
    } else {
      this.parts.push(Buffer.from(text, 'latin1'));
    }
    this.raw([LF]);
  }

  raw(bytes: readonly number[] | Buffer): void {
    this.parts.push(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function renderBlock(w: EscPosWriter, block: Block): void {
  switch (block.type) {
    case 'text':
      w.style(block.style);
      for (const paragraph of block.text.split('\n')) for (const line of wrap(printable(paragraph), w.width)) w.line(line);
      return;
    case 'pair': {
      w.style(block.style);
      const left = printable(block.left);
      const right = printable(block.right);
      const room = w.width - displayWidth(left) - displayWidth(right);
      if (room >= 1) return w.line(left + ' '.repeat(room) + right);
      for (const line of wrap(left, w.width)) w.line(line);
      for (const line of wrap(right, w.width)) w.line(fit(line, w.width, 'right'));
      return;
    }
    case 'columns': {
      w.style(block.style);
      const texts = block.cells.map((cell) => printable(cell.text));
      const gaps = block.cells.length - 1;
      const total = block.cells.reduce((sum, c) => sum + c.weight, 0);
      const usable = w.width - gaps;
      let used = 0;
      const widths = block.cells.map((cell, i) => {
        const width = i === block.cells.length - 1 ? usable - used : Math.floor((usable * cell.weight) / total);
        used += width;
        return width;
      });
      // Never cut a cell (it may be an amount): if one does not fit its column, let the row flow.
      if (texts.some((text, i) => displayWidth(text) > widths[i]!)) {
        for (const line of wrap(texts.join(' '), w.width)) w.line(line);
        return;
      }
      return w.line(texts.map((text, i) => fit(text, widths[i]!, block.cells[i]!.align)).join(' ').replace(/ +$/, ''));
    }
    case 'separator':
      w.style({});
      return w.line(fit(printable(block.char).repeat(w.width), w.width).trimEnd());
    case 'qr': {
      w.style({ align: 'center' });
      const data = Buffer.from(block.data, 'utf8');
      w.raw(ESCPOS.qrModel2);
      w.raw(ESCPOS.qrModuleSize(block.moduleSize));
      w.raw(ESCPOS.qrErrorCorrection(block.errorCorrection));
      w.raw(ESCPOS.qrStoreHeader(data.length));
      w.raw(data);
      w.raw(ESCPOS.qrPrint);
      return w.raw([LF]);
    }
    case 'feed':
      return w.raw(ESCPOS.feed(block.lines));
    case 'cut':
      w.style({});
      w.raw(ESCPOS.feed(FEED_BEFORE_CUT));
      return w.raw(ESCPOS.cut(block.partial));
  }
}

export function renderEscPos(document: ReceiptDocument, columns: number): Buffer {
  const writer = new EscPosWriter(columns);
  for (const block of document.blocks) renderBlock(writer, block);
  if (document.blocks[document.blocks.length - 1]?.type !== 'cut') renderBlock(writer, { type: 'cut', partial: false });
  return writer.bytes();
}
