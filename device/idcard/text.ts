// Parses the 256-byte text block of a card read into an identity, by the layout of its kind.
// Anything malformed makes the whole card unreadable: a half-parsed identity must not reach
// the platform.
import { ethnicGroupName } from './nations.ts';
import { NO_EXPIRY, type CardKind, type CardRejection, type IdCardIdentity, type Sex } from './identity.ts';
import { KIND_LETTER_OFFSET, LAYOUTS, TEXT_BYTES, type TextField } from './layouts.ts';

export type ParsedText = { identity: IdCardIdentity; rejection?: undefined } | { identity?: undefined; rejection: CardRejection };

const SEX_CODES: Readonly<Record<string, Sex>> = { '1': 'male', '2': 'female', '0': 'unknown', '9': 'unspecified' };

const UNREADABLE: CardRejection = {
  code: 'unreadable',
  reason: { zh: '身份证信息无法识别，请拿起后重新放置', en: 'The card data could not be read; lift the card and place it again' },
};
const UNSUPPORTED: CardRejection = {
  code: 'unsupported',
  reason: { zh: '不支持此类证件，请使用居民身份证', en: 'This kind of card is not supported; please use a resident ID card' },
};

class Malformed extends Error {}

function kindOf(text: Buffer): CardKind | undefined {
  const letter = text.toString('utf16le', KIND_LETTER_OFFSET, KIND_LETTER_OFFSET + 2);
  if (letter === ' ' || letter === '\0') return 'resident';
  return letter === 'J' || letter === 'I' || letter === 'Y' ? letter : undefined;
}

function isoDate(raw: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) throw new Malformed();
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) throw new Malformed();
  return `${y}-${mo}-${d}`;
}

function count(raw: string): number {
  if (!/^\d+$/.test(raw)) throw new Malformed();
  return Number(raw);
}

export function parseCardText(text: Buffer): ParsedText {
  if (text.length !== TEXT_BYTES) return { rejection: UNREADABLE };
  const kind = kindOf(text);
  if (!kind) return { rejection: UNSUPPORTED };
  const layout = LAYOUTS[kind];
  const field = (name: TextField): string => {
    const span = layout[name];
    if (!span) return '';
    // Padding is spaces; some readers pad with NULs.
    return text.toString('utf16le', span[0], span[0] + span[1]).replace(/[\s\0]+$/u, '').trim();
  };
  try {
    const nameEn = kind === 'I' || kind === 'Y' ? `${field('nameEn')}${field('nameEnMore')}`.trim() : '';
    const name = field('name') || nameEn;
    const sex = SEX_CODES[field('sex')];
    const nation = field('nation');
    const certno = field('certno').toUpperCase();
    const validTo = field('validTo');
    if (!name || !sex || !certno) throw new Malformed();
    if (kind === 'resident' && !/^\d{2}$/.test(nation)) throw new Malformed();
    if ((kind === 'I' || kind === 'Y') && !/^[A-Z]{3}$/.test(nation)) throw new Malformed();
    const identity: IdCardIdentity = {
      kind,
      name,
      sex,
      nation,
      birth: isoDate(field('birth')),
      certno,
      validFrom: isoDate(field('validFrom')),
      validTo: validTo === NO_EXPIRY ? NO_EXPIRY : isoDate(validTo),
    };
    if (nameEn) identity.nameEn = nameEn;
    const nationName = kind === 'resident' ? ethnicGroupName(nation) : undefined;
    if (nationName) identity.nationName = nationName;
    if (kind === 'resident' || kind === 'J') identity.address = field('address');
    if (field('authority')) identity.authority = field('authority');
    if (kind === 'J') {
      identity.passNumber = field('passNumber');
      identity.issueCount = count(field('issueCount'));
    }
    if (kind === 'I') identity.cardVersion = field('cardVersion');
    if (kind === 'Y') identity.renewalCount = count(field('renewalCount'));
    return { identity };
  } catch (err) {
    if (err instanceof Malformed) return { rejection: UNREADABLE };
    throw err;
  }
}
