// Measures what the issue sets numbers for, on what is really rendered (computed styles and
// boxes, through every shadow root): each visible button's size, each visible text's size,
// contrast against what is behind it, and line spacing. Runs in the page.
import type { Page } from 'playwright-core';

export interface Limits {
  minTarget: number;
  minFont: number;
  minContrast: number;
  minLineHeight: number;
}

export const STANDARD: Limits = { minTarget: 60, minFont: 24, minContrast: 4.5, minLineHeight: 1 };
export const ELDERLY: Limits = { minTarget: 88, minFont: 32, minContrast: 7, minLineHeight: 1.3 };

export interface Finding {
  kind: 'target' | 'font' | 'contrast' | 'line-height';
  what: string;
  value: number;
  limit: number;
}

export interface ButtonBox {
  name: string;
  area: number;
  width: number;
  height: number;
  disabled: boolean;
}

export interface Measured {
  findings: Finding[];
  buttons: ButtonBox[];
  /** The prompt heading of the screen on show, whitespace collapsed. */
  prompt: string;
  texts: number;
}

function inPage(limits: Limits): Measured {
  const INTERACTIVE = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=switch], [role=checkbox], [role=radio], [role=link]';
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const visible = (el: Element) => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < window.innerWidth + 1;
  };
  const rgba = (c: string): [number, number, number, number] => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const background = (el: Element): [number, number, number] => {
    const layers: Array<[number, number, number, number]> = [];
    for (let e: Element | null = el; e; e = parentOf(e)) {
      const bg = rgba(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    let out: [number, number, number] = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
    return out;
  };
  const luminance = ([r, g, b]: number[]) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const label = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

  const findings: Finding[] = [];
  const buttons: ButtonBox[] = [];
  let texts = 0;
  let prompt = '';
  for (const el of all) {
    if (!visible(el)) continue;
    if (el.matches('h1.prompt') && !prompt) prompt = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (el.matches(INTERACTIVE)) {
      const r = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      buttons.push({ name, area: r.width * r.height, width: r.width, height: r.height, disabled: (el as HTMLButtonElement).disabled === true });
      const small = Math.min(r.width, r.height);
      if (small + 0.5 < limits.minTarget) findings.push({ kind: 'target', what: label(el), value: Math.round(small), limit: limits.minTarget });
    }
    const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0);
    if (!own) continue;
    texts++;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    if (size + 0.01 < limits.minFont) findings.push({ kind: 'font', what: label(el), value: size, limit: limits.minFont });
    const ratio = contrast(rgba(style.color), background(el));
    if (ratio + 0.005 < limits.minContrast) findings.push({ kind: 'contrast', what: `${label(el)} ${style.color} on rgb(${background(el).map(Math.round).join(',')})`, value: Math.round(ratio * 100) / 100, limit: limits.minContrast });
    const lh = style.lineHeight === 'normal' ? 0 : parseFloat(style.lineHeight) / size;
    if (lh + 0.005 < limits.minLineHeight) findings.push({ kind: 'line-height', what: label(el), value: Math.round(lh * 100) / 100, limit: limits.minLineHeight });
  }
  return { findings, buttons, prompt, texts };
}

export function measure(page: Page, limits: Limits): Promise<Measured> {
  return page.evaluate(inPage, limits);
}

/** The visible, enabled button with the largest area: what a patient who presses only the biggest button presses. */
export function biggest(buttons: ButtonBox[]): ButtonBox | undefined {
  return buttons.filter((b) => !b.disabled).sort((a, b) => b.area - a.area)[0];
}

export interface SightFinding {
  kind: 'covered' | 'below-fold' | 'warning-hidden';
  what: string;
}

/**
 * What a patient sees without scrolling, as the screen opens (its scroll area at the top): the
 * primary action (the button whose name holds `primary`) and the on-screen keyboard wholly on the
 * screen, every warning (`.status.bad`) wholly in sight, and nothing to touch that lies partly
 * under something else (a pinned action bar over a list's buttons). Runs in the page.
 */
function inSight(primary: string | undefined): SightFinding[] {
  const INTERACTIVE = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=switch], [role=checkbox], [role=radio], [role=link]';
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const shown = (el: Element) => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const hitAt = (x: number, y: number): Element | null => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const within = (hit: Element | null, el: Element) => {
    for (let e = hit; e; e = parentOf(e)) if (e === el) return true;
    return false;
  };
  const name = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const label = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${name(el).slice(0, 40)}"`;
  const [W, H] = [window.innerWidth, window.innerHeight];
  /** Points inside the box (inset from its edges) that are on the screen but show something else. */
  const covered = (el: Element) => {
    const r = el.getBoundingClientRect();
    const xs = [r.left + Math.min(6, r.width / 4), r.left + r.width / 2, r.right - Math.min(6, r.width / 4)];
    const ys = [r.top + Math.min(6, r.height / 4), r.top + r.height / 2, r.bottom - Math.min(6, r.height / 4)];
    return xs.some((x) => ys.some((y) => x >= 0 && y >= 0 && x < W && y < H && !within(hitAt(x, y), el)));
  };
  const whole = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top >= -0.5 && r.left >= -0.5 && r.bottom <= H + 0.5 && r.right <= W + 0.5;
  };
  const out: SightFinding[] = [];
  for (const el of all) {
    if (!shown(el)) continue;
    if (el.matches(INTERACTIVE) && covered(el)) out.push({ kind: 'covered', what: label(el) });
    if (el.matches('.status.bad') && (!whole(el) || covered(el))) out.push({ kind: 'warning-hidden', what: label(el) });
    if (el.matches('text-entry') && !whole(el)) out.push({ kind: 'below-fold', what: `keyboard (${Math.round(el.getBoundingClientRect().bottom - H)} px below)` });
  }
  if (primary) {
    const button = all.find((el) => el.matches('button') && shown(el) && name(el).includes(primary));
    if (!button) out.push({ kind: 'below-fold', what: `no button "${primary}"` });
    else if (!whole(button)) out.push({ kind: 'below-fold', what: `${label(button)} (${Math.round(button.getBoundingClientRect().bottom - H)} px below)` });
  }
  return out;
}

/** The screen as it opens, scrolled to its top, then what is out of sight (see inSight). */
export async function sight(page: Page, primary?: string): Promise<SightFinding[]> {
  await page.evaluate(() => {
    const main = document.querySelector('kiosk-app')?.shadowRoot?.querySelector('main');
    if (main) main.scrollTop = 0;
  });
  return page.evaluate(inSight, primary);
}
