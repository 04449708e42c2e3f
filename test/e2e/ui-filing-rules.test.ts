// What a filing makes possible and what it guards against, at the touchscreen against a real
// daemon: a chronic-disease bill (med_type 14) settles once the disease is filed, and that filing
// can then no longer be revoked (the platform says why, in the page); bad input is stopped with a
// clear word beside the question — missing dates and signature before anything is sent, an unknown
// disease in the search, and the daemon's own objections (an ID number that fails its check, a
// diagnosis after the start) beside the answers they name.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { commonAnswers, dictionary, idNumber, next, PHONE, sandboxFilings, submit, toFilingKinds } from '../helpers/ui-filing.ts';
import { keypad, pickEntry, quickDay, searchList, typeHanzi } from '../helpers/ui-keyboard.ts';
import { catalogueCode, openKiosk, people, shownScreen, signPad, sim, type Kiosk } from '../helpers/ui-kiosk.ts';
import { spoken } from '../helpers/ui-page.ts';

let daemon: RunningDaemon;
let browser: Browser;
let persons: ReturnType<typeof people>;
let doctor: string;
beforeAll(async () => {
  [daemon, browser] = await Promise.all([startDaemon({}, {}, 30_000), launchBrowser()]);
  persons = people(await sim.persons(daemon));
  doctor = (await dictionary(daemon, 'doctors'))[0]!.name;
});
afterAll(async () => {
  await browser?.close();
  await daemon?.stop();
});

const fresh = () => persons.pick('resident', (p) => !p.tags.includes('chronic') && !p.tags.includes('suspended') && !p.tags.includes('deceased'));

/** The hypertension filing's own questions, diagnosed here yesterday. */
async function hypertension(k: Kiosk): Promise<void> {
  await searchList(k, 'gxy');
  await pickEntry(k.page, '高血压');
  await next(k, 'disease');
  await next(k, 'diagnosed-by');
  await pickEntry(k.page, doctor);
  await next(k, 'doctor');
  await quickDay(k, 'date.yesterday');
  await next(k, 'diagnosis-date');
}

const error = (k: Kiosk) => k.page.locator('filing-step-screen .status.bad');

