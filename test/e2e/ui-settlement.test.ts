// Settlements at the touchscreen against a real daemon (own sandbox, simulators): 医保码, the
// split, consent, the payment QR paid on the "phone", receipt and e-invoice, survey, goodbye;
// paper out; no idle ending mid-payment; and the patient who only ever presses the biggest button.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFen } from '../../kiosk-ui/src/money.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { listen, type EventLog } from '../helpers/events.ts';
import { addBill, HEALTH_CHECK_PACKAGE, needsConsent, openKiosk, people, pressBiggest, shownScreen, signPad, sim, type Kiosk, type SimPerson } from '../helpers/ui-kiosk.ts';
import type { Lang, Mode, SizeName } from '../helpers/ui-page.ts';

let daemon: RunningDaemon;
let browser: Browser;
let events: EventLog;
let persons: ReturnType<typeof people>;
beforeAll(async () => {
  [daemon, browser] = await Promise.all([startDaemon({}, {}, 30_000), launchBrowser()]);
  events = await listen(daemon.url);
  persons = people(await sim.persons(daemon));
});
afterAll(async () => {
  events?.close();
  await browser?.close();
  await daemon?.stop();
});

const sessionOf = async (p: SimPerson) => (await events.next((e) => e.type === 'session.opened' && e.person.maskedCertno.endsWith(p.certno.slice(-4)))).sessionId as string;

/** From the welcome screen to a pre-settled split, by 医保码; answers the session id. */
async function toSplit(k: Kiosk, person: SimPerson): Promise<string> {
  await k.press('welcome.start');
  await k.screen('identify-screen');
  await k.assertSpoke();
  await sim.scan(daemon, person.psnNo);
  await k.screen('person-screen');
  const sessionId = await sessionOf(person);
  await k.assertSpoke();
  await k.press('person.continue');
  await k.page.locator('bills-screen article').first().waitFor();
  await k.assertSpoke();
  await k.press('bills.calculate');
  await k.page.locator('split-screen money-split, problem-screen, idle-check').first().waitFor({ timeout: 15_000 });
  if ((await shownScreen(k.page)) !== 'split-screen') throw new Error(`no split: ${await shownScreen(k.page)} says "${await k.assertSpoke()}"`);
  await k.assertSpoke();
  return sessionId;
}

/** From the split to the payment QR, signing the consent if it is asked for. */
async function toPayment(k: Kiosk): Promise<void> {
  await k.press('split.pay');
  await k.page.locator('consent-screen, payment-screen qr-code').first().waitFor();
  if ((await shownScreen(k.page)) === 'consent-screen') {
    await k.assertSpoke();
    await signPad(k.page);
    await k.press('consent.agree');
  }
  await k.page.locator('payment-screen qr-code').waitFor();
  await k.assertSpoke();
}

const COMBOS: Array<[Lang, Mode]> = [
  ['zh', 'standard'],
  ['en', 'elderly'],
  ['en', 'standard'],
  ['zh', 'elderly'],
];

