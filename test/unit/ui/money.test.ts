import { describe, expect, it } from 'vitest';
import { formatFen } from '../../../kiosk-ui/src/money.ts';

describe('money on screen', () => {
  it('turns integer fen into ￥ yuan with two decimals only at render', () => {
    expect(formatFen(1230)).toBe('￥12.30');
    expect(formatFen(5)).toBe('￥0.05');
    expect(formatFen(0)).toBe('￥0.00');
    expect(formatFen(140588)).toBe('￥1,405.88');
    expect(formatFen(123456789)).toBe('￥1,234,567.89');
    expect(formatFen(-2500)).toBe('-￥25.00');
  });
});
