// Writes a test card into the 256-byte text block a reader returns, by the same layout table the
// parser reads, so the simulator and the driver cannot drift apart silently.
import type { IdCardIdentity, Sex } from '../idcard/identity.ts';
import { KIND_LETTER_OFFSET, LAYOUTS, PHOTO_BYTES, TEXT_BYTES, type TextField } from '../idcard/layouts.ts';

/** A card for the simulator: what the parser should read back, plus an optional photo. */
export type TestCard = Omit<IdCardIdentity, 'nationName'> & { photo?: Buffer };

const SEX_CODE: Readonly<Record<Sex, string>> = { male: '1', female: '2', unknown: '0', unspecified: '9' };
/** Characters of the English name that fit the first field of a Y card. */
const Y_NAME_FIRST = 35;

const compactDate = (iso: string) => iso.replaceAll('-', '');

function fieldValues(card: TestCard): Partial<Record<TextField, string>> {
  const nameEn = card.nameEn ?? '';
  return {
    name: card.name,
    nameEn: card.kind === 'Y' ? nameEn.slice(0, Y_NAME_FIRST) : nameEn,
    nameEnMore: card.kind === 'Y' ? nameEn.slice(Y_NAME_FIRST) : '',
    sex: SEX_CODE[card.sex],
    nation: card.nation,
    birth: compactDate(card.birth),
    address: card.address ?? '',
    certno: card.certno,
    authority: card.authority ?? '',
    validFrom: compactDate(card.validFrom),
    validTo: compactDate(card.validTo),
    passNumber: card.passNumber ?? '',
    issueCount: String(card.issueCount ?? 0).padStart(2, '0'),
    renewalCount: String(card.renewalCount ?? 0).padStart(2, '0'),
    cardVersion: card.cardVersion ?? '',
  };
}

export function encodeCardText(card: TestCard): Buffer {
  const text = Buffer.from(' '.repeat(TEXT_BYTES / 2), 'utf16le');
  const values = fieldValues(card);
  for (const [field, span] of Object.entries(LAYOUTS[card.kind]) as [TextField, readonly [number, number] | undefined][]) {
    if (!span) continue;
    const bytes = Buffer.from(values[field] ?? '', 'utf16le');
    if (bytes.length > span[1]) throw new RangeError(`test card ${field} does not fit ${span[1] / 2} characters`);
    bytes.copy(text, span[0]);
  }
  if (card.kind !== 'resident') text.write(card.kind, KIND_LETTER_OFFSET, 'utf16le');
  return text;
}

/** A stand-in for the WLT photo: opaque bytes, derived from the ID number so cards differ. */
export function testPhoto(card: TestCard): Buffer {
  if (card.photo) return card.photo;
  const photo = Buffer.alloc(PHOTO_BYTES);
  let x = 0x5a;
  for (const ch of card.certno) x = (x * 31 + ch.charCodeAt(0)) & 0xff;
  for (let i = 0; i < photo.length; i++) photo[i] = x = (x * 73 + 41) & 0xff;
  return photo;
}
