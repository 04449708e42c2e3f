// Tells apart what a scanner read: a 医保电子凭证 (e-voucher) QR, a drug trace code, a HIS slip,
// or something else. Each rule lives here and nowhere else.
import type { Reason } from '../state.ts';

export type SlipKind = 'prescription' | 'registration';

export type ScanClass =
  | { kind: 'ecqr'; code: string }
  | { kind: 'trace'; code: string }
  | { kind: 'slip'; slip: SlipKind; code: string }
  | { kind: 'unknown'; message: Reason };

/** 药品追溯码: 7-digit product id + 13-digit serial; no public check digit. */
const TRACE_CODE = /^\d{20}$/;
/** The HIS's prescription (RX) or registration (REG) slip, e.g. RX202611230001. */
const SLIP_CODE = /^(RX|REG)(\d{8,20})$/;
/**
 * The e-voucher payload is opaque (the platform decodes it; the sandbox's is `NHSAEC1.` + base64url).
 * Anything else that looks like a token is taken for one: visible ASCII, 20–512 characters, not all
 * digits, not a web address (a payment or shop QR). The platform has the last word on whether it is
 * a real e-voucher.
 */
const ECQR_TOKEN = /^[\x21-\x7e]{20,512}$/;
const ALL_DIGITS = /^\d+$/;
const WEB_ADDRESS = /^[a-z][a-z0-9+.-]*:\/\/|^www\./i;

export const NOT_AN_ECQR: Reason = {
  zh: '这不是医保码。请打开医保电子凭证（国家医保服务平台 App、微信或支付宝中的医保码）再扫一次',
  en: 'This code is not a medical insurance QR code. Open your insurance e-voucher (in the NHSA app, WeChat or Alipay) and scan again',
};

export function classifyScan(text: string): ScanClass {
  const code = text.trim();
  if (TRACE_CODE.test(code)) return { kind: 'trace', code };
  const slip = SLIP_CODE.exec(code);
  if (slip) return { kind: 'slip', slip: slip[1] === 'RX' ? 'prescription' : 'registration', code };
  if (ECQR_TOKEN.test(code) && !ALL_DIGITS.test(code) && !WEB_ADDRESS.test(code)) return { kind: 'ecqr', code };
  return { kind: 'unknown', message: NOT_AN_ECQR };
}
