// How this terminal starts, from the page address: `?lang=en`, `?mode=elderly`, and for tests
// `?idle=` / `?grace=` in seconds. Unknown or bad values fall back to the defaults.
import type { Lang } from './i18n/i18n.ts';

export type Mode = 'standard' | 'elderly';

export interface StartOptions {
  lang: Lang;
  mode: Mode;
  /** Seconds without a touch before asking "还在吗?"; elderly mode doubles it. */
  idleSeconds: number;
  /** Seconds the question waits for an answer before the session is ended. */
  graceSeconds: number;
}

export const DEFAULTS: StartOptions = { lang: 'zh-CN', mode: 'standard', idleSeconds: 60, graceSeconds: 20 };

function seconds(value: string | null, fallback: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 1 && n <= 3600 ? n : fallback;
}

export function startOptions(search: string): StartOptions {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  return {
    lang: lang === 'en' ? 'en' : lang === 'zh' || lang === 'zh-CN' ? 'zh-CN' : DEFAULTS.lang,
    mode: q.get('mode') === 'elderly' ? 'elderly' : DEFAULTS.mode,
    idleSeconds: seconds(q.get('idle'), DEFAULTS.idleSeconds),
    graceSeconds: seconds(q.get('grace'), DEFAULTS.graceSeconds),
  };
}

/** Elderly mode gives twice the time (60 s → 120 s) before the question, and more to answer it. */
export function idleTimes(o: StartOptions, mode: Mode): { idleMs: number; graceMs: number } {
  const factor = mode === 'elderly' ? 2 : 1;
  return { idleMs: o.idleSeconds * 1000 * factor, graceMs: Math.round(o.graceSeconds * 1000 * (mode === 'elderly' ? 1.5 : 1)) };
}
