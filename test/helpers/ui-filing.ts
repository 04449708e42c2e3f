// A filing at the touchscreen against a real daemon: from the welcome screen through the service
// menu and identification to the filing's questions, the review, the result; the person's filings
// list and revoking one; and the platform sandbox's own view of the person's filings to compare.
import { expect } from 'vitest';
import type { RunningDaemon } from './daemon.ts';
import { keypad, quickDay, typeHanzi } from './ui-keyboard.ts';
import { sim, type Kiosk, type SimPerson } from './ui-kiosk.ts';
import type { StringKey } from '../../kiosk-ui/src/i18n/zh-CN.ts';

/** 光明路1号, typed as pinyin with its characters chosen. */
export const ADDRESS: Array<[string, string] | string> = [['guang', '光'], ['ming', '明'], ['lu', '路'], '1', ['hao', '号']];
export const PHONE = '13800138000';

/** A resident ID number that passes its check digit (GB 11643), from its first 17 digits. */
export function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Welcome → service menu → 备案 → identify by 医保码 → person → the filing kinds. */
export async function toFilingKinds(k: Kiosk, daemon: RunningDaemon, person: SimPerson): Promise<void> {
  await k.press('welcome.more');
  await k.screen('services-screen');
  await k.assertSpoke();
  await k.press('services.filing');
  await k.screen('identify-screen');
  await sim.scan(daemon, person.psnNo);
  await k.screen('person-screen');
  expect(await k.assertSpoke()).toBe(k.t('person.prompt.filing'));
  await k.press('person.continue.filing');
  await k.screen('filing-kinds-screen');
  await k.assertSpoke();
}

/** The question on show is this one (its spoken prompt), then Next. */
export async function next(k: Kiosk, question: string): Promise<void> {
  expect(await k.assertSpoke()).toBe(k.t(`filing.q.${question}` as StringKey));
  await k.page.locator('filing-step-screen .actions button.primary').click();
}

/** The common last questions: start today, no end, phone, address. */
export async function commonAnswers(k: Kiosk): Promise<void> {
  await k.page.locator('date-picker').waitFor();
  await quickDay(k, 'date.today');
  await next(k, 'begin');
  await next(k, 'end');
  await keypad(k.page, PHONE);
  await next(k, 'tel');
  await typeHanzi(k.page, ADDRESS);
  await next(k, 'addr');
}

/** Submits from the review and answers the filing serial shown with the result. */
export async function submit(k: Kiosk): Promise<string> {
  await k.screen('filing-review-screen');
  await k.assertSpoke();
  await k.press('filing.submit');
  await k.page.locator('filing-done-screen, filing-review-screen .status.bad').first().waitFor({ timeout: 30_000 });
  const bad = k.page.locator('filing-review-screen .status.bad');
  if (await bad.count()) throw new Error(`filing refused: ${await k.page.locator('filing-review-screen').innerText()}`);
  await k.assertSpoke();
  return ((await k.page.locator('filing-done-screen filing-card .sn').textContent()) ?? '').trim();
}

/** From the result to the list, revoking the filing after the in-page confirmation; answers its status text then. */
export async function revokeFromList(k: Kiosk, filingSn: string): Promise<string> {
  const card = k.page.locator('filings-screen .item', { has: k.page.locator('filing-card', { hasText: filingSn }) });
  await card.waitFor();
  await card.getByRole('button', { name: k.t('filings.revoke') }).click();
  await k.screen('filing-revoke-screen');
  expect(await k.assertSpoke()).toBe(k.t('revoke.prompt'));
  await k.press('revoke.confirm');
  await k.screen('filings-screen', 20_000);
  await k.page.getByText(k.t('filings.revoked')).waitFor();
  return ((await card.locator('filing-card .badge').textContent()) ?? '').trim();
}

export interface SandboxFilings {
  chronic: string[];
  designation: Array<{ sn: string; type: string }>;
}

/** The filings in force that the platform sandbox holds for the person. */
export async function sandboxFilings(daemon: RunningDaemon, psnNo: string): Promise<SandboxFilings> {
  const p = (await (await fetch(`${daemon.sandbox}/center/admin/persons/${psnNo}`)).json()) as {
    chronic_filings: Array<{ trt_dcla_detl_sn: string }>;
    designation_filings: Array<{ trt_dcla_detl_sn: string; biz_appy_type: string }>;
  };
  return {
    chronic: p.chronic_filings.map((f) => f.trt_dcla_detl_sn),
    designation: p.designation_filings.map((f) => ({ sn: f.trt_dcla_detl_sn, type: f.biz_appy_type })),
  };
}

/** What a patient would choose from a daemon list: its entries with pinyin and initials. */
export async function dictionary(daemon: RunningDaemon, name: string): Promise<Array<{ code: string; name: string; pinyin: string; initials: string }>> {
  return (await fetch(new URL(`/api/filings/${name}`, daemon.url))).json() as never;
}
