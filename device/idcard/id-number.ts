// 18-character ID numbers (GB 11643: resident ID cards, Hong Kong/Macau/Taiwan residence permits
// and the 2023 foreign permanent resident card): 17 digits, then an ISO 7064 MOD 11-2 check
// character. Pure, so the platform sandbox can generate valid numbers with it.

/** Weight of position i is 2^(17-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('an ID number check digit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function validDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1800 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 17 digits and a matching check character (uppercase X), with a real birth date at 7–14. */
export function idNumberValid(certno: string): boolean {
  if (!/^\d{17}[\dX]$/.test(certno)) return false;
  return validDate(certno.slice(6, 14)) && idCheckDigit(certno.slice(0, 17)) === certno[17];
}
