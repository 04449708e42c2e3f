// The /sim page drives the simulators from a browser, the way a new user tries the kiosk.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { listen } from '../helpers/events.ts';

let daemon: RunningDaemon;
let browser: Browser;
beforeAll(async () => {
  [daemon, browser] = await Promise.all([startDaemon(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await daemon?.stop();
});

describe('the simulator page', () => {
  it('presents a test card, scans a 医保码 and shows the printer', async () => {
    const events = await listen(daemon.url);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(new URL('/sim', daemon.url).href);
    await page.getByRole('button', { name: /Present ID card/ }).first().click();
    expect(await events.next((e) => e.type === 'session.opened')).toMatchObject({ via: 'idcard' });
    await page.getByRole('button', { name: /Lift card/ }).click();
    await page.getByRole('button', { name: /Scan QR/ }).nth(1).click();
    expect(await events.next((e) => e.type === 'session.opened')).toMatchObject({ via: 'ecqr' });
    await page.getByLabel(/paper out/).check();
    await expect.poll(async () => (await (await fetch(new URL('/api/sim', daemon.url))).json()).printer.paperOut).toBe(true);
    // The page says so once its own request has come back, which may be after the daemon changed.
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/✓ paper out/);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'sim-page.png'), fullPage: true });
    events.close();
  });
});