describe('a chronic-disease filing at work', () => {
  it('[001-8.2.1.1b][004-grade] settles a med_type 14 bill once filed; the used filing then cannot be revoked, and the page says why', { timeout: 120_000 }, async () => {
    const person = fresh();
    const k = await openKiosk(browser, daemon, { lang: 'zh', mode: 'standard', extra: '&idle=600' });
    await toFilingKinds(k, daemon, person);
    await k.press('filing.kind.chronic-disease');
    await hypertension(k);
    await commonAnswers(k);
    const filingSn = await submit(k);
    expect((await sandboxFilings(daemon, person.psnNo)).chronic).toContain(filingSn);

    const drug = await catalogueCode(daemon, '阿莫西林胶囊');
    const res = await fetch(`${daemon.sandbox}/his/admin/bills`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ certno: person.certno, medType: '14', diagnoses: [{ code: 'I10.x00', name: '原发性高血压' }], lines: [{ med_list_codg: drug, quantity: 2 }] }),
    });
    const bill = (await res.json()) as { billId: string };
    await k.press('person.more');
    await k.screen('services-screen');
    await k.press('services.settle');
    await k.page.locator('bills-screen article').first().waitFor();
    const chronicBill = k.page.locator('bills-screen article', { has: k.page.locator(`h2[id="b-${bill.billId}-h"]`) });
    for (let i = 0; (await chronicBill.count()) === 0 && i < 10; i++) await k.press('bills.next');
    const pick = chronicBill.locator('button.pick');
    if ((await pick.getAttribute('aria-checked')) !== 'true') await pick.click();
    await k.press('bills.calculate');
    await k.page.locator('split-screen money-split, problem-screen').first().waitFor({ timeout: 20_000 });
    expect(await shownScreen(k.page)).toBe('split-screen');
    await k.page.locator('split-screen .actions button.primary').click();
    await k.page.locator('consent-screen, payment-screen qr-code, done-screen').first().waitFor({ timeout: 20_000 });
    if ((await shownScreen(k.page)) === 'consent-screen') {
      await signPad(k.page);
      await k.press('consent.agree');
      await k.page.locator('payment-screen qr-code, done-screen').first().waitFor({ timeout: 20_000 });
    }
    if ((await shownScreen(k.page)) === 'payment-screen') await sim.payWaiting(daemon);
    await k.screen('done-screen', 20_000);
    const ledger = (await (await fetch(`${daemon.sandbox}/center/admin/ledger?state=settled`)).json()) as Array<{ psn_no: string; med_type: string }>;
    expect(ledger.filter((l) => l.psn_no === person.psnNo).map((l) => l.med_type)).toContain('14');

    // The settled visit used the filing: the platform keeps it, and the page says so.
    await k.page.goto(new URL('/?lang=zh-CN&mode=standard&idle=600', daemon.url).href);
    await k.page.locator('welcome-screen').waitFor();
    await toFilingKinds(k, daemon, person);
    await k.press('filing.mine');
    await k.screen('filings-screen');
    const card = k.page.locator('filings-screen .item', { has: k.page.locator('filing-card', { hasText: filingSn }) });
    await card.getByRole('button', { name: k.t('filings.revoke') }).click();
    await k.press('revoke.confirm');
    await k.page.locator('filing-revoke-screen .status.bad').waitFor({ timeout: 20_000 });
    expect(await shownScreen(k.page)).toBe('filing-revoke-screen');
    // Asking again would be refused again: back to the list is now the one big answer, and the refusal is said aloud.
    expect((await k.page.locator('filing-revoke-screen .actions button.primary').textContent())?.trim()).toBe(k.t('revoke.toList'));
    expect(await k.page.getByRole('button', { name: k.t('revoke.confirm') }).count()).toBe(0);
    const refusal = ((await k.page.locator('filing-revoke-screen .status.bad').textContent()) ?? '').replace(/⚠/g, '').replace(/\s+/g, ' ').trim();
    await expect.poll(async () => (await spoken(k.page)).some((u) => u.text === refusal)).toBe(true);
    expect((await sandboxFilings(daemon, person.psnNo)).chronic).toContain(filingSn);
    await k.close();
  });
});

