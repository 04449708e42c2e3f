import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSplit } from '../../../server/sandbox/center/split.ts';
import { classifyLine } from '../../../server/sandbox/center/classify.ts';
import { CATALOGUE } from '../../../server/sandbox/center/catalogue.ts';
import { parsePrice, pricedAmount, priceOfFen } from '../../../server/insurance/money.ts';

const line = fc
  .record({ item: fc.constantFrom(...CATALOGUE), qty: fc.integer({ min: 1, max: 20 }), markupFen: fc.integer({ min: 0, max: 500 }) })
  .map(({ item, qty, markupFen }) => classifyLine(item, priceOfFen(item.priceFen + markupFen), qty * 10_000));

const input = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 12 }),
  rule: fc.option(fc.record({ deductibleFen: fc.integer({ min: 0, max: 100_000 }), ratioPermille: fc.integer({ min: 0, max: 1000 }), capFen: fc.integer({ min: 0, max: 1_000_000 }) }), { nil: null }),
  deductibleUsedFen: fc.integer({ min: 0, max: 100_000 }),
  fundPaidFen: fc.integer({ min: 0, max: 1_000_000 }),
  balanceFen: fc.integer({ min: 0, max: 1_000_000 }),
  useAccount: fc.boolean(),
});

describe('the sandbox split', () => {
  it('adds up to the fen for random bills, rules, accumulations and balances', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = computeSplit(i);
        expect(s.fundFen + s.personalPartFen).toBe(s.totalFen);
        expect(s.accountFen + s.cashFen).toBe(s.personalPartFen);
        expect(s.fullSelfPayFen + s.overLimitFen + s.preSelfPayFen + s.inScopeFen).toBe(s.totalFen);
        expect(s.deductibleFen + s.poolFundFen + s.poolSelfPayFen).toBe(i.rule ? s.inScopeFen : 0);
        expect(s.accountFen).toBeLessThanOrEqual(i.balanceFen);
        expect(s.balanceAfterFen).toBe(i.balanceFen - s.accountFen);
        for (const v of Object.values(s)) expect(Number.isInteger(v) && v >= 0).toBe(true);
        if (!i.useAccount) expect(s.accountFen).toBe(0);
        if (!i.rule) expect(s.fundFen).toBe(0);
        if (i.rule) expect(s.fundFen).toBeLessThanOrEqual(Math.max(0, i.rule.capFen - i.fundPaidFen));
      }),
      { numRuns: 2000 },
    );
  });

  it('[001-6.2.4] never lets the fund pay for 丙 items or over-limit prices', () => {
    const item = CATALOGUE.find((c) => c.listClass === '丙')!;
    const c = classifyLine(item, priceOfFen(item.priceFen), 10_000);
    expect(c).toMatchObject({ fullSelfPayFen: item.priceFen, inScopeFen: 0 });
    const a = CATALOGUE.find((x) => x.listClass === '甲')!;
    expect(classifyLine(a, priceOfFen(a.priceFen + 100), 20_000)).toMatchObject({ overLimitFen: 200, inScopeFen: a.priceFen * 2 });
  });

  it('prices a line whose unit price has up to 6 decimals (pric 16,6), rounding the line half up to the fen', () => {
    expect(pricedAmount(parsePrice('2.166667'), 30_000)).toBe(650);
    expect(pricedAmount(parsePrice('0.333333'), 10_000)).toBe(33);
    expect(pricedAmount(parsePrice('0.005'), 10_000)).toBe(1);
    expect(pricedAmount(parsePrice('12.50'), 25_000)).toBe(3125);
    expect(() => parsePrice('1.0000001')).toThrow();
  });
});
