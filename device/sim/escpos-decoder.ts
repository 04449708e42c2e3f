// Turns ESC/POS bytes back into what a printer would put on paper: text lines (GB18030 decoded in
// Chinese mode) with their style, QR payloads and cuts. It also notes what a real printer would
// get wrong, such as non-ASCII bytes outside Chinese mode or an ESC @ after content, so tests can
// catch the traps of careless ESC/POS. Fed incrementally, as bytes arrive; real-time status
// queries are answered as soon as they are complete.
import iconv from 'iconv-lite';
import type { Align } from '../printer/text-width.ts';

export type ReceiptLine =
  | { kind: 'text'; text: string; align: Align; bold: boolean; width: number; height: number }
  | { kind: 'qr'; data: string; align: Align; moduleSize: number; errorCorrection: string };

export interface Receipt {
  lines: ReceiptLine[];
  cut: 'full' | 'partial';
  /** What a real printer would have printed wrongly or not understood. */
  problems: string[];
}

const ALIGNS: readonly Align[] = ['left', 'center', 'right'];
/** ESC commands we know, by their letter, with the number of parameter bytes. */
const ESC_ARGS: Readonly<Record<string, number>> = { '@': 0, a: 1, E: 1, d: 1, '!': 1, t: 1, R: 1, '-': 1, M: 1, J: 1, '2': 0, '3': 1, G: 1, p: 3 };

interface Segment {
  chinese: boolean;
  bytes: number[];
}

