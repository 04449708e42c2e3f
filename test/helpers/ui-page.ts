// Helpers for driving the touchscreen in a browser: what it said aloud, what it shows, and one
// call that checks a screen against axe, the size/contrast numbers and its voice prompt.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, type AxeViolation } from './ui-axe.ts';
import { ROOT } from './daemon.ts';
import { biggest, ELDERLY, measure, sight, STANDARD, type Finding, type SightFinding } from './ui-measure.ts';

export type Mode = 'standard' | 'elderly';
export type Lang = 'zh' | 'en';

export const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
  tablet: { width: 1280, height: 800 },
} as const;
export type SizeName = keyof typeof SIZES;

/** Where screenshots go: docs/screens, or SCREENS_DIR to look at them without touching the docs. */
export const SCREENS_DIR = process.env.SCREENS_DIR ?? join(ROOT, 'docs', 'screens');

/** Records every speechSynthesis.speak (text and language) instead of speaking. */
export async function captureSpeech(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    // `queued`: said after what was being said (a warning), not in its place (a prompt cancels first).
    const spoken: Array<{ text: string; lang: string; queued: boolean }> = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    let cancelled = true;
    if (typeof speechSynthesis !== 'undefined') {
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang, queued: !cancelled });
        cancelled = false;
      };
      speechSynthesis.cancel = () => void (cancelled = true);
    }
  });
}

export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; lang: string; queued: boolean }> }).__spoken);

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export const query = (lang: Lang, mode: Mode, extra = '') => `/?lang=${lang === 'en' ? 'en' : 'zh-CN'}&mode=${mode}${extra}`;

/** The warnings on show (`.status.bad`, through every shadow root), as they are said: without ⚠. */
export function warnings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.matches('.status.bad') && el.checkVisibility()) out.push((el.textContent ?? '').replace(/⚠/g, '').replace(/\s+/g, ' ').trim());
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out.filter(Boolean);
  });
}

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
  /** What the patient cannot see as the screen opens: the primary action or keyboard below the fold, a warning or a button covered. */
  sight?: SightFinding[];
  biggest?: string;
}

/**
 * axe, the numbers, that the screen spoke its prompt (in its language) which is also on screen, and
 * that the primary action (`primary`, its name), the keyboard and any warning are in sight as it opens.
 */
export async function checkScreen(page: Page, screen: string, mode: Mode, lang: Lang, primary?: string): Promise<ScreenCheck> {
  // Let Lit finish the render the last action started.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const shown = await prompt(page);
  const said = await spoken(page);
  const shownWarnings = await warnings(page);
  const last = said.filter((u) => !u.queued).at(-1);
  const voice: string[] = [];
  const language = lang === 'en' ? 'en' : 'zh-CN';
  if (!last) voice.push('nothing spoken');
  else {
    if (squash(last.text) !== shown) voice.push(`spoke "${last.text}" but shows "${shown}"`);
    if (last.lang !== language) voice.push(`spoke in ${last.lang}`);
  }
  for (const w of shownWarnings) {
    const told = said.find((u) => squash(u.text).includes(w));
    if (!told) voice.push(`warning "${w}" shown but not spoken`);
    else if (told.lang !== language) voice.push(`warning spoken in ${told.lang}`);
  }
  const inSight = await sight(page, primary);
  const [violations, measured] = await Promise.all([axe(page, mode === 'elderly'), measure(page, mode === 'elderly' ? ELDERLY : STANDARD)]);
  return { screen, axe: violations, findings: measured.findings, voice, sight: inSight, biggest: biggest(measured.buttons)?.name };
}

/** Only the problems, for one readable assertion. */
export function problems(checks: ScreenCheck[]): Array<Omit<ScreenCheck, 'biggest'>> {
  return checks.filter((c) => c.axe.length || c.findings.length || c.voice.length || c.sight?.length).map(({ biggest: _b, ...rest }) => rest);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`) });
}
