// What a touchscreen matches typed text against: the name's pinyin without tones ("gaoxueya")
// and its initials ("GXY"). Characters that are not hanzi stay as they are.
import { pinyin } from 'pinyin-pro';

export interface SearchKeys {
  pinyin: string;
  initials: string;
}

export function searchKeys(name: string): SearchKeys {
  return {
    pinyin: pinyin(name, { toneType: 'none', type: 'array' }).join('').toLowerCase(),
    initials: pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toUpperCase(),
  };
}
