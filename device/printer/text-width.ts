// Column arithmetic for receipt text. In Chinese mode an ESC/POS printer prints every multi-byte
// GB18030 character (hanzi, full-width punctuation, ￥) two columns wide and ASCII one, so that is
// the width: not the Unicode East Asian Width, which calls some of them narrow.
export type Align = 'left' | 'center' | 'right';

function charWidth(ch: string): 1 | 2 {
  return ch.charCodeAt(0) < 0x80 ? 1 : 2;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Breaks one line of text into lines of at most `columns`, never splitting a character. */
export function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (width + w > columns && line !== '') {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  lines.push(line);
  return lines;
}

/** Cuts text to `columns` (a wide character that would straddle the edge is left out) and pads it. */
export function fit(text: string, columns: number, align: Align = 'left'): string {
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (width + w > columns) break;
    out += ch;
    width += w;
  }
  const room = columns - width;
  if (align === 'right') return ' '.repeat(room) + out;
  if (align === 'center') return ' '.repeat(Math.floor(room / 2)) + out + ' '.repeat(Math.ceil(room / 2));
  return out + ' '.repeat(room);
}
