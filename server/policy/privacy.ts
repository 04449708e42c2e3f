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

// Stand-alone 18-character resident ID numbers and 11-digit mobile numbers inside free text.
// The look-arounds keep longer identifiers (msgids, serials) that merely contain such runs intact.
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

/** Masks ID numbers and mobile numbers found anywhere in a text. */
export function scrubText(text: string): string {
  return text.replace(ID_NUMBER, maskCertno).replace(MOBILE, maskPhone);
}
