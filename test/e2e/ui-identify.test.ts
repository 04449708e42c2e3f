// Identification at the touchscreen against a real daemon: an ID card on the simulated reader, a
// face with the ID number typed on the keypad, a keyboard-wedge scanner, and what the patient is
// told when the card is refused, the face does not match or the platform does not answer; and
// the idle patient, asked "还在吗?" and then wiped.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { listen, type EventLog } from '../helpers/events.ts';
import { openKiosk, people, shownScreen, sim, type Kiosk, type SimPerson } from '../helpers/ui-kiosk.ts';
import { spoken, squash, type Lang, type Mode } from '../helpers/ui-page.ts';

/**
 * The refusal on show, said aloud in the kiosk's language, with staff to ask and nothing that
 * contradicts it: no "try again" after a refusal that trying again cannot change.
 */
async function toldRefusal(k: Kiosk, lang: Lang, reason: string | RegExp, final: boolean): Promise<void> {
  const status = k.page.locator('identify-screen .status.bad');
  await status.getByText(reason).waitFor();
  const text = squash((await status.textContent()) ?? '');
  expect(text).toMatch(/工作人员|staff/i);
  if (final) expect(text).not.toMatch(/请再试一次|Please try again/);
  // Sentences joined with their stops: "…医保码。需要帮助…", not "…医保码 需要帮助…".
  expect(text).not.toMatch(/[^\s.。!！?？] (需要|If you)/);
  await expect.poll(async () => (await spoken(k.page)).some((u) => squash(u.text) === text && u.lang === (lang === 'en' ? 'en' : 'zh-CN'))).toBe(true);
}

let daemon: RunningDaemon;
let browser: Browser;
let events: EventLog;
let persons: ReturnType<typeof people>;
beforeAll(async () => {
  // A short platform timeout and no retries, so the platform-timeout case answers quickly.
  [daemon, browser] = await Promise.all([startDaemon({}, { insurance: { timeoutMs: 1500, retries: 0 } }, 30_000), launchBrowser()]);
  events = await listen(daemon.url);
  persons = people(await sim.persons(daemon));
});
afterAll(async () => {
  events?.close();
  await browser?.close();
  await daemon?.stop();
});

const TWO: Array<[Lang, Mode]> = [
  ['zh', 'standard'],
  ['en', 'elderly'],
];
const ALL: Array<[Lang, Mode]> = [...TWO, ['en', 'standard'], ['zh', 'elderly']];

const opened = (p: SimPerson) => events.next((e) => e.type === 'session.opened' && e.person.maskedCertno.endsWith(p.certno.slice(-4)));

/** The person screen shows this person, masked, and says so aloud. */
async function showsPerson(k: Kiosk, p: SimPerson): Promise<void> {
  await k.screen('person-screen');
  await k.page.locator('person-screen').getByText(`${p.certno.slice(0, 4)}**********${p.certno.slice(-4)}`).waitFor();
  expect(await k.page.locator('person-screen').textContent()).not.toContain(p.certno);
  await k.assertSpoke();
}

