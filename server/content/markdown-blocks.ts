// The small Markdown an operator writes information pages in: a `# title`, `##` headings,
// paragraphs, `-` and `1.` lists, **bold** (shown plain). Anything else a touchscreen could not
// show as the operator meant it (HTML, tables, images, links, code) is refused with its line.
import type { InfoBlock } from './info-page.ts';

export class ContentError extends Error {
  override readonly name = 'ContentError';
}

export interface ParsedPage {
  title: string;
  blocks: InfoBlock[];
}

const HAN_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const HAN_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Lines of one paragraph joined: Chinese runs on without a space, English with one. */
const joinLines = (a: string, b: string) => (HAN_END.test(a) || HAN_START.test(b) ? a + b : `${a} ${b}`);

const REFUSED: ReadonlyArray<[RegExp, string]> = [
  [/^\s*<|<\/?[a-z][^>]*>/i, 'HTML is not shown on the kiosk; write plain text'],
  [/^\s*\|/, 'tables are not supported; use a list'],
  [/!\[/, 'images are not supported'],
  [/\[[^\]]*\]\([^)]*\)/, 'links cannot be opened on the kiosk; write the address as text'],
  [/^\s*(```|~~~)/, 'code blocks are not supported'],
  [/^\s*>/, 'quotes are not supported; use a paragraph'],
  [/^#{4,}\s/, 'only # (title), ## and ### headings are supported'],
];

const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1').trim();

export function parseMarkdown(text: string, file: string): ParsedPage {
  const fail = (line: number, why: string): never => {
    throw new ContentError(`content error: ${file} line ${line}: ${why}`);
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let title: string | undefined;
  const blocks: InfoBlock[] = [];
  let paragraph: string | undefined;
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (paragraph !== undefined) blocks.push({ type: 'paragraph', text: paragraph });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
    paragraph = undefined;
    list = undefined;
  };

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trimEnd();
    for (const [pattern, why] of REFUSED) if (pattern.test(line)) fail(n, why);
    if (line.trim() === '') return flush();
    const heading = /^(#{1,3})\s+(.+)$/.exec(line);
    if (title === undefined) {
      if (!heading || heading[1] !== '#') fail(n, 'a page starts with its title: a line "# Title"');
      title = plain(heading![2]!);
      return;
    }
    if (heading) {
      if (heading[1] === '#') fail(n, 'a page has one title (#); use ## for a heading');
      flush();
      blocks.push({ type: 'heading', text: plain(heading[2]!) });
      return;
    }
    const item = /^\s*(?:([-*])|(\d{1,2})[.、])\s+(.+)$/.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      if (paragraph !== undefined || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(plain(item[3]!));
      return;
    }
    if (list && /^\s{2,}\S/.test(raw)) {
      list.items[list.items.length - 1] = joinLines(list.items.at(-1)!, plain(line));
      return;
    }
    if (list) flush();
    paragraph = paragraph === undefined ? plain(line) : joinLines(paragraph, plain(line));
  });
  flush();
  if (title === undefined) fail(1, 'the file is empty; a page starts with a line "# Title"');
  if (blocks.length === 0) fail(lines.length, 'the page has a title but no text');
  return { title: title!, blocks };
}
