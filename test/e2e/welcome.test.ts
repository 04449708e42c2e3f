// The touchscreen at `/` in a real browser: the Lit app renders and follows the daemon's state.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, startDaemon, type RunningDaemon } from '../helpers/daemon.ts';

let daemon: RunningDaemon;
let browser: Browser;
beforeAll(async () => {
  [daemon, browser] = await Promise.all([startDaemon(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await daemon?.stop();
});

describe('touchscreen UI', () => {
  it('renders the welcome screen from the Lit bundle with the terminal status', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(daemon.url);
    await expect.poll(() => page.locator('kiosk-app').getByRole('status').textContent()).toMatch(/本终端/);
    await expect(page.locator('kiosk-app h1').textContent()).resolves.toBe('医保自助服务');
    await expect(page.locator('kiosk-app li').count()).resolves.toBe(5);
    const dir = join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'welcome-1080x1920.png') });
    expect(errors).toEqual([]);
  });
});
