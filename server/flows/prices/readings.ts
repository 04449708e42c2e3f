// How a catalogue name is read aloud, for pinyin search: the name as comparable characters, each
// Han character with the reading it has in this word (pinyin-pro picks 长 = chang in 长春西汀 from
// its phrase dictionary) and every other reading it may have, so a patient who reads it the
// other way still finds the item.
import { pinyin, polyphonic } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const SPACES = /\s+/g;

export const isHan = (ch: string) => HAN.test(ch);

/**
 * The form names and queries are compared in: full-width letters and digits made half-width
 * (NFKC), lower case, no spaces, and ü written v as pinyin keyboards type it.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SPACES, '').replace(/ü/g, 'v');
}

const toneless = (reading: string) => reading.toLowerCase().replace(/ü/g, 'v');

const readingsByChar = new Map<string, readonly string[]>();

/** Every toneless reading of one Han character, most common first; none for anything else. */
export function readingsOf(ch: string): readonly string[] {
  let readings = readingsByChar.get(ch);
  if (!readings) {
    readings = isHan(ch) ? [...new Set((polyphonic(ch, { toneType: 'none', type: 'array' })[0] ?? []).map(toneless))].filter((r) => /^[a-z]+$/.test(r)) : [];
    readingsByChar.set(ch, readings);
  }
  return readings;
}

export interface NameReading {
  /** The normalised name, one entry per character. */
  chars: string[];
  /** The reading of each Han character in this name; '' for other characters. */
  readings: string[];
}

export function readName(name: string): NameReading {
  const chars = [...normalise(name)];
  const inWord = pinyin(chars.join(''), { toneType: 'none', type: 'array' });
  // pinyin-pro answers one entry per character; should it ever not, each character alone still reads.
  const aligned = inWord.length === chars.length;
  const readings = chars.map((ch, i) => {
    if (!isHan(ch)) return '';
    const word = aligned ? toneless(inWord[i]!) : '';
    return /^[a-z]+$/.test(word) ? word : (readingsOf(ch)[0] ?? '');
  });
  return { chars, readings };
}
