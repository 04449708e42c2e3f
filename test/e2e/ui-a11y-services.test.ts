// Every screen of the service menu (prices, pages, complaints, filings, own records, pharmacy sale)
// at the three sizes, in both modes and both languages: axe-core WCAG 2.2 AA with 0 violations,
// targets/text/contrast/line spacing against the numbers, a voice prompt that is also on screen, and
// the primary action as the biggest button. `UPDATE_SCREENS=1` saves screenshots to docs/screens.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { problems, type Lang, type Mode, type SizeName } from '../helpers/ui-page.ts';
import { sweepServices } from '../helpers/ui-sweep-services.ts';
import type { SweepOptions } from '../helpers/ui-sweep.ts';

const update = process.env.UPDATE_SCREENS === '1';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const shots = (when: 'all' | 'main'): SweepOptions['shots'] => (update ? when : 'none');

// Every size in both modes; English where its longer words and the larger type meet (大字版) at
// every size. The settlement sweep runs all twelve combinations; these screens share its components.
const RUNS: Array<[string, SizeName, Mode, Lang, SweepOptions['shots']]> = [
  ['[003-elderly]', 'portrait', 'standard', 'zh', shots('all')],
  ['[003-elderly]', 'portrait', 'elderly', 'zh', shots('all')],
  ['[001-8.2.3.4][003-elderly]', 'portrait', 'elderly', 'en', shots('main')],
  ['', 'landscape', 'standard', 'zh', shots('main')],
  ['[001-8.2.3.4][003-elderly]', 'landscape', 'elderly', 'en', 'none'],
  ['', 'tablet', 'standard', 'zh', 'none'],
  ['[001-8.2.3.4][003-elderly]', 'tablet', 'elderly', 'en', shots('main')],
];

describe('every service-menu screen', () => {
  it.each(RUNS)('[001-6.3.1][001-8.2.3.2][001-6.3.3]%s %s, %s, %s', { timeout: 180_000 }, async (_ids, size, mode, lang, shot) => {
    expect(problems(await sweepServices(browser, size, mode, lang, { shots: shot }))).toEqual([]);
  });
});
