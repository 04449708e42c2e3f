import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPermille, fenToYuan, formatPermille, formatQuantity, lineAmount, parsePermille, parseQuantity, yuanToFen, type Fen } from '../../../server/insurance/money.ts';

describe('money at the wire', () => {
  it('reads yuan strings and JSON numbers exactly into fen', () => {
    expect(yuanToFen('12.30')).toBe(1230);
    expect(yuanToFen('12.3')).toBe(1230);
    expect(yuanToFen('0.05')).toBe(5);
    expect(yuanToFen('-3.10')).toBe(-310);
    expect(yuanToFen(12.3)).toBe(1230);
    expect(yuanToFen('7')).toBe(700);
    expect(yuanToFen('1.1000')).toBe(110);
  });

  it('refuses what is not a 2-decimal amount instead of rounding it', () => {
    for (const bad of ['1.005', '0.30000000000000004', 0.1 + 0.2, 'abc', '', '1,00', '1e3', null, undefined, {}]) {
      expect(() => yuanToFen(bad)).toThrow(/is not/);
    }
  });

  it('writes fen as yuan with two decimals', () => {
    expect(fenToYuan(1230 as Fen)).toBe('12.30');
    expect(fenToYuan(5 as Fen)).toBe('0.05');
    expect(fenToYuan(-5 as Fen)).toBe('-0.05');
    expect(fenToYuan(0 as Fen)).toBe('0.00');
    expect(() => fenToYuan(1.5)).toThrow();
  });

  it('round-trips every amount in fen', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => yuanToFen(fenToYuan(n)) === n));
  });

  it('multiplies price by quantity and ratios in integers, rounding half up', () => {
    expect(lineAmount(1250 as Fen, 20_000)).toBe(2500);
    expect(lineAmount(333 as Fen, 3_333)).toBe(111);
    expect(lineAmount(1 as Fen, 5_000)).toBe(1);
    expect(applyPermille(1005, 100)).toBe(101);
    expect(applyPermille(1004, 100)).toBe(100);
    expect(parsePermille('0.10')).toBe(100);
    expect(formatPermille(100)).toBe('0.10');
    expect(formatPermille(1000)).toBe('1.00');
    expect(parseQuantity('2.5')).toBe(25_000);
    expect(formatQuantity(25_000)).toBe('2.5');
    expect(formatQuantity(20_000)).toBe('2');
  });
});
