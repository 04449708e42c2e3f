import { describe, expect, it } from 'vitest';
import { idCheckDigit, idNumberValid } from '../../../device/idcard/id-number.ts';

describe('ID number check digit (ISO 7064 MOD 11-2)', () => {
  it('computes the check character, X included', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('15010219800101123')).toBe('6');
    expect(idCheckDigit('44030619930808452')).toBe('8');
  });

  it('accepts a number with the right check character and a real birth date', () => {
    expect(idNumberValid('11010519491231002X')).toBe(true);
    expect(idNumberValid('150102200002290062')).toBe(true);
  });

  it('refuses a wrong check character, a lowercase x, a bad date or a wrong shape', () => {
    expect(idNumberValid('110105194912310021')).toBe(false);
    expect(idNumberValid('11010519491231002x')).toBe(false);
    expect(idNumberValid('150102190002290066')).toBe(false); // 1900-02-29 did not exist
    expect(idNumberValid('15010219800101123')).toBe(false);
    expect(idNumberValid('1501021980010112366')).toBe(false);
    expect(() => idCheckDigit('1234')).toThrow(RangeError);
  });

  it('catches every single-digit error and every adjacent transposition of different digits', () => {
    const valid = '150102198001011236';
    for (let i = 0; i < 17; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(idCheckDigit(changed.slice(0, 17))).not.toBe(valid[17]);
      }
      if (i < 16 && valid[i] !== valid[i + 1]) {
        const swapped = valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2);
        expect(idCheckDigit(swapped.slice(0, 17))).not.toBe(valid[17]);
      }
    }
  });
});
