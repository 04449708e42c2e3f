// Where the patient is in what they are doing, shown as "第 2 步 / 共 5 步 · 选择账单": paying has
// five steps; a filing has one per question and the review; a complaint three; a drug sale two.
// Screens outside a flow with steps (the menu, prices, pages) show none.
import type { StringKey } from '../i18n/i18n.ts';
import { STEPS as FILING_QUESTIONS, stepsOf } from './filing-steps.ts';
import type { KioskState, ScreenName } from './store.ts';

export type Progress = { n: number; total: number; name: StringKey } | { done: true; total: number };

const PAYING = 5;
const PAYING_STEPS: Partial<Record<ScreenName, number>> = { identify: 1, person: 2, bills: 3, split: 4, consent: 4, payment: 5 };
const COMPLAINT_STEPS = ['category', 'text', 'phone'] as const;

export function progressOf(s: KioskState): Progress | undefined {
  const paying = s.service === undefined || s.service === 'settle';
  const step = PAYING_STEPS[s.screen];
  if (step && (paying || s.screen === 'bills' || s.screen === 'split' || s.screen === 'consent' || s.screen === 'payment')) {
    return { n: step, total: PAYING, name: `step.${step}` as StringKey };
  }
  switch (s.screen) {
    case 'done':
      return { done: true, total: PAYING };
    case 'filing-done':
      return { done: true, total: s.filing.draft ? stepsOf(s.filing.draft).length + 1 : 1 };
    case 'complaint-done':
      return { done: true, total: COMPLAINT_STEPS.length };
    case 'filing-step':
    case 'filing-review': {
      const d = s.filing.draft;
      if (!d) return undefined;
      const questions = stepsOf(d);
      const total = questions.length + 1;
      if (s.screen === 'filing-review') return { n: total, total, name: 'filing.review.step' };
      return { n: s.filing.step + 1, total, name: FILING_QUESTIONS[questions[s.filing.step]!].label };
    }
    case 'complaint':
      return s.complaint.form ? { n: COMPLAINT_STEPS.indexOf(s.complaint.step) + 1, total: 3, name: `complaint.step.${s.complaint.step}` as StringKey } : undefined;
    case 'pharmacy-buyer':
      return { n: 1, total: 2, name: 'sale.step.buyer' };
    case 'pharmacy-sale':
      return s.sale.sale?.state === 'completed' ? { done: true, total: 2 } : { n: 2, total: 2, name: 'sale.step.scan' };
    default:
      return undefined;
  }
}
