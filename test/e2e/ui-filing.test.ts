// Filings (备案) at the touchscreen against a real daemon and its platform sandbox: each kind filed
// through its questions (lists searched by pinyin initials, text typed as pinyin, dates on the
// chooser, an agent for a relative, the trauma commitment signed), shown in the person's list,
// revoked after the in-page confirmation and shown revoked — and the sandbox holding exactly what
// the screen said at each point. Then a chronic-disease bill settled on the strength of a filing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { commonAnswers, dictionary, idNumber, next, revokeFromList, sandboxFilings, submit, toFilingKinds } from '../helpers/ui-filing.ts';
import { keypad, pickEntry, quickDay, searchList, typeHanzi } from '../helpers/ui-keyboard.ts';
import { openKiosk, people, signPad, sim, type Kiosk, type SimPerson } from '../helpers/ui-kiosk.ts';
import type { Lang, Mode } from '../helpers/ui-page.ts';
import type { StringKey } from '../../kiosk-ui/src/i18n/zh-CN.ts';

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

/** Chooses an entry of the list on show by typing its initials into the search box. */
async function searchAndPick(k: Kiosk, entry: { name: string; initials: string }): Promise<void> {
  await searchList(k, entry.initials.toLowerCase());
  await pickEntry(k.page, entry.name);
}

async function entry(list: string, name?: string) {
  const all = await dictionary(daemon, `dictionary/${list}`);
  return name ? all.find((e) => e.name === name)! : all[0]!;
}

/** The agent's questions: a relative filing for the person (代办人). */
async function agent(k: Kiosk): Promise<string> {
  const certno = idNumber('15010219800101123');
  await k.page.getByRole('radio', { name: k.t('filing.who.agent') }).click();
  await next(k, 'who');
  await typeHanzi(k.page, [['li', '李'], ['ming', '明']]);
  await next(k, 'agent-name');
  await keypad(k.page, certno);
  await next(k, 'agent-certno');
  await k.page.getByRole('radio', { name: k.t('relation.son') }).click();
  await next(k, 'agent-relation');
  await keypad(k.page, '13900000000');
  await next(k, 'agent-tel');
  await typeHanzi(k.page, [['guang', '光'], ['ming', '明'], ['lu', '路'], '2', ['hao', '号']]);
  await next(k, 'agent-addr');
  return certno;
}

async function self(k: Kiosk): Promise<void> {
  await k.page.getByRole('radio', { name: k.t('filing.who.self') }).click();
  await next(k, 'who');
}

/** Disease, diagnosing hospital (this one), doctor from the HIS list, diagnosed yesterday. */
async function diagnosedHere(k: Kiosk, list: string, disease: string): Promise<void> {
  await searchAndPick(k, await entry(list, disease));
  await next(k, 'disease');
  await next(k, 'diagnosed-by');
  await pickEntry(k.page, doctor);
  await next(k, 'doctor');
  await quickDay(k, 'date.yesterday');
  await next(k, 'diagnosis-date');
}

type Kind = 'chronic-disease' | 'rare-disease' | 'special-treatment' | 'special-drug' | 'trauma' | 'referral' | 'designated-institution' | 'relocation';

