// Typing on the touchscreen's own keyboards as a patient does: letter and digit keys, pinyin with
// its candidate characters (turning their pages), the ID/phone keypad, and the date chooser.
import type { Page } from 'playwright-core';
import type { Kiosk } from './ui-kiosk.ts';

const key = (page: Page, k: string) => page.locator('text-entry .keys button').getByText(k, { exact: true }).first();

/** Letters and digits on the kiosk keyboard, turning to its other page (letters, or digits and punctuation) for a key not on show. */
export async function typeKeys(page: Page, text: string): Promise<void> {
  for (const ch of text) {
    if ((await key(page, ch).count()) === 0) await page.locator('text-entry .keys button.shift').click();
    await key(page, ch).click();
  }
}

/** Hanzi through pinyin: each [pinyin, character] typed, then the character chosen from the candidates. */
export async function typeHanzi(page: Page, parts: Array<[string, string] | string>): Promise<void> {
  for (const part of parts) {
    if (typeof part === 'string') {
      await typeKeys(page, part);
      continue;
    }
    const [pinyin, char] = part;
    await typeKeys(page, pinyin);
    const candidate = page.locator('text-entry .cands button[lang="zh-CN"]').getByText(char, { exact: true });
    for (let turn = 0; (await candidate.count()) === 0; turn++) {
      if (turn > 30) throw new Error(`no candidate ${char} for ${pinyin}`);
      await page.locator('text-entry .cands button.turn').last().click();
    }
    await candidate.click();
  }
}

/** Digits (and X or -) on the keypad. */
export async function keypad(page: Page, digits: string): Promise<void> {
  for (const d of digits) await page.locator('id-keypad button').getByText(d, { exact: true }).click();
}

/** Opens a list's search box and types what is given (pinyin, initials). */
export async function searchList(k: Kiosk, query: string): Promise<void> {
  await k.page.getByRole('button', { name: k.t('pick.search') }).click();
  await typeKeys(k.page, query);
  // What is found shows once the keyboard is put away (beside it only on a wide landscape screen).
  await k.page.getByRole('button', { name: k.t('keyboard.results') }).click();
}

/** Chooses a list entry by (part of) its name. */
export async function pickEntry(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name }).first().click();
}

/** The date chooser's quick day (today or yesterday). */
export async function quickDay(k: Kiosk, which: 'date.today' | 'date.yesterday'): Promise<void> {
  await k.page.locator('date-picker').getByRole('button', { name: k.t(which), exact: true }).click();
}
