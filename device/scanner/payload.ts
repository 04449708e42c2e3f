// What every scanner driver does with a complete read: decode it as UTF-8 (strictly: a scanner
// left on GBK or a garbled read is refused, not guessed at), classify it, and say so. The text is
// a credential when it is an e-voucher: it goes to listeners, never to a log.
import type { Reason } from '../state.ts';
import { classifyScan, type ScanClass } from './classify.ts';

export type ScanRejectionCode = 'not-utf8' | 'too-long';

export interface ScanRejection {
  code: ScanRejectionCode;
  reason: Reason;
}

export const NOT_UTF8: ScanRejection = {
  code: 'not-utf8',
  reason: {
    zh: '扫码内容无法识别（不是 UTF-8 文本），请再扫一次；如仍不行，请联系工作人员把扫码枪设为 UTF-8 输出',
    en: 'The scanned data could not be read (not UTF-8 text); scan again, and if it persists ask staff to set the scanner to UTF-8 output',
  },
};

export const TOO_LONG: ScanRejection = {
  code: 'too-long',
  reason: {
    zh: '扫码数据过长或缺少结束符，已丢弃，请再扫一次',
    en: 'The scanned data was too long or had no terminator and was dropped; scan again',
  },
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A classified scan, a rejection, or undefined for an empty read. */
export function decodeScan(bytes: Uint8Array): ScanClass | ScanRejection | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return NOT_UTF8;
  }
  return text.trim() === '' ? undefined : classifyScan(text);
}
