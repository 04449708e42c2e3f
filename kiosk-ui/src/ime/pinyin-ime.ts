// Typing hanzi on the kiosk's own keyboard, without the system's: the letters at the end of what
// is typed are pinyin still being composed; the candidates are the characters of the first
// syllable in them, and choosing one puts it in that syllable's place ("zhangsan" → 张 + "san").
// The 3,755 common hanzi (GB 2312 level 1) are in the bundle; the 3,008 of level 2 (梓, 萱, 鑫 in
// many a name) are fetched once a keyboard is shown (loadMore) and come after them.
import { PINYIN_TABLE } from './pinyin-table.ts';

/** Written by scripts/build.mjs beside app.js from pinyin-pro: {"zi": "梓…", …}. */
const LEVEL2_URL = new URL('pinyin-level2.json', import.meta.url);

let level1: Map<string, string[]> | undefined;
let level2: Map<string, string[]> | undefined;
let loading: Promise<boolean> | undefined;

/** The character at a place of GB 2312 level 1 (94 to a row, from 0xB0A1). */
function charsAt(places: number[]): string[] {
  const bytes = new Uint8Array(places.flatMap((p) => [0xb0 + Math.floor(p / 94), 0xa1 + (p % 94)]));
  return Array.from(new TextDecoder('gb2312').decode(bytes));
}

/** "3+2,9" → [3, 4, 5, 9]. */
function places(runs: string): number[] {
  return runs.split(',').flatMap((run) => {
    const [start, more] = run.split('+').map((n) => parseInt(n, 36)) as [number, number | undefined];
    return Array.from({ length: (more ?? 0) + 1 }, (_, i) => start + i);
  });
}

/** Level 1, then level 2 once it is here. */
function tables(): Array<Map<string, string[]>> {
  level1 ??= new Map(
    PINYIN_TABLE.split('\n').map((line) => {
      const [syllable, runs] = line.split(' ') as [string, string];
      return [syllable, charsAt(places(runs))];
    }),
  );
  return level2 ? [level1, level2] : [level1];
}

/**
 * Fetches level 2 once; true when this call brought it (a keyboard on show then re-renders). A
 * failed fetch leaves level 1 alone and is tried again by the next keyboard.
 */
export function loadMore(): Promise<boolean> {
  if (level2) return Promise.resolve(false);
  loading ??= fetch(LEVEL2_URL)
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(r.status)))))
    .then((json) => {
      level2 = new Map(Object.entries(json).map(([s, chars]) => [s, Array.from(chars)]));
      return true;
    })
    .catch(() => {
      loading = undefined;
      return false;
    });
  return loading;
}

const LONGEST = 6;

/** The pinyin being composed: the run of letters at the end of the text. */
export const composing = (text: string): string => /[a-z]+$/.exec(text)?.[0] ?? '';

export interface Candidates {
  /** How many letters of the composition a candidate replaces. */
  replaces: number;
  chars: string[];
}

const of = (syllable: string): string[] | undefined => {
  const found = tables().flatMap((t) => t.get(syllable) ?? []);
  return found.length ? found : undefined;
};

/**
 * The characters for the first syllable of `letters`: the longest whole syllable it starts with,
 * or, while only part of one is typed ("zh"), the characters of every syllable it begins. Level 1
 * always before level 2.
 */
export function candidates(letters: string): Candidates {
  if (!letters) return { replaces: 0, chars: [] };
  for (let n = Math.min(LONGEST, letters.length); n > 0; n--) {
    const chars = of(letters.slice(0, n));
    if (chars && (n === letters.length || n > 1 || !isPrefix(letters.slice(0, 2)))) return { replaces: n, chars };
  }
  if (!isPrefix(letters)) return { replaces: 0, chars: [] };
  const chars = tables().flatMap((t) => [...t.entries()].filter(([s]) => s.startsWith(letters)).flatMap(([, c]) => c));
  return { replaces: letters.length, chars: [...new Set(chars)] };
}

function isPrefix(letters: string): boolean {
  for (const t of tables()) for (const s of t.keys()) if (s.startsWith(letters)) return true;
  return false;
}

/** The text with a candidate in place of the letters it stands for. */
export function choose(text: string, char: string): string {
  const letters = composing(text);
  const { replaces } = candidates(letters);
  if (!replaces) return text;
  return text.slice(0, text.length - letters.length) + char + letters.slice(replaces);
}