describe('bad input at the touchscreen', () => {
  it('[001-8.2.1.1b] will not go on without a date, and says so beside it', async () => {
    const k = await openKiosk(browser, daemon, { lang: 'zh', mode: 'elderly', extra: '&idle=600' });
    await toFilingKinds(k, daemon, fresh());
    await k.press('filing.kind.chronic-disease');
    await hypertension(k);
    await next(k, 'begin');
    await error(k).waitFor();
    expect((await error(k).textContent())?.trim()).toBe(`⚠ ${k.t('filing.need.date', { field: k.t('filing.f.begin') })}`);
    expect(await k.assertSpoke()).toBe(k.t('filing.q.begin'));
    await quickDay(k, 'date.today');
    expect(await error(k).count()).toBe(0);
    await next(k, 'begin');
    await k.page.getByRole('heading', { name: k.t('filing.q.end') }).waitFor();
    await k.close();
  });

  it('[001-8.2.1.1b] an unknown disease: the search says nothing matches', async () => {
    const k = await openKiosk(browser, daemon, { lang: 'en', mode: 'standard', extra: '&idle=600' });
    await toFilingKinds(k, daemon, fresh());
    await k.press('filing.kind.chronic-disease');
    await searchList(k, 'qqq');
    await k.page.getByText(k.t('pick.none', { q: 'qqq' })).waitFor();
    expect(await k.page.getByRole('radio').count()).toBe(0);
    await next(k, 'disease');
    await error(k).waitFor();
    expect(await error(k).textContent()).toContain(k.t('filing.need.choose', { field: k.t('filing.f.disease') }));
    await k.close();
  });

  it('[002-commit] a trauma filing needs the signature on the commitment', { timeout: 60_000 }, async () => {
    const k = await openKiosk(browser, daemon, { lang: 'zh', mode: 'standard', extra: '&idle=600' });
    await toFilingKinds(k, daemon, fresh());
    await k.press('filing.kind.trauma');
    await k.page.getByRole('radio', { name: k.t('filing.who.self') }).click();
    await next(k, 'who');
    await quickDay(k, 'date.yesterday');
    await next(k, 'injury-at');
    await typeHanzi(k.page, [['jia', '家'], ['li', '里']]);
    await next(k, 'injury-place');
    await typeHanzi(k.page, [['zou', '走'], ['lu', '路'], ['shi', '时'], ['shuai', '摔'], ['dao', '倒']]);
    await next(k, 'injury-cause');
    await commonAnswers(k);
    await k.page.locator('signature-field canvas').waitFor();
    await next(k, 'commitment');
    await error(k).waitFor();
    expect((await error(k).textContent())?.trim()).toBe(`⚠ ${k.t('filing.need.sign')}`);
    expect(await shownScreen(k.page)).toBe('filing-step-screen');
    await k.close();
  });

  it('[001-8.2.1.1b] the daemon’s objections stand beside the answers they name: an agent ID failing its check, a diagnosis after the start', { timeout: 90_000 }, async () => {
    const k = await openKiosk(browser, daemon, { lang: 'en', mode: 'standard', extra: '&idle=600' });
    await toFilingKinds(k, daemon, fresh());
    await k.press('filing.kind.rare-disease');
    await k.page.getByRole('radio', { name: k.t('filing.who.agent') }).click();
    await next(k, 'who');
    await typeHanzi(k.page, [['wang', '王'], ['fang', '芳']]);
    await next(k, 'agent-name');
    const good = idNumber('15010219800101123');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    await keypad(k.page, bad);
    await next(k, 'agent-certno');
    await k.page.getByRole('radio', { name: k.t('relation.daughter') }).click();
    await next(k, 'agent-relation');
    await keypad(k.page, '13900000000');
    await next(k, 'agent-tel');
    await typeHanzi(k.page, [['dong', '东'], ['lu', '路']]);
    await next(k, 'agent-addr');
    await searchList(k, 'gxb');
    await pickEntry(k.page, '戈谢病');
    await next(k, 'disease');
    await next(k, 'diagnosed-by');
    await pickEntry(k.page, doctor);
    await next(k, 'doctor');
    await quickDay(k, 'date.today');
    await next(k, 'diagnosis-date');
    await quickDay(k, 'date.yesterday');
    await next(k, 'begin');
    await next(k, 'end');
    await keypad(k.page, PHONE);
    await next(k, 'tel');
    await typeHanzi(k.page, [['xi', '西'], ['lu', '路']]);
    await next(k, 'addr');
    await k.screen('filing-review-screen');
    await k.press('filing.submit');
    const certnoRow = k.page.locator('filing-review-screen li', { has: k.page.getByText(k.t('filing.f.agentCertno'), { exact: true }) });
    await certnoRow.locator('.err').waitFor({ timeout: 20_000 });
    expect(await certnoRow.locator('.err').textContent()).toContain(`${k.t('filing.f.agentCertno')} is not a valid resident ID number`);
    // The review opens on the page of the first objection and says where the next one is.
    expect(await k.page.locator('filing-review-screen li.bad').count()).toBe(1);
    await k.page.getByText(k.t('filing.review.fixOn', { page: 2 })).waitFor();
    await k.press('bills.next');
    const dateRow = k.page.locator('filing-review-screen li', { has: k.page.getByText(k.t('filing.f.diagnosisDate'), { exact: true }) });
    expect(await dateRow.locator('.err').textContent()).toContain(`${k.t('filing.f.diagnosisDate')} cannot be after ${k.t('filing.f.begin')}`);
    expect(await k.page.locator('filing-review-screen li.bad').count()).toBe(1);
    await k.page.getByText(k.t('filing.review.fixOn', { page: 1 })).waitFor();

    // Fixed where they are named, the filing goes through.
    await dateRow.getByRole('button').click();
    await quickDay(k, 'date.yesterday');
    await k.page.locator('filing-step-screen .actions button.primary').click();
    await certnoRow.getByRole('button').click();
    await k.page.getByRole('button', { name: k.t('keypad.clear') }).click();
    await keypad(k.page, good);
    await k.page.locator('filing-step-screen .actions button.primary').click();
    expect(await submit(k)).toMatch(/^[A-Za-z0-9]+$/);
    await k.close();
  });
});
