// Going back from the split to choose other bills, against a real daemon: the old pre-settlement
// is dropped (its visit given back) and the new choice pre-settles — at once with an ID card; after
// showing the spent 医保码 again, with the same bills still chosen, otherwise. Never "start again".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { addBill, catalogueCode, openKiosk, people, shownScreen, sim, type Kiosk, type SimPerson } from '../helpers/ui-kiosk.ts';

let daemon: RunningDaemon;
let browser: Browser;
let persons: ReturnType<typeof people>;
beforeAll(async () => {
  [daemon, browser] = await Promise.all([startDaemon({}, {}, 30_000), launchBrowser()]);
  persons = people(await sim.persons(daemon));
});
afterAll(async () => {
  await browser?.close();
  await daemon?.stop();
});

/** Two more general outpatient bills, so there is something else to choose. */
async function twoBills(p: SimPerson): Promise<void> {
  const amoxicillin = await catalogueCode(daemon, '阿莫西林胶囊');
  await addBill(daemon, p.certno, [{ med_list_codg: amoxicillin, quantity: 1 }]);
  await addBill(daemon, p.certno, [{ med_list_codg: amoxicillin, quantity: 2 }]);
}

/** The amount chosen, as the bills screen sums it up. */
const chosenSum = async (k: Kiosk): Promise<string> => /￥[\d,.]+/.exec((await k.page.locator('bills-screen .sum').textContent()) ?? '')?.[0] ?? '';

/** Unchooses one chosen bill on the bills screen; answers the amount still chosen. */
async function unchooseOne(k: Kiosk): Promise<string> {
  const before = await chosenSum(k);
  await k.page.locator('bills-screen button.pick[aria-checked="true"]').first().click();
  await expect.poll(() => chosenSum(k)).not.toBe(before);
  return chosenSum(k);
}

async function toSplit(k: Kiosk): Promise<void> {
  await k.press('bills.calculate');
  await k.page.locator('split-screen money-split, problem-screen, identify-screen').first().waitFor({ timeout: 20_000 });
}

describe('back from the split to other bills', () => {
  it('[001-8.1.9] with an ID card: the old pre-settlement is dropped and the new choice pre-settles', { timeout: 90_000 }, async () => {
    const person = persons.pick('resident', (p) => !p.tags.includes('expired-id-card') && !p.tags.includes('chronic'));
    await twoBills(person);
    const k = await openKiosk(browser, daemon, { lang: 'zh', mode: 'standard' });
    await sim.present(daemon, person.psnNo);
    await k.screen('person-screen');
    await k.press('person.continue');
    await k.page.locator('bills-screen article').first().waitFor();
    await toSplit(k);
    expect(await shownScreen(k.page)).toBe('split-screen');
    await k.press('nav.back');
    await k.screen('bills-screen');
    const total = await unchooseOne(k);
    await toSplit(k);
    expect(await shownScreen(k.page)).toBe('split-screen');
    await expect(k.page.locator('split-screen money-split dd').first().textContent()).resolves.toBe(total);
    await sim.lift(daemon);
    await k.close();
  });

  it('[001-8.1.11] with a 医保码: dropped, the code shown again, the same bills still chosen, then pre-settled', { timeout: 90_000 }, async () => {
    const person = persons.pick('resident', (p) => !p.tags.includes('chronic'));
    await twoBills(person);
    const k = await openKiosk(browser, daemon, { lang: 'en', mode: 'elderly' });
    await k.press('welcome.start');
    await sim.scan(daemon, person.psnNo);
    await k.screen('person-screen');
    await k.press('person.continue');
    await k.page.locator('bills-screen article').first().waitFor();
    await toSplit(k);
    await k.press('nav.back');
    await k.screen('bills-screen');
    const total = await unchooseOne(k);
    await toSplit(k);
    expect(await shownScreen(k.page)).toBe('identify-screen');
    await k.page.getByText(k.t('bills.showAgain')).waitFor();
    expect(await k.assertSpoke()).toBe(k.t('identify.prompt.ecqr'));
    await sim.scan(daemon, person.psnNo);
    await k.screen('person-screen');
    await k.press('person.continue');
    await k.page.locator('bills-screen article').first().waitFor();
    expect(await chosenSum(k)).toBe(total);
    await toSplit(k);
    expect(await shownScreen(k.page)).toBe('split-screen');
    await expect(k.page.locator('split-screen money-split dd').first().textContent()).resolves.toBe(total);
    await k.close();
  });
});
