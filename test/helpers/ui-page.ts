// Helpers for driving the touchscreen in a browser: what it said aloud, what it shows, and one
// call that checks a screen against axe, the size/contrast numbers and its voice prompt.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, type AxeViolation } from './ui-axe.ts';
import { ROOT } from './daemon.ts';
import { biggest, ELDERLY, measure, STANDARD, type Finding } from './ui-measure.ts';

export type Mode = 'standard' | 'elderly';
export type Lang = 'zh' | 'en';

export const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
  tablet: { width: 1280, height: 800 },
} as const;
export type SizeName = keyof typeof SIZES;

export const SCREENS_DIR = join(ROOT, 'docs', 'screens');

/** Records every speechSynthesis.speak (text and language) instead of speaking. */
export async function captureSpeech(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const spoken: Array<{ text: string; lang: string }> = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    if (typeof speechSynthesis !== 'undefined') {
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang });
      speechSynthesis.cancel = () => undefined;
    }
  });
}

export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; lang: string }> }).__spoken);

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export const query = (lang: Lang, mode: Mode, extra = '') => `/?lang=${lang === 'en' ? 'en' : 'zh-CN'}&mode=${mode}${extra}`;

/** The visible prompt heading, once the screen has settled. */
export async function prompt(page: Page): Promise<string> {
  const h1 = page.locator('h1.prompt').first();
  await h1.waitFor({ state: 'visible' });
  return squash((await h1.textContent()) ?? '');
}

export interface ScreenCheck {
  screen: string;
  axe: AxeViolation[];
  findings: Finding[];
  voice: string[];
  biggest?: string;
}

/** axe, the numbers, and that the screen spoke its prompt (in its language) which is also on screen. */
export async function checkScreen(page: Page, screen: string, mode: Mode, lang: Lang): Promise<ScreenCheck> {
  // Let Lit finish the render the last action started.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const shown = await prompt(page);
  const said = await spoken(page);
  const last = said.at(-1);
  const voice: string[] = [];
  if (!last) voice.push('nothing spoken');
  else {
    if (squash(last.text) !== shown) voice.push(`spoke "${last.text}" but shows "${shown}"`);
    if (last.lang !== (lang === 'en' ? 'en' : 'zh-CN')) voice.push(`spoke in ${last.lang}`);
  }
  const [violations, measured] = await Promise.all([axe(page, mode === 'elderly'), measure(page, mode === 'elderly' ? ELDERLY : STANDARD)]);
  return { screen, axe: violations, findings: measured.findings, voice, biggest: biggest(measured.buttons)?.name };
}

/** Only the problems, for one readable assertion. */
export function problems(checks: ScreenCheck[]): Array<Omit<ScreenCheck, 'biggest'>> {
  return checks.filter((c) => c.axe.length || c.findings.length || c.voice.length).map(({ biggest: _b, ...rest }) => rest);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`) });
}
