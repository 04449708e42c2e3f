// A receipt as a document: blocks of text, label/value pairs, columns, separators, QR codes and
// cuts, with styles. Templates build documents; a dialect (escpos.ts) renders them to bytes, so no
// template ever touches a byte.
import type { Align } from './text-width.ts';

export type { Align };
/** tall: double height; large: double width and height (half as many columns). */
export type TextSize = 'normal' | 'tall' | 'large';
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export interface TextStyle {
  align?: Align;
  bold?: boolean;
  size?: TextSize;
}

export interface Cell {
  text: string;
  /** Relative share of the line's columns. */
  weight: number;
  align?: Align;
}

export type Block =
  | { type: 'text'; text: string; style: TextStyle }
  | { type: 'pair'; left: string; right: string; style: Omit<TextStyle, 'align'> }
  | { type: 'columns'; cells: Cell[]; style: Omit<TextStyle, 'align' | 'size'> }
  | { type: 'separator'; char: string }
  | { type: 'qr'; data: string; moduleSize: number; errorCorrection: QrErrorCorrection }
  | { type: 'feed'; lines: number }
  | { type: 'cut'; partial: boolean };

export interface ReceiptDocument {
  /** What the receipt is, for the list of kept jobs, e.g. "结算单". Never personal data. */
  title: string;
  blocks: Block[];
}

/** The most a QR code (model 2, version 40, level L) holds in byte mode. */
const QR_MAX_BYTES = 2953;

export class ReceiptBuilder {
  private readonly blocks: Block[] = [];

  constructor(private readonly title: string) {}

  text(text: string, style: TextStyle = {}): this {
    this.blocks.push({ type: 'text', text, style });
    return this;
  }

  /** A label on the left and a value on the right of one line (the next line if they do not fit). */
  pair(left: string, right: string, style: Omit<TextStyle, 'align'> = {}): this {
    this.blocks.push({ type: 'pair', left, right, style });
    return this;
  }

  columns(cells: Cell[], style: Omit<TextStyle, 'align' | 'size'> = {}): this {
    this.blocks.push({ type: 'columns', cells, style });
    return this;
  }

  separator(char = '-'): this {
    this.blocks.push({ type: 'separator', char });
    return this;
  }

  qr(data: string, options: { moduleSize?: number; errorCorrection?: QrErrorCorrection } = {}): this {
    const bytes = Buffer.byteLength(data, 'utf8');
    if (bytes === 0 || bytes > QR_MAX_BYTES) throw new RangeError(`a receipt QR code holds 1 to ${QR_MAX_BYTES} bytes, not ${bytes}`);
    this.blocks.push({ type: 'qr', data, moduleSize: options.moduleSize ?? 6, errorCorrection: options.errorCorrection ?? 'M' });
    return this;
  }

  feed(lines = 1): this {
    this.blocks.push({ type: 'feed', lines });
    return this;
  }

  cut(partial = false): this {
    this.blocks.push({ type: 'cut', partial });
    return this;
  }

  build(): ReceiptDocument {
    return { title: this.title, blocks: [...this.blocks] };
  }
}
