// Masking of personal data for screens, paper and logs (seed 001 §8.1.12, §10.1.3).
// Masked forms keep just enough for the patient to recognise their own record.

/** 张三 → 张*, 张三丰 → 张*丰, 欧阳娜娜 → 欧**娜; Latin names keep the first letter of each word. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (/^[\p{Script=Latin}\s.'-]+$/u.test(name)) {
    return name.trim().split(/\s+/).map((w) => w[0] + '*'.repeat(Math.max(w.length - 1, 1))).join(' ');
  }
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** An ID or card number keeps its first 4 and last 4 characters: 1501**********123X. */
export function maskCertno(certno: string): string {
  const s = certno.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
}

/** 13800138000 → 138****8000 */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  if (s.length < 7) return '*'.repeat(s.length);
  return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
}

// Stand-alone ID and phone numbers inside free text. The look-arounds keep longer identifiers
// (msgids, serials) that merely contain such runs intact.
const ALONE = (pattern: string) => new RegExp(`(?<![0-9A-Za-z])(?:${pattern})(?![0-9A-Za-z])`, 'g');
const NUMBERS: Array<[RegExp, (s: string) => string]> = [
  // Resident ID numbers and the 2023 foreign permanent-resident number (18 characters).
  [ALONE('\\d{17}[\\dXx]'), maskCertno],
  // The first-generation 15-digit ID number (region, yyMMdd, sequence): the date keeps 15-digit
  // catalogue codes out. And the 2017 foreign permanent-resident number (country letters, 12 digits).
  [ALONE('\\d{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}'), maskCertno],
  [ALONE('[A-Z]{3}\\d{12}'), maskCertno],
  [ALONE('1[3-9]\\d{9}'), maskPhone],
  // Landlines with their area code: 0471-6543210, 01012345678.
  [ALONE('0[1-9]\\d{1,2}-?\\d{7,8}'), maskPhone],
];

/** Masks ID numbers and phone numbers found anywhere in a text. */
export function scrubText(text: string): string {
  return NUMBERS.reduce((t, [pattern, mask]) => t.replace(pattern, mask), text);
}
