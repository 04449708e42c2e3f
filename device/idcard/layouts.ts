// Where each field sits in the 256-byte text block (UCS-2 little-endian, padded with spaces),
// per card kind. The one table both the parser and the reader simulator use; a vendor that
// differs is fixed here. Sources: devices.md §1 (resident), Johann356/readinfo PCSCGetData.h
// (t_idcardinfor for J, t_idforeigner for I, t_idforeigner2023 for Y).
import type { CardKind } from './identity.ts';

export const TEXT_BYTES = 256;
export const PHOTO_BYTES = 1024;
/** Bytes 248–249 hold the card-type letter J, I or Y; a resident card leaves them blank. */
export const KIND_LETTER_OFFSET = 248;

export type TextField =
  | 'name'
  | 'nameEn'
  /** Y cards: English name characters 36–46. */
  | 'nameEnMore'
  | 'sex'
  | 'nation'
  | 'birth'
  | 'address'
  | 'certno'
  | 'authority'
  | 'validFrom'
  | 'validTo'
  | 'passNumber'
  | 'issueCount'
  | 'renewalCount'
  | 'cardVersion';

/** [byte offset, byte length] */
export type FieldSpan = readonly [number, number];

const RESIDENT = {
  name: [0, 30],
  sex: [30, 2],
  nation: [32, 4],
  birth: [36, 16],
  address: [52, 70],
  certno: [122, 36],
  authority: [158, 30],
  validFrom: [188, 16],
  validTo: [204, 16],
} as const satisfies Partial<Record<TextField, FieldSpan>>;

export const LAYOUTS: Readonly<Record<CardKind, Partial<Record<TextField, FieldSpan>>>> = {
  resident: RESIDENT,
  // The nation field is reserved on a residence permit.
  J: { ...RESIDENT, nation: undefined, passNumber: [220, 18], issueCount: [238, 4] },
  I: {
    nameEn: [0, 120],
    sex: [120, 2],
    certno: [122, 30],
    nation: [152, 6],
    name: [158, 30],
    validFrom: [188, 16],
    validTo: [204, 16],
    birth: [220, 16],
    cardVersion: [236, 4],
    authority: [240, 8],
  },
  Y: {
    name: [0, 30],
    sex: [30, 2],
    renewalCount: [32, 4],
    birth: [36, 16],
    nameEn: [52, 70],
    certno: [122, 36],
    validFrom: [188, 16],
    validTo: [204, 16],
    nameEnMore: [220, 22],
    nation: [242, 6],
  },
};
