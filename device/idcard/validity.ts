// Whether a card that was read can be used at all: in its validity period (by the date in China,
// whatever the machine's time zone), an ID number whose check digit is right, and a birth date
// that is the one the number carries (a card that disagrees with itself was misread or forged).
import { idNumberValid } from './id-number.ts';
import { NO_EXPIRY, type CardRejection, type IdCardIdentity } from './identity.ts';

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function chinaDate(now: Date): string {
  return CHINA_DATE.format(now);
}

/** The 15-character number of a 2017 foreign permanent resident card: nationality letters, 12 digits. */
const I_CARD_NUMBER = /^[A-Z]{3}\d{12}$/;

function certnoValid(identity: IdCardIdentity): boolean {
  return identity.kind === 'I' ? I_CARD_NUMBER.test(identity.certno) : idNumberValid(identity.certno);
}

/** The birth date in the number: YYYYMMDD at 7–14 of 18 characters; yyMMdd at 8–13 of an I card's 15. */
function birthInNumber(identity: IdCardIdentity): string {
  const n = identity.certno;
  if (identity.kind === 'I') return n.slice(7, 13);
  return n.slice(6, 14);
}

const numberMatchesBirth = (identity: IdCardIdentity) => {
  const birth = identity.birth.replaceAll('-', '');
  return identity.kind === 'I' ? birth.slice(2) === birthInNumber(identity) : birth === birthInNumber(identity);
};

/** Why the card cannot be used, or undefined when it can. A card is valid through its last day. */
export function cardRejection(identity: IdCardIdentity, now: Date): CardRejection | undefined {
  if (!certnoValid(identity)) {
    return {
      code: 'invalid-number',
      reason: {
        zh: '身份证号码校验不通过，此证件无法使用，请联系工作人员',
        en: 'The ID number on this card fails its check digit, so the card cannot be used; please call staff',
      },
    };
  }
  if (!numberMatchesBirth(identity)) {
    return {
      code: 'inconsistent',
      reason: {
        zh: '证件上的出生日期与证件号码不一致，此证件无法使用，请联系工作人员',
        en: 'The date of birth on this card does not match its ID number, so the card cannot be used; please call staff',
      },
    };
  }
  const today = chinaDate(now);
  if (identity.validFrom > today) {
    return {
      code: 'not-yet-valid',
      reason: {
        zh: `此证件自 ${identity.validFrom} 起才有效，请使用有效证件或医保码`,
        en: `This card is valid only from ${identity.validFrom}; please use a valid card or your medical insurance QR code`,
      },
    };
  }
  if (identity.validTo !== NO_EXPIRY && identity.validTo < today) {
    return {
      code: 'expired',
      reason: {
        zh: `此证件已于 ${identity.validTo} 过期，请使用有效证件或医保码`,
        en: `This card expired on ${identity.validTo}; please use a valid card or your medical insurance QR code`,
      },
    };
  }
  return undefined;
}
