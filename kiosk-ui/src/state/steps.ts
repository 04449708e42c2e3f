// Where each screen sits in the five steps shown as "第 2 步 / 共 5 步".
import type { StringKey } from '../i18n/i18n.ts';
import type { ScreenName } from './store.ts';

export const STEP_COUNT = 5;

const STEPS: Partial<Record<ScreenName, number>> = { identify: 1, person: 2, bills: 3, split: 4, consent: 4, payment: 5 };

export function stepOf(screen: ScreenName): number | 'done' | undefined {
  if (screen === 'done') return 'done';
  return STEPS[screen];
}

export const stepName = (n: number): StringKey => `step.${n}` as StringKey;
