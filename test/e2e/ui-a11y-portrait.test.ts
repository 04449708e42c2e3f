// Every screen at 1080×1920 (lobby kiosk, portrait), both modes and languages: axe-core WCAG 2.2
// AA with 0 violations, targets/text/contrast/line spacing against the numbers, a voice prompt that
// is also on screen, and the primary action as the biggest button. `UPDATE_SCREENS=1` saves
// screenshots to docs/screens.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { problems } from '../helpers/ui-page.ts';
import { sweep } from '../helpers/ui-sweep.ts';

const update = process.env.UPDATE_SCREENS === '1';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every screen at 1080×1920', () => {
  it('[003-elderly] standard mode, zh-CN', { timeout: 120_000 }, async () => {
    expect(problems(await sweep(browser, 'portrait', 'standard', 'zh', { shots: update ? 'all' : 'none' }))).toEqual([]);
  });
  it('[003-elderly] 大字版, zh-CN', { timeout: 120_000 }, async () => {
    expect(problems(await sweep(browser, 'portrait', 'elderly', 'zh', { shots: update ? 'all' : 'none' }))).toEqual([]);
  });
  it('[001-8.2.3.4] standard mode, English', { timeout: 120_000 }, async () => {
    expect(problems(await sweep(browser, 'portrait', 'standard', 'en', { shots: update ? 'main' : 'none' }))).toEqual([]);
  });
  it('[001-8.2.3.4][003-elderly] 大字版, English', { timeout: 120_000 }, async () => {
    expect(problems(await sweep(browser, 'portrait', 'elderly', 'en', { shots: 'none' }))).toEqual([]);
  });
});
