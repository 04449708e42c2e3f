// Money is integer fen inside the code; the platform's wire carries decimal yuan ("12.30").
// This is the one place that converts, by string manipulation, never through floating point.

declare const fenBrand: unique symbol;
/** An amount of money in fen (1/100 yuan), always an integer. */
export type Fen = number & { readonly [fenBrand]: true };

export class MoneyFormatError extends Error {
  constructor(readonly value: unknown, what = 'an amount in yuan with at most 2 decimals') {
    super(`${JSON.stringify(value)} is not ${what}`);
    this.name = 'MoneyFormatError';
  }
}

export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new MoneyFormatError(n, 'a whole number of fen');
  return n as Fen;
}

const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d+))?$/;

/**
 * Parses a wire decimal into an integer scaled by 10^scale. A JSON number is read through its
 * shortest string form, so 12.3 is "12.3" and 0.30000000000000004 is refused, not rounded.
 * Digits beyond `scale` are accepted only when they are zeros ("12.3000" at scale 2).
 */
export function parseScaled(value: unknown, scale: number, what?: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  const m = typeof text === 'string' ? DECIMAL.exec(text.trim()) : null;
  if (!m) throw new MoneyFormatError(value, what);
  const [, sign, whole, frac = ''] = m;
  if (/[^0]/.test(frac.slice(scale))) throw new MoneyFormatError(value, what);
  const scaled = Number(whole! + frac.slice(0, scale).padEnd(scale, '0'));
  if (!Number.isSafeInteger(scaled)) throw new MoneyFormatError(value, what);
  return sign ? -scaled : scaled;
}

/** "12.30" (or 12.3) → 1230 fen. */
export function yuanToFen(value: unknown): Fen {
  return parseScaled(value, 2) as Fen;
}

/** 1230 → "12.30"; -5 → "-0.05". */
export function fenToYuan(amount: Fen | number): string {
  if (!Number.isSafeInteger(amount)) throw new MoneyFormatError(amount, 'a whole number of fen');
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Quantities (`cnt`) carry up to 4 decimals on the wire; we keep ten-thousandths. */
export const QUANTITY_SCALE = 10_000;

export function parseQuantity(value: unknown): number {
  return parseScaled(value, 4, 'a quantity with at most 4 decimals');
}

export function formatQuantity(tenThousandths: number): string {
  const whole = Math.floor(tenThousandths / QUANTITY_SCALE);
  const frac = tenThousandths % QUANTITY_SCALE;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(4, '0').replace(/0+$/, '')}`;
}

/** unit price × quantity, rounded half up to the fen, in integers only. */
export function lineAmount(unitPrice: Fen, quantity: number): Fen {
  return Math.floor((unitPrice * quantity + QUANTITY_SCALE / 2) / QUANTITY_SCALE) as Fen;
}

/** A unit price on the wire (pric, up to 6 decimals of a yuan) in millionths of a yuan. */
export function parsePrice(value: unknown): bigint {
  return BigInt(parseScaled(value, 6, 'a price with at most 6 decimals'));
}

/** The same for a price we hold in fen. */
export const priceOfFen = (amount: Fen | number): bigint => BigInt(amount) * 10_000n;

/** price (millionths of a yuan) × quantity, rounded half up to the fen; BigInt, so nothing overflows. */
export function pricedAmount(price: bigint, quantity: number): Fen {
  const scale = 1_000_000n * BigInt(QUANTITY_SCALE) / 100n;
  return fen(Number((price * BigInt(quantity) + scale / 2n) / scale));
}

/** amount × ratio (in permille), rounded half up to the fen. */
export function applyPermille(amount: Fen | number, permille: number): Fen {
  return Math.floor((amount * permille + 500) / 1000) as Fen;
}

/** A ratio on the wire ("0.10") as permille (100). */
export function parsePermille(value: unknown): number {
  return parseScaled(value, 3, 'a ratio with at most 3 decimals');
}

export function formatPermille(permille: number): string {
  return `${Math.floor(permille / 1000)}.${String(permille % 1000).padStart(3, '0').replace(/0$/, '')}`;
}
