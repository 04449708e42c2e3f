// How a name is read aloud, for pinyin search: each Han character with the reading it has in this
// word (pinyin-pro picks 长 = chang in 长春西汀 from its phrase dictionary) and every other reading
// it may have, so a patient who reads it the other way still finds the item. pinyin-pro's
// dictionaries take some 20 MB, so this runs in the pinyin worker (worker.ts), never in the daemon's
// own heap.
import { pinyin, polyphonic } from 'pinyin-pro';
import { isHan, normalise } from './text.ts';

export interface NameReading {
  /** The normalised name, one entry per character. */
  chars: string[];
  /** The reading of each Han character in this name; '' for other characters. */
  readings: string[];
}

/** What a touchscreen matches typed text against: toneless pinyin ("gaoxueya") and initials ("GXY"). */
export interface SearchKeys {
  pinyin: string;
  initials: string;
}

const toneless = (reading: string) => reading.toLowerCase().replace(/ü/g, 'v');
const LETTERS = /^[a-z]+$/;

/** Every toneless reading of one Han character, most common first; none for anything else. */
export function readingsOf(ch: string): string[] {
  if (!isHan(ch)) return [];
  return [...new Set((polyphonic(ch, { toneType: 'none', type: 'array' })[0] ?? []).map(toneless))].filter((r) => LETTERS.test(r));
}

export function readName(name: string): NameReading {
  const chars = [...normalise(name)];
  const inWord = pinyin(chars.join(''), { toneType: 'none', type: 'array' });
  // pinyin-pro answers one entry per character; should it ever not, each character alone still reads.
  const aligned = inWord.length === chars.length;
  const readings = chars.map((ch, i) => {
    if (!isHan(ch)) return '';
    const word = aligned ? toneless(inWord[i]!) : '';
    return LETTERS.test(word) ? word : (readingsOf(ch)[0] ?? '');
  });
  return { chars, readings };
}

/** The names read, with every reading of each Han character in them. */
export function readNames(names: readonly string[]): { reads: NameReading[]; charReadings: Record<string, string[]> } {
  const reads = names.map(readName);
  const charReadings: Record<string, string[]> = {};
  for (const { chars } of reads) for (const ch of chars) if (!(ch in charReadings) && isHan(ch)) charReadings[ch] = readingsOf(ch);
  return { reads, charReadings };
}

/** Characters that are not hanzi stay as they are. */
export function searchKeys(name: string): SearchKeys {
  return {
    pinyin: pinyin(name, { toneType: 'none', type: 'array' }).join('').toLowerCase(),
    initials: pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toUpperCase(),
  };
}
