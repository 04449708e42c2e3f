// The readings of GB 2312's hanzi from pinyin-pro, by syllable: what both keyboard tables are made
// of. Level 1 (3,755 common hanzi, places 0–3754, in pinyin order) and level 2 (3,008 more, places
// 3760–6767, by radical) are both named by place; the TextDecoder turns a place back into its hanzi.
// A character's usual reading lists it first; within a syllable the GB 2312 order is kept.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { pinyin } = require('pinyin-pro');

export const LEVEL1 = { from: 0, to: 3755 };
export const LEVEL2 = { from: 3760, to: 3760 + 32 * 94 };

const decoder = new TextDecoder('gb2312');
export const charAt = (i) => decoder.decode(new Uint8Array([0xb0 + Math.floor(i / 94), 0xa1 + (i % 94)]));

/** syllable ("ü" as v) → the places read that way, usual readings first, for places [from, to). */
export function placesBySyllable({ from, to }) {
  const usual = new Map();
  const other = new Map();
  const add = (map, syllable, i) => map.set(syllable, [...(map.get(syllable) ?? []), i]);
  for (let i = from; i < to; i++) {
    const ch = charAt(i);
    if (ch === '\ufffd') throw new Error(`GB 2312 place ${i} is empty`);
    const readings = pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true });
    readings.forEach((r, n) => add(n === 0 ? usual : other, r, i));
  }
  const syllables = [...new Set([...usual.keys(), ...other.keys()])].filter((s) => /^[a-z]+$/.test(s)).sort();
  return new Map(syllables.map((s) => [s, [...new Set([...(usual.get(s) ?? []), ...(other.get(s) ?? [])])]]));
}

/** Level 2 as the keyboard fetches it: {"zi": "梓…", …}, the characters themselves. */
export function level2Json() {
  const table = placesBySyllable(LEVEL2);
  return JSON.stringify(Object.fromEntries([...table].map(([s, places]) => [s, places.map(charAt).join('')])));
}