export class EscPosDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private align: Align = 'left';
  private bold = false;
  private width = 1;
  private height = 1;
  private chinese = false;
  private segments: Segment[] = [];
  private lineStyle: Omit<Extract<ReceiptLine, { kind: 'text' }>, 'kind' | 'text'> | undefined;
  private lines: ReceiptLine[] = [];
  private problems: string[] = [];
  private qr = { moduleSize: 3, errorCorrection: 'L', data: Buffer.alloc(0) };

  constructor(
    private readonly onReceipt: (receipt: Receipt) => void,
    private readonly onStatusQuery: (n: number) => number | undefined,
  ) {}

  /** Feeds bytes; returns the answers to any status queries among them. */
  feed(chunk: Buffer): Buffer {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const answers: number[] = [];
    let pos = 0;
    while (pos < buf.length) {
      const used = this.command(buf, pos, answers);
      if (used === 0) break;
      pos += used;
    }
    this.pending = Buffer.from(buf.subarray(pos));
    return Buffer.from(answers);
  }

  /** Decodes one command or text byte at `pos`; returns the bytes used, 0 when incomplete. */
  private command(buf: Buffer, pos: number, answers: number[]): number {
    const b = buf[pos]!;
    const have = buf.length - pos;
    const arg = (i: number) => buf[pos + i]!;
    switch (b) {
      case 0x0a:
        this.endLine();
        return 1;
      case 0x0d:
        return 1;
      case 0x10: {
        if (have < 3) return 0;
        if (arg(1) === 0x04) {
          const answer = this.onStatusQuery(arg(2));
          if (answer !== undefined) answers.push(answer);
        } else this.problems.push(`unknown DLE ${arg(1).toString(16)}`);
        return 3;
      }
      case 0x1b: {
        if (have < 2) return 0;
        const letter = String.fromCharCode(arg(1));
        const n = ESC_ARGS[letter];
        if (n === undefined) {
          this.problems.push(`unknown ESC ${letter}`);
          return 2;
        }
        if (have < 2 + n) return 0;
        this.esc(letter, arg(2));
        return 2 + n;
      }
      case 0x1c: {
        if (have < 2) return 0;
        if (arg(1) === 0x26) this.chinese = true;
        else if (arg(1) === 0x2e) this.chinese = false;
        else {
          if (have < 3) return 0;
          this.problems.push(`unknown FS ${arg(1).toString(16)}`);
          return 3;
        }
        return 2;
      }
      case 0x1d:
        return this.gs(buf, pos);
      default:
        if (b < 0x20) {
          this.problems.push(`stray control byte ${b.toString(16)}`);
          return 1;
        }
        this.text(b);
        return 1;
    }
  }

  private esc(letter: string, n: number): void {
    if (letter === '@') {
      if (this.segments.length > 0 || this.lines.length > 0) this.problems.push('ESC @ after content resets every mode');
      this.align = 'left';
      this.bold = false;
      this.width = this.height = 1;
      this.chinese = false;
    } else if (letter === 'a') this.align = ALIGNS[n % 48] ?? 'left';
    else if (letter === 'E') this.bold = (n & 1) === 1;
    else if (letter === 'd') for (let i = 0; i < n; i++) this.endLine();
  }

  private gs(buf: Buffer, pos: number): number {
    const have = buf.length - pos;
    if (have < 2) return 0;
    const letter = String.fromCharCode(buf[pos + 1]!);
    if (letter === '!') {
      if (have < 3) return 0;
      this.width = (buf[pos + 2]! >> 4) + 1;
      this.height = (buf[pos + 2]! & 0x0f) + 1;
      return 3;
    }
    if (letter === 'V') {
      if (have < 3) return 0;
      const m = buf[pos + 2]!;
      if (m >= 65) {
        if (have < 4) return 0;
        this.cut(m === 66 ? 'partial' : 'full');
        return 4;
      }
      this.cut(m % 48 === 1 ? 'partial' : 'full');
      return 3;
    }
    if (letter === '(') {
      if (have < 5) return 0;
      const length = buf[pos + 3]! | (buf[pos + 4]! << 8);
      if (have < 5 + length) return 0;
      if (buf[pos + 2] === 0x6b) this.qrFunction(buf.subarray(pos + 5, pos + 5 + length));
      else this.problems.push(`unknown GS ( ${String.fromCharCode(buf[pos + 2]!)}`);
      return 5 + length;
    }
    if (have < 3) return 0;
    this.problems.push(`unknown GS ${letter}`);
    return 3;
  }

  /** GS ( k: cn fn parameters. */
  private qrFunction(p: Buffer): void {
    if (p[0] !== 0x31) return void this.problems.push('GS ( k for a symbol other than QR');
    switch (p[1]) {
      case 0x41:
        if (p[2] !== 0x32) this.problems.push('QR model other than 2');
        return;
      case 0x43:
        this.qr.moduleSize = p[2] ?? 3;
        return;
      case 0x45:
        this.qr.errorCorrection = 'LMQH'[(p[2] ?? 0x30) - 0x30] ?? '?';
        return;
      case 0x50:
        this.qr.data = Buffer.from(p.subarray(3));
        return;
      case 0x51:
        this.lines.push({ kind: 'qr', data: this.qr.data.toString('utf8'), align: this.align, moduleSize: this.qr.moduleSize, errorCorrection: this.qr.errorCorrection });
        return;
      default:
        this.problems.push(`unknown QR function ${p[1]?.toString(16)}`);
    }
  }

  private text(byte: number): void {
    this.lineStyle ??= { align: this.align, bold: this.bold, width: this.width, height: this.height };
    const last = this.segments[this.segments.length - 1];
    if (last && last.chinese === this.chinese) last.bytes.push(byte);
    else this.segments.push({ chinese: this.chinese, bytes: [byte] });
  }

  private endLine(): void {
    let text = '';
    for (const segment of this.segments) {
      const bytes = Buffer.from(segment.bytes);
      if (segment.chinese) text += iconv.decode(bytes, 'gb18030');
      else {
        if (bytes.some((x) => x >= 0x80)) this.problems.push('non-ASCII bytes outside Chinese mode (FS &)');
        text += bytes.toString('latin1');
      }
    }
    const style = this.lineStyle ?? { align: this.align, bold: this.bold, width: this.width, height: this.height };
    this.lines.push({ kind: 'text', text, ...style });
    this.segments = [];
    this.lineStyle = undefined;
  }

  private cut(cut: 'full' | 'partial'): void {
    if (this.segments.length > 0) this.endLine();
    this.onReceipt({ lines: this.lines, cut, problems: this.problems });
    this.lines = [];
    this.problems = [];
  }
}
