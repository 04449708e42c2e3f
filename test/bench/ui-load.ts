// The touchscreen UI's budgets (DESIGN.md §7): the JavaScript shipped, gzipped, and the time from
// navigation to the first screen taking a touch (the welcome screen's `kiosk:interactive` mark,
// set once its start button is rendered with its handler), in Debian's Chromium, fresh each load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../helpers/browser.ts';
import { startDaemon } from '../helpers/daemon.ts';
import { median, percentile, report } from './report.ts';

const LOADS = 15;

export async function benchUiLoad(): Promise<void> {
  const ui = join(process.cwd(), 'dist', 'ui');
  const js = readFileSync(join(ui, 'app.js'));
  const html = readFileSync(join(ui, 'index.html'));
  const gz = gzipSync(js, { level: 9 }).length + gzipSync(html, { level: 9 }).length;
  report({ name: 'UI: JavaScript shipped (app.js + index.html, gzip -9)', value: Math.round((gz / 1024) * 10) / 10, unit: 'KB', budget: { max: 80 }, note: `${Math.round(js.length / 1024)} KB minified` });

  const [daemon, browser] = await Promise.all([startDaemon(), launchBrowser()]);
  try {
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A new context each time: no cache, no service worker, as after a kiosk restart.
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
      const page = await context.newPage();
      await page.goto(daemon.url);
      const ms = await page.waitForFunction(() => performance.getEntriesByName('kiosk:interactive')[0]?.startTime, undefined, { timeout: 10_000 });
      times.push(Number(await ms.jsonValue()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    report({ name: `UI: first screen interactive, median (${LOADS} cold loads)`, value: median(times), unit: 'ms', budget: { max: 1000 } });
    report({ name: 'UI: first screen interactive, slowest', value: percentile(times, 100), unit: 'ms', budget: { max: 1000 }, note: 'navigation start → welcome ready, 1080×1920' });
  } finally {
    await browser.close();
    await daemon.stop();
  }
}
