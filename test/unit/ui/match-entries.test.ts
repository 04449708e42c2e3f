// Finding a platform list's entry by hanzi, full pinyin or initials, as a patient types them.
import { describe, expect, it } from 'vitest';
import { matchEntries, normalise } from '../../../kiosk-ui/src/search/match-entries.ts';

const DISEASES = [
  { code: 'M03900', name: '高血压', pinyin: 'gaoxueya', initials: 'GXY' },
  { code: 'M01600', name: '糖尿病', pinyin: 'tangniaobing', initials: 'TNB' },
  { code: 'M07800', name: '冠心病', pinyin: 'guanxinbing', initials: 'GXB' },
  { code: 'M05300', name: '慢性阻塞性肺疾病', pinyin: 'manxingzuisexingfeijibing', initials: 'MXZSXFJB' },
  { code: 'M00500', name: '慢性肾功能衰竭(透析)', pinyin: 'manxingshengongnengshuaijie(touxi)', initials: 'MXSGNSJ(TX)' },
];

describe('finding an entry by what is typed', () => {
  it('by hanzi, full pinyin and initials alike', () => {
    expect(matchEntries(DISEASES, '高血压').map((d) => d.code)).toEqual(['M03900']);
    expect(matchEntries(DISEASES, 'gaoxueya').map((d) => d.code)).toEqual(['M03900']);
    expect(matchEntries(DISEASES, 'gxy').map((d) => d.code)).toEqual(['M03900']);
    expect(matchEntries(DISEASES, 'TNB').map((d) => d.code)).toEqual(['M01600']);
  });

  it('whole matches first, then starts, then anywhere', () => {
    expect(matchEntries(DISEASES, 'gx').map((d) => d.code)).toEqual(['M03900', 'M07800']);
    expect(matchEntries(DISEASES, 'bing').map((d) => d.code)).toEqual(['M01600', 'M07800', 'M05300']);
    expect(matchEntries(DISEASES, '慢性').map((d) => d.code)).toEqual(['M05300', 'M00500']);
  });

  it('ignores case, spaces and full-width letters; an empty search is the whole list', () => {
    expect(normalise(' Ｇ X y ')).toBe('gxy');
    expect(matchEntries(DISEASES, 'Ｇ X Y').map((d) => d.code)).toEqual(['M03900']);
    expect(matchEntries(DISEASES, '')).toHaveLength(DISEASES.length);
    expect(matchEntries(DISEASES, 'zzz')).toEqual([]);
  });
});