describe('a settlement at the touchscreen', () => {
  it.each(COMBOS)('[001-8.1.11][003-ecqr][001-9.1.5] 医保码, the split in plain words, self-pay by phone QR, receipt, e-invoice, survey (%s, %s)', async (lang, mode) => {
    const person = persons.pick('resident');
    const k = await openKiosk(browser, daemon, { lang, mode });
    await k.assertSpoke();
    const sessionId = await toSplit(k, person);
    const split = k.page.locator('split-screen money-split');
    for (const key of ['split.fund', 'split.account', 'split.cash'] as const) await expect(split.getByText(k.t(key)).count()).resolves.toBe(1);
    await toPayment(k);
    await expect(k.page.locator('payment-screen count-down [role=timer]').textContent()).resolves.toMatch(/\d:\d\d/);
    const order = await sim.payWaiting(daemon);
    await expect(k.page.locator('payment-screen h1.prompt').textContent()).resolves.toContain(formatFen(order.amountFen));
    await k.screen('done-screen', 20_000);
    await k.assertSpoke();
    await k.page.getByText(k.t('done.receipt.printed')).waitFor();
    await k.page.locator('done-screen qr-code canvas').waitFor();
    await k.press('done.finish');
    await k.screen('survey-screen');
    await k.assertSpoke();
    const survey = k.page.waitForResponse((r) => r.url().endsWith('/api/feedback/survey'));
    await k.press('survey.rating.5');
    await k.press('survey.submit');
    expect((await survey).status()).toBe(201);
    await k.screen('goodbye-screen');
    expect(await k.assertSpoke()).toContain(k.t('goodbye.thanks'));
    await expect.poll(async () => (await fetch(new URL(`/api/sessions/${sessionId}`, daemon.url))).status).toBe(404);
    await k.close();
  });

  it.each([['zh', 'elderly'], ['en', 'standard']] as Array<[Lang, Mode]>)(
    '[001-6.2.4] asks for consent with a signature when non-covered items reach ￥200, and will not go on unsigned (%s, %s)',
    async (lang, mode) => {
      const person = persons.pick('resident');
      await addBill(daemon, person.certno, [{ med_list_codg: HEALTH_CHECK_PACKAGE, quantity: 1 }]);
      const k = await openKiosk(browser, daemon, { lang, mode });
      await toSplit(k, person);
      await k.press('split.pay');
      await k.screen('consent-screen');
      await k.assertSpoke();
      await k.page.locator('consent-screen').getByText('健康体检套餐').waitFor();
      await k.page.locator('consent-screen').getByText(formatFen(36_000)).first().waitFor();
      await k.press('consent.agree');
      await k.page.getByText(k.t('consent.needSignature')).waitFor();
      expect(await shownScreen(k.page)).toBe('consent-screen');
      await signPad(k.page);
      await k.press('consent.agree');
      await k.page.locator('payment-screen qr-code').waitFor();
      await k.close();
    },
  );

  it.each([['zh', 'standard'], ['en', 'elderly']] as Array<[Lang, Mode]>)(
    '[001-6.3.2] paper out: the receipt is kept, the patient is told where to get it, and it prints again once there is paper (%s, %s)',
    async (lang, mode) => {
      const person = persons.pick('resident');
      await sim.paperOut(daemon, true);
      try {
        const k = await openKiosk(browser, daemon, { lang, mode });
        await toSplit(k, person);
        await toPayment(k);
        await sim.payWaiting(daemon);
        await k.screen('done-screen', 20_000);
        await k.page.getByText(k.t('done.receipt.kept')).waitFor();
        expect(await k.assertSpoke()).toBe(k.t('done.prompt.kept'));
        await sim.paperOut(daemon, false);
        await k.press('done.reprint');
        await k.page.getByText(k.t('done.receipt.printed')).waitFor();
        await k.close();
      } finally {
        await sim.paperOut(daemon, false);
      }
    },
  );

  it.each([['zh', 'elderly'], ['en', 'standard']] as Array<[Lang, Mode]>)(
    '[003-elderly] never ends a session mid-payment; once the QR expires it says nothing was charged (%s, %s)',
    async (lang, mode) => {
      const person = persons.pick('resident');
      const k = await openKiosk(browser, daemon, { lang, mode, extra: '&idle=2&grace=2' });
      await toSplit(k, person);
      await toPayment(k);
      const [order] = await sim.payments(daemon);
      // Longer than the idle time (2 s, 4 s in 大字版): no question while the patient pays.
      await k.page.waitForTimeout(mode === 'elderly' ? 5_000 : 3_000);
      expect(await shownScreen(k.page)).toBe('payment-screen');
      expect(await k.page.locator('idle-check').count()).toBe(0);
      await fetch(`${daemon.sandbox}/payment/admin/orders/${order!.orderId}/expire`, { method: 'POST' });
      await k.page.getByText(k.t('payment.expired')).waitFor({ timeout: 10_000 });
      await k.assertSpoke();
      await k.screen('idle-check', 10_000);
      await k.assertSpoke();
      await k.screen('goodbye-screen', 10_000);
      const said = await k.assertSpoke();
      expect(said).toContain(k.t('goodbye.idle'));
      expect(said).toContain(k.t('goodbye.notCharged'));
      await k.close();
    },
  );

  it.each([['zh', 'elderly'], ['en', 'standard']] as Array<[Lang, Mode]>)(
    '[001-8.1.11] a patient who stops paying is told nothing was charged, and the payment is called off (%s, %s)',
    async (lang, mode) => {
      const person = persons.pick('resident');
      const k = await openKiosk(browser, daemon, { lang, mode });
      const sessionId = await toSplit(k, person);
      await toPayment(k);
      const [order] = await sim.payments(daemon);
      await k.press('payment.stop');
      await k.screen('goodbye-screen', 15_000);
      expect(await k.assertSpoke()).toContain(k.t('goodbye.notCharged'));
      expect((await sim.payments(daemon)).map((o) => o.orderId)).not.toContain(order!.orderId);
      expect((await fetch(new URL(`/api/sessions/${sessionId}`, daemon.url))).status).toBe(404);
      await k.close();
    },
  );

  it.each([
    ['idcard', 'zh', 'standard'],
    ['ecqr', 'en', 'elderly'],
  ] as Array<['idcard' | 'ecqr', Lang, Mode]>)(
    '[001-8.1.11] after the QR expires unpaid, the patient can still pay: a new QR with an ID card, the 医保码 shown again otherwise (%s, %s, %s)',
    async (via, lang, mode) => {
      const person = persons.pick('resident', (p) => !p.tags.includes('expired-id-card'));
      const k = await openKiosk(browser, daemon, { lang, mode });
      if (via === 'idcard') {
        await sim.present(daemon, person.psnNo);
        await k.screen('person-screen');
        await k.press('person.continue');
        await k.page.locator('bills-screen article').first().waitFor();
        await k.press('bills.calculate');
        await k.page.locator('split-screen money-split').waitFor({ timeout: 15_000 });
      } else {
        await toSplit(k, person);
      }
      await toPayment(k);
      const [order] = await sim.payments(daemon);
      await fetch(`${daemon.sandbox}/payment/admin/orders/${order!.orderId}/expire`, { method: 'POST' });
      await k.page.getByText(k.t('payment.expired')).waitFor({ timeout: 10_000 });
      if (via === 'idcard') {
        await k.press('payment.again');
        await k.page.locator('split-screen money-split').waitFor({ timeout: 15_000 });
        await toPayment(k);
        await sim.payWaiting(daemon);
        await k.screen('done-screen', 20_000);
        await sim.lift(daemon);
      } else {
        await k.press('payment.reidentify');
        await k.screen('identify-screen');
        expect(await k.assertSpoke()).toBe(k.t('identify.prompt.ecqr'));
        await sim.scan(daemon, person.psnNo);
        await k.screen('person-screen');
      }
      await k.close();
    },
  );

  it.each([
    ['portrait', 'zh', 'standard'],
    ['landscape', 'en', 'elderly'],
    ['tablet', 'zh', 'elderly'],
  ] as Array<[SizeName, Lang, Mode]>)('[003-elderly] a patient who only ever presses the biggest button finishes a settlement (%s, %s, %s)', { timeout: 60_000 }, async (size, lang, mode) => {
    const person = await persons.pickAsync('resident', async (p) => !p.tags.includes('chronic') && !(await needsConsent(daemon, p.certno)));
    const k = await openKiosk(browser, daemon, { lang, mode, size });
    const seen: string[] = [];
    let paid = false;
    const pressed: string[] = [];
    for (let i = 0; i < 30; i++) {
      const screen = await shownScreen(k.page);
      if (seen.at(-1) !== screen) seen.push(screen);
      if (screen === 'goodbye-screen') break;
      // The scan and the phone payment happen off the screen; the screen moves on by itself.
      if (screen === 'identify-screen' && !seen.includes('person-screen') && pressed.some((p) => p.startsWith('identify-screen'))) {
        await sim.scan(daemon, person.psnNo);
        await k.screen('person-screen');
        continue;
      }
      if (screen === 'payment-screen' && !paid) {
        paid = !!(await sim.payWaiting(daemon));
        await k.screen('done-screen', 20_000);
        continue;
      }
      pressed.push(`${screen}: ${await pressBiggest(k.page)}`);
      await k.page.waitForTimeout(400);
    }
    expect(seen, pressed.join('\n')).toEqual(expect.arrayContaining(['welcome-screen', 'identify-screen', 'person-screen', 'bills-screen', 'split-screen', 'done-screen', 'survey-screen', 'goodbye-screen']));
    expect(seen).not.toContain('problem-screen');
    await k.close();
  });
});
