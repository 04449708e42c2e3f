// The touchscreen against a real daemon (its own sandbox and simulators): open the UI in a given
// language, mode and size, drive the simulators as the /sim page does, and follow the screens.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StringKey } from '../../kiosk-ui/src/i18n/zh-CN.ts';
import type { RunningDaemon } from './daemon.ts';
import { captureSpeech, prompt, query, SIZES, spoken, squash, type Lang, type Mode, type SizeName } from './ui-page.ts';
import { tx } from './ui-sweep.ts';

export interface Kiosk {
  page: Page;
  context: BrowserContext;
  lang: Lang;
  mode: Mode;
  /** Presses the button with this string's text. */
  press(key: StringKey): Promise<void>;
  t(key: StringKey, params?: Record<string, string | number>): string;
  /** Waits for a screen element (e.g. 'person-screen') to be the one shown. */
  screen(name: string, timeoutMs?: number): Promise<void>;
  /** The screen's prompt heading is what was last spoken, in the kiosk's language. */
  assertSpoke(): Promise<string>;
  close(): Promise<void>;
}

export async function openKiosk(browser: Browser, daemon: RunningDaemon, o: { lang: Lang; mode: Mode; size?: SizeName; extra?: string }): Promise<Kiosk> {
  // The terminal stands in China: its "today" is the platform's.
  const context = await browser.newContext({ viewport: SIZES[o.size ?? 'portrait'], timezoneId: 'Asia/Shanghai' });
  await captureSpeech(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(query(o.lang, o.mode, o.extra ?? ''), daemon.url).href);
  await page.locator('welcome-screen').waitFor();
  const t = (key: StringKey, params?: Record<string, string | number>) => tx(o.lang, key, params);
  return {
    page,
    context,
    lang: o.lang,
    mode: o.mode,
    t,
    press: (key) => page.getByRole('button', { name: t(key) }).first().click(),
    screen: (name, timeoutMs = 10_000) => page.locator(`kiosk-app main > ${name}`).waitFor({ timeout: timeoutMs }),
    async assertSpoke() {
      const shown = await prompt(page);
      // A warning is said after the prompt (queued); the prompt is the last thing said in its own place.
      const last = (await spoken(page)).filter((u) => !u.queued).at(-1);
      if (!last || squash(last.text) !== shown) throw new Error(`screen shows "${shown}" but last spoke ${JSON.stringify(last)}`);
      if (last.lang !== (o.lang === 'en' ? 'en' : 'zh-CN')) throw new Error(`spoke in ${last.lang}`);
      return shown;
    },
    async close() {
      await context.close();
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

export interface SimPerson {
  psnNo: string;
  name: string;
  certno: string;
  ecqr: string;
  tags: string[];
}

async function call(daemon: RunningDaemon, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(new URL(path, daemon.url), {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** What the /sim page does, by its API. */
export const sim = {
  persons: (d: RunningDaemon): Promise<SimPerson[]> => call(d, 'GET', '/api/sim/persons'),
  scan: (d: RunningDaemon, psnNo: string) => call(d, 'POST', '/api/sim/scanner/scan', { ecqrOf: psnNo }),
  present: (d: RunningDaemon, psnNo: string) => call(d, 'POST', '/api/sim/idcard/present', { psnNo }),
  lift: (d: RunningDaemon) => call(d, 'POST', '/api/sim/idcard/lift'),
  paperOut: (d: RunningDaemon, paperOut: boolean) => call(d, 'PUT', '/api/sim/printer', { paperOut }),
  payments: (d: RunningDaemon): Promise<Array<{ orderId: string; amountFen: number }>> => call(d, 'GET', '/api/sim/payments'),
  /** The patient's phone pays the order waiting now. */
  async payWaiting(d: RunningDaemon): Promise<{ orderId: string; amountFen: number }> {
    for (let i = 0; i < 50; i++) {
      const [order] = await sim.payments(d);
      if (order) {
        await call(d, 'POST', `/api/sim/payments/${order.orderId}/pay`);
        return order;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no payment order waiting');
  },
};

/** Persons of the sandbox with a tag, skipping those already used by this test file. */
export function people(all: SimPerson[]) {
  const used = new Set<string>();
  const take = (p: SimPerson) => (used.add(p.psnNo), p);
  return {
    pick(tag: string, also: (p: SimPerson) => boolean = () => true): SimPerson {
      const p = all.find((x) => x.tags.includes(tag) && !used.has(x.psnNo) && also(x));
      if (!p) throw new Error(`no unused test person tagged ${tag}`);
      return take(p);
    },
    async pickAsync(tag: string, also: (p: SimPerson) => Promise<boolean>): Promise<SimPerson> {
      for (const p of all.filter((x) => x.tags.includes(tag) && !used.has(x.psnNo))) if (await also(p)) return take(p);
      throw new Error(`no unused test person tagged ${tag} that fits`);
    },
  };
}

/** Draws a signature on the consent pad. */
export async function signPad(page: Page): Promise<void> {
  await page.locator('signature-field canvas').evaluate((c) => c.scrollIntoView({ block: 'center' }));
  const box = (await page.locator('signature-field canvas').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 40 + i * 25, box.y + box.height * (0.6 - 0.3 * Math.sin(i / 2)), { steps: 2 });
  await page.mouse.up();
}

/** The tag name of the screen on show. */
export const shownScreen = (page: Page) =>
  page.evaluate(() => document.querySelector('kiosk-app')?.shadowRoot?.querySelector('main > *')?.tagName.toLowerCase() ?? '');

interface CatalogueItem {
  med_list_codg: string;
  list_class: string;
}

/** Whether this person's unpaid bills would need prior consent (a 丙 item of ￥200 a unit, or ￥200 together). */
export async function needsConsent(daemon: RunningDaemon, certno: string): Promise<boolean> {
  const [bills, catalogue] = await Promise.all([
    fetch(`${daemon.sandbox}/his/admin/bills?certno=${certno}&state=unpaid`).then((r) => r.json() as Promise<Array<{ lines: Array<{ listCode: string; priceFen: number; amountFen: number }> }>>),
    fetch(`${daemon.sandbox}/center/admin/catalogue`).then((r) => r.json() as Promise<CatalogueItem[]>),
  ]);
  const uncovered = new Set(catalogue.filter((c) => c.list_class === '丙').map((c) => c.med_list_codg));
  const lines = bills.flatMap((b) => b.lines).filter((l) => uncovered.has(l.listCode));
  return lines.some((l) => l.priceFen >= 20_000) || lines.reduce((s, l) => s + l.amountFen, 0) > 20_000;
}

/** A new unpaid bill in the hospital's system with these catalogue items. */
export async function addBill(daemon: RunningDaemon, certno: string, lines: Array<{ med_list_codg: string; quantity: number }>): Promise<string> {
  const res = await fetch(`${daemon.sandbox}/his/admin/bills`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ certno, lines }) });
  if (!res.ok) throw new Error(`HIS admin: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { billId: string }).billId;
}

export const HEALTH_CHECK_PACKAGE = '001102300001022';

/** A catalogue item's code, by its name. */
export async function catalogueCode(daemon: RunningDaemon, name: string): Promise<string> {
  const catalogue = (await (await fetch(`${daemon.sandbox}/center/admin/catalogue`)).json()) as Array<{ med_list_codg: string; name: string }>;
  const found = catalogue.find((c) => c.name === name);
  if (!found) throw new Error(`no catalogue item ${name}`);
  return found.med_list_codg;
}

/** Touches the biggest visible, enabled button: what a patient who only presses the biggest button does. */
export async function pressBiggest(page: Page): Promise<string> {
  const name = await page.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const buttons = all
      .filter((e): e is HTMLButtonElement => e instanceof HTMLButtonElement && !e.disabled && e.checkVisibility({ checkOpacity: true }))
      .map((e) => ({ e, area: e.getBoundingClientRect().width * e.getBoundingClientRect().height }))
      .sort((a, b) => b.area - a.area);
    for (const e of all) e.removeAttribute('data-walker');
    const top = buttons[0]!.e;
    top.setAttribute('data-walker', 'biggest');
    return (top.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
  // The screen may move on by itself meanwhile; then there is nothing to press this time.
  await page
    .locator('[data-walker=biggest]')
    .click({ timeout: 3000 })
    .catch(() => undefined);
  return name;
}
