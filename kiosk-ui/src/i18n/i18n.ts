// The two string tables and the one place that picks between them. The language is held by the
// app state; this module only translates.
import { en } from './en.ts';
import { zhCN, type StringKey } from './zh-CN.ts';

export type Lang = 'zh-CN' | 'en';
export type { StringKey };

/** Text the daemon sends in both languages (errors, reasons, names). */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Params = Record<string, string | number>;

const TABLES: Record<Lang, Record<StringKey, string>> = { 'zh-CN': zhCN, en };

export function translate(lang: Lang, key: StringKey, params?: Params): string {
  const text = TABLES[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
}

export function pick(lang: Lang, text: Bilingual | string | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return lang === 'en' ? text.en : text.zh;
}

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en');

/** Sentences one after another, each ending as a sentence should (the daemon's may not). */
export function sentences(lang: Lang, parts: string[]): string {
  const done = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?。！？…]$/.test(p) ? p : `${p}${lang === 'en' ? '.' : '。'}`));
  return done.join(lang === 'en' ? ' ' : '');
}
