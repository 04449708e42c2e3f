// The kiosk keyboard's pinyin: candidates for the first syllable of what is being composed, and a
// chosen character put in that syllable's place.
import { describe, expect, it } from 'vitest';
import { candidates, choose, composing } from '../../../kiosk-ui/src/ime/pinyin-ime.ts';

describe('pinyin on the kiosk keyboard', () => {
  it('offers the common characters of a syllable', () => {
    expect(candidates('wang').chars).toEqual(expect.arrayContaining(['王', '汪', '网', '望']));
    expect(candidates('wang').replaces).toBe(4);
  });

  it('takes the longest syllable at the start of several typed together', () => {
    expect(candidates('zhangsan')).toMatchObject({ replaces: 5 });
    expect(candidates('zhangsan').chars).toContain('张');
    expect(candidates('xian').chars).toContain('先');
  });

  it('lists a polyphonic character under each reading, its usual one first', () => {
    const chang = candidates('chang').chars;
    const zhang = candidates('zhang').chars;
    expect(chang).toContain('长');
    expect(zhang).toContain('长');
    // 长 is usually chang: among the zhang characters it comes after the usual ones.
    expect(zhang.indexOf('长')).toBeGreaterThan(zhang.indexOf('障'));
  });

  it('offers every syllable a part begins while only part is typed, and nothing for what is no pinyin', () => {
    const zh = candidates('zh');
    expect(zh.replaces).toBe(2);
    expect(zh.chars).toEqual(expect.arrayContaining(['张', '中', '住']));
    expect(candidates('vv').chars).toEqual([]);
  });

  it('types ü as v', () => {
    expect(candidates('lv').chars).toContain('绿');
    expect(candidates('nv').chars).toContain('女');
  });

  it('composes only the letters at the end, and puts the chosen character in their first syllable’s place', () => {
    expect(composing('3号楼zhang')).toBe('zhang');
    expect(composing('张三')).toBe('');
    expect(choose('3号楼zhangsan', '张')).toBe('3号楼张san');
    expect(choose(choose('zhangsan', '张'), '三')).toBe('张三');
  });
});
