import { describe, expect, it } from 'vitest';
import { WedgeCatcher } from '../../../kiosk-ui/src/wedge.ts';

const burst = (c: WedgeCatcher, text: string, start: number, gap: number) => {
  const verdicts = [...text].map((ch, i) => c.key(ch, start + i * gap));
  return { verdicts, end: c.key('Enter', start + text.length * gap) };
};

describe('keyboard-wedge scanner input', () => {
  it('takes a fast burst ending in Enter as one scanned code, and keeps every key from the page', () => {
    const c = new WedgeCatcher();
    const { verdicts, end } = burst(c, 'NHSAEC1.abc-DEF_123', 1000, 8);
    expect(verdicts.every((v) => v.consume)).toBe(true);
    expect(end).toEqual({ consume: true, code: 'NHSAEC1.abc-DEF_123' });
  });

  it('ignores Shift between characters, as scanners send it for capitals', () => {
    const c = new WedgeCatcher();
    expect(c.key('Shift', 0).consume).toBe(false);
    c.key('A', 1);
    c.key('Shift', 2);
    c.key('B', 3);
    c.key('c', 4);
    c.key('d', 5);
    expect(c.key('Enter', 6).code).toBe('ABcd');
  });

  it('does not take slow typing for a scan: a pause starts a new burst', () => {
    const c = new WedgeCatcher();
    burst(c, 'abcd', 0, 300);
    expect(c.key('Enter', 300 * 4).code).toBeUndefined();
  });

  it('lets a lone Enter through (it may press a focused button) but swallows one ending a too-short burst', () => {
    const c = new WedgeCatcher();
    expect(c.key('Enter', 0)).toEqual({ consume: false });
    c.key('a', 1000);
    expect(c.key('Enter', 1005)).toEqual({ consume: true });
  });

  it('starts afresh after each code', () => {
    const c = new WedgeCatcher();
    expect(burst(c, 'first-code', 0, 5).end.code).toBe('first-code');
    expect(burst(c, 'second', 100, 5).end.code).toBe('second');
  });
});