const CASES: Array<{ kind: Kind; code: string; lang: Lang; mode: Mode; tag: string; answer: (k: Kiosk) => Promise<void> }> = [
  { kind: 'chronic-disease', code: '2503', lang: 'zh', mode: 'standard', tag: 'resident', answer: (k) => diagnosedHere(k, 'chronic-diseases', '糖尿病') },
  {
    kind: 'rare-disease', code: '07', lang: 'en', mode: 'standard', tag: 'resident',
    answer: async (k) => (await self(k), await diagnosedHere(k, 'rare-diseases', '戈谢病')),
  },
  {
    kind: 'special-treatment', code: '05', lang: 'zh', mode: 'elderly', tag: 'resident',
    answer: async (k) => {
      await self(k);
      await searchAndPick(k, await entry('special-treatments', '血液透析'));
      await next(k, 'item');
      await searchAndPick(k, await entry('diagnoses'));
      await next(k, 'diagnosis');
    },
  },
  {
    kind: 'special-drug', code: '06', lang: 'en', mode: 'elderly', tag: 'resident',
    answer: async (k) => {
      await self(k);
      await searchAndPick(k, await entry('special-drugs', '甘精胰岛素注射液'));
      await next(k, 'item');
      await searchAndPick(k, await entry('diagnoses'));
      await next(k, 'diagnosis');
    },
  },
  {
    kind: 'trauma', code: '04', lang: 'zh', mode: 'standard', tag: 'employee',
    answer: async (k) => {
      await self(k);
      await quickDay(k, 'date.yesterday');
      await next(k, 'injury-at');
      await typeHanzi(k.page, [['lou', '楼'], ['dao', '道']]);
      await next(k, 'injury-place');
      await typeHanzi(k.page, [['xia', '下'], ['lou', '楼'], ['cai', '踩'], ['kong', '空'], ['shuai', '摔'], ['shang', '伤']]);
      await next(k, 'injury-cause');
    },
  },
  {
    kind: 'referral', code: '02', lang: 'en', mode: 'standard', tag: 'resident',
    answer: async (k) => {
      await agent(k);
      await searchAndPick(k, await entry('institutions', '沙盒市人民医院'));
      await next(k, 'to');
      await searchAndPick(k, await entry('diagnoses'));
      await next(k, 'diagnosis');
      await typeHanzi(k.page, [['xu', '需'], ['zhuan', '转'], ['zhen', '诊']]);
      await next(k, 'reason');
    },
  },
  {
    kind: 'designated-institution', code: '03', lang: 'zh', mode: 'elderly', tag: 'employee',
    answer: async (k) => {
      await self(k);
      await searchAndPick(k, await entry('institutions', '沙盒市人民医院'));
      await next(k, 'institution');
    },
  },
  {
    kind: 'relocation', code: '08', lang: 'zh', mode: 'standard', tag: 'cross-region',
    answer: async (k) => {
      await agent(k);
      await next(k, 'institution');
    },
  },
];

describe('each filing kind at the touchscreen', () => {
  it.each(CASES)('[001-8.2.1.1b] $kind: filed, listed, revoked — the sandbox agreeing each time ($lang, $mode)', { timeout: 120_000 }, async ({ kind, code, lang, mode, tag, answer }) => {
    const person = persons.pick(tag, (p) => !p.tags.includes('relocated') && !p.tags.includes('suspended') && !p.tags.includes('deceased') && !p.tags.includes('chronic'));
    const k = await openKiosk(browser, daemon, { lang, mode, extra: '&idle=600' });
    await toFilingKinds(k, daemon, person);
    await k.press(`filing.kind.${kind}` as StringKey);
    await k.screen('filing-step-screen');
    await answer(k);
    await commonAnswers(k);
    if (kind === 'trauma') {
      await signPad(k.page);
      await next(k, 'commitment');
    }
    const filingSn = await submit(k);
    expect(filingSn).toMatch(/^[A-Za-z0-9]+$/);
    const held = await sandboxFilings(daemon, person.psnNo);
    if (kind === 'chronic-disease') expect(held.chronic).toContain(filingSn);
    else expect(held.designation).toContainEqual({ sn: filingSn, type: code });

    await k.press('filing.mine');
    await k.screen('filings-screen');
    const card = k.page.locator('filing-card', { hasText: filingSn });
    await card.waitFor();
    expect((await card.locator('.badge').textContent())?.trim()).toMatch(new RegExp(`${k.t('filing.status.in-force')}|${k.t('filing.status.not-yet-in-force')}`));
    expect(await revokeFromList(k, filingSn)).toBe(k.t('filing.status.revoked'));
    const after = await sandboxFilings(daemon, person.psnNo);
    expect([...after.chronic, ...after.designation.map((f) => f.sn)]).not.toContain(filingSn);
    await k.close();
  });
});
