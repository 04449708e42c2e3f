// How names and typed queries are compared: full-width letters and digits made half-width (NFKC),
// lower case, no spaces, and ü written v as pinyin keyboards type it. No dictionary needed, so the
// search itself runs without pinyin-pro.
const HAN = /\p{Script=Han}/u;
const SPACES = /\s+/g;

export const isHan = (ch: string) => HAN.test(ch);

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SPACES, '').replace(/ü/g, 'v');
}
