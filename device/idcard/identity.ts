// What an ID card read yields. It lives in memory only: never in a log, a file or the database.
export const CARD_KINDS = ['resident', 'J', 'I', 'Y'] as const;
/**
 * resident: 居民身份证 · J: 港澳台居民居住证 · I: 外国人永久居留身份证 (2017) ·
 * Y: 外国人永久居留身份证 (2023).
 */
export type CardKind = (typeof CARD_KINDS)[number];

export const SEXES = ['male', 'female', 'unknown', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];

export interface IdCardIdentity {
  kind: CardKind;
  /** The Chinese name; on a foreign card without one, the English name. */
  name: string;
  /** I and Y cards. */
  nameEn?: string;
  sex: Sex;
  /** resident: ethnic group code "01"–"56", "97", "98"; I and Y: ISO 3166-1 alpha-3 nationality; J: "". */
  nation: string;
  /** resident: the ethnic group as printed on the card, e.g. "汉". */
  nationName?: string;
  /** YYYY-MM-DD */
  birth: string;
  /** resident and J. */
  address?: string;
  /** The ID number: 18 characters, or the 15-character number of an I card. */
  certno: string;
  /** resident and J: issuing authority; I: the 4-character authority code; Y: none. */
  authority?: string;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD, or "长期" (no expiry). */
  validTo: string;
  /** J: the Mainland travel permit number. */
  passNumber?: string;
  /** J: how many times the permit was issued. */
  issueCount?: number;
  /** Y: how many times the card was renewed. */
  renewalCount?: number;
  /** I: card version. */
  cardVersion?: string;
}

/** A card read: the identity and the photo as the reader gave it (WLT, vendor-compressed). */
export interface IdCardRead {
  identity: IdCardIdentity;
  photo: Buffer;
}

export type CardRejectionCode = 'expired' | 'not-yet-valid' | 'invalid-number' | 'inconsistent' | 'unreadable' | 'unsupported';

/** A card the kiosk cannot use, with what to tell the patient. No identity. */
export interface CardRejection {
  code: CardRejectionCode;
  reason: { zh: string; en: string };
}

export const NO_EXPIRY = '长期';
