// Whether a card that was read can be used at all: not expired (by the date in China, whatever
// the machine's time zone) and an ID number whose check digit is right.
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
  if (identity.validTo !== NO_EXPIRY && identity.validTo < chinaDate(now)) {
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