describe('identification at the touchscreen', () => {
  it.each(ALL)('[001-8.1.3] an ID card on the reader moves the screen on by itself (%s, %s)', async (lang, mode) => {
    const p = persons.pick('employee', (x) => !x.tags.includes('expired-id-card'));
    const k = await openKiosk(browser, daemon, { lang, mode });
    await k.press('welcome.start');
    await k.press('identify.idcard');
    await k.screen('identify-screen');
    expect(await k.assertSpoke()).toBe(k.t('identify.prompt.idcard'));
    await sim.present(daemon, p.psnNo);
    await opened(p);
    await showsPerson(k, p);
    await sim.lift(daemon);
    await k.close();
  });

  it.each(TWO)('[003-elderly] offers 大字版 in the page to a person of 60 or more (%s, %s)', async (lang) => {
    const p = persons.pick('elderly', (x) => !x.tags.includes('suspended') && !x.tags.includes('deceased') && !x.tags.includes('expired-id-card'));
    const k = await openKiosk(browser, daemon, { lang, mode: 'standard' });
    await sim.present(daemon, p.psnNo);
    await showsPerson(k, p);
    await k.page.getByText(k.t('elderly.offer')).waitFor();
    await k.press('elderly.offer.yes');
    await expect.poll(() => k.page.locator('kiosk-app').getAttribute('mode')).toBe('elderly');
    expect(await k.page.getByText(k.t('elderly.offer')).count()).toBe(0);
    await sim.lift(daemon);
    await k.close();
  });

  it.each(TWO)('tells the patient in plain words when the reader refuses an expired ID card (%s, %s)', async (lang, mode) => {
    const p = persons.pick('expired-id-card');
    const k = await openKiosk(browser, daemon, { lang, mode });
    const fresh = await listen(daemon.url);
    await sim.present(daemon, p.psnNo);
    const failed = await fresh.next((e) => e.type === 'identify.failed');
    fresh.close();
    await k.screen('identify-screen');
    await toldRefusal(k, lang, failed.reason[lang === 'en' ? 'en' : 'zh'], true);
    await sim.lift(daemon);
    await k.close();
  });

  it.each(TWO)('[003-face][004-face] face: the ID number on the keypad, then the camera (%s, %s)', async (lang, mode) => {
    const p = persons.pick('employee', (x) => !x.tags.includes('face-mismatch') && x.certno.length === 18);
    const k = await openKiosk(browser, daemon, { lang, mode });
    await k.press('welcome.start');
    await k.press('identify.face');
    expect(await k.assertSpoke()).toBe(k.t('face.prompt'));
    for (const ch of p.certno) await k.page.locator('id-keypad').getByRole('button', { name: ch, exact: true }).click();
    await k.page.getByText(k.t('face.entered', { n: 18 })).waitFor();
    await k.press('face.start');
    await showsPerson(k, p);
    await k.close();
  });

  it.each(TWO)('face: a face that does not match is explained, with what to do next (%s, %s)', async (lang, mode) => {
    const p = persons.pick('face-mismatch', (x) => x.certno.length === 18);
    const k = await openKiosk(browser, daemon, { lang, mode });
    await k.press('welcome.start');
    await k.press('identify.face');
    for (const ch of p.certno) await k.page.locator('id-keypad').getByRole('button', { name: ch, exact: true }).click();
    await k.press('face.start');
    await k.page.locator('identify-screen .status.bad').waitFor();
    // The daemon's reason says to try again or use the 医保码 itself.
    await toldRefusal(k, lang, lang === 'en' ? /try again/i : /再试一次/, false);
    expect(await shownScreen(k.page)).toBe('identify-screen');
    await k.close();
  });

  it.each(TWO)('[003-ecqr] a keyboard-wedge scanner: the burst is sent as a scan and types into nothing else (%s, %s)', async (lang, mode) => {
    const p = persons.pick('retiree');
    const k = await openKiosk(browser, daemon, { lang, mode });
    await k.press('welcome.start');
    await k.press('identify.face');
    const ecqr = (await sim.persons(daemon)).find((x) => x.psnNo === p.psnNo)!.ecqr;
    // A focused switch must not be pressed by the scanner's Enter, nor the keypad's number change.
    await k.page.locator('pref-switches.prefs-top button[role=switch]').first().focus();
    const scan = k.page.waitForResponse((r) => r.url().endsWith('/api/scans'));
    await k.page.keyboard.type(ecqr, { delay: 4 });
    await k.page.keyboard.press('Enter');
    expect((await scan).status()).toBe(201);
    await showsPerson(k, p);
    await expect(k.page.locator('kiosk-app').getAttribute('mode')).resolves.toBe(mode);
    await k.close();
  });

  it.each(TWO)('a wedge scan of something that is not a 医保码 says what to show instead (%s, %s)', async (lang, mode) => {
    const k = await openKiosk(browser, daemon, { lang, mode });
    await k.page.keyboard.type('RX202611230001', { delay: 4 });
    await k.page.keyboard.press('Enter');
    await k.page.getByText(k.t('identify.scan.notEcqr')).waitFor();
    await k.page.keyboard.type('hello', { delay: 4 });
    await k.page.keyboard.press('Enter');
    await k.page.locator('identify-screen .status.bad').getByText(/医保码|insurance QR code/).waitFor();
    await k.close();
  });

  it.each(TWO)('platform timeout: says the platform is not answering and what to do, and works once it answers again (%s, %s)', async (lang, mode) => {
    const p = persons.pick('employee');
    const fault = await fetch(`${daemon.sandbox}/center/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ infno: '1101', kind: 'timeout', rate: 1 }) });
    expect(fault.ok).toBe(true);
    try {
      const k = await openKiosk(browser, daemon, { lang, mode });
      await k.press('welcome.start');
      const fresh = await listen(daemon.url);
      await sim.scan(daemon, p.psnNo);
      const failed = await fresh.next((e) => e.type === 'identify.failed', 10_000);
      fresh.close();
      await toldRefusal(k, lang, failed.reason[lang === 'en' ? 'en' : 'zh'], false);
      await fetch(`${daemon.sandbox}/center/admin/faults`, { method: 'DELETE' });
      await sim.scan(daemon, p.psnNo);
      await showsPerson(k, p);
      await k.close();
    } finally {
      await fetch(`${daemon.sandbox}/center/admin/faults`, { method: 'DELETE' });
    }
  });

  it.each(TWO)('[003-elderly][001-10.1.3] idle: asks "还在吗?" with a countdown, then ends the session, wipes it and returns to welcome (%s, %s)', async (lang, mode) => {
    const p = persons.pick('employee', (x) => !x.tags.includes('expired-id-card'));
    const k = await openKiosk(browser, daemon, { lang, mode, extra: '&idle=2&grace=2' });
    await sim.scan(daemon, p.psnNo);
    const { sessionId } = await opened(p);
    // The person screen is up only for the idle time; the question then takes its place.
    await k.screen('idle-check', 10_000);
    expect(await k.assertSpoke()).toBe(k.t('idle.prompt'));
    await k.page.locator('idle-check [role=timer]').waitFor();
    await k.press('idle.continue');
    expect(await shownScreen(k.page)).toBe('person-screen');
    await k.screen('idle-check', 10_000);
    await k.screen('goodbye-screen', 10_000);
    expect(await k.assertSpoke()).toContain(k.t('goodbye.idle'));
    await k.page.getByText(k.t('goodbye.wiped')).waitFor();
    await expect.poll(async () => (await fetch(new URL(`/api/sessions/${sessionId}`, daemon.url))).status).toBe(404);
    await k.press('goodbye.home');
    await k.screen('welcome-screen');
    await k.close();
  });
});
