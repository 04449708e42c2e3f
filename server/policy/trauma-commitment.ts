// The credit commitment (信用承诺, seed 002 §三.4) a patient signs with a trauma filing: no third
// party is liable for the injury. The version is archived with each signature, so a changed text
// never rewrites what was signed before.
import type { Bilingual } from '../errors.ts';

export const TRAUMA_COMMITMENT: { version: string; text: Bilingual } = {
  version: '2026-11',
  text: {
    zh:
      '本人承诺：本次受伤不存在应由第三方承担责任的情形（如交通事故、工伤、他人伤害、医疗事故等），所述受伤经过真实。' +
      '如有第三方责任或所述不实，本人同意医保基金不予支付，退还已由医保基金支付的费用，并承担相应的法律责任；本承诺记入本人医保信用档案。',
    en:
      'I promise that no third party is liable for this injury (such as a traffic accident, a work injury, harm caused by another person or a medical accident), ' +
      'and that what I have said about how it happened is true. If a third party is liable or my statement is untrue, I agree that the insurance fund pays nothing, ' +
      'I will repay what it has paid, and I accept the legal consequences. This commitment is kept in my insurance credit record.',
  },
};
