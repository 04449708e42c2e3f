// Typing on the kiosk's own keyboard (no system keyboard on a kiosk): what is typed, shown large,
// with the pinyin still being composed underlined; a row of hanzi candidates for that pinyin; and
// three rows of keys, letters or (one key away) digits and punctuation, so the keyboard, the field
// and the screen's next step fit together on a short screen. A search field keeps plain pinyin too
// (it matches names by pinyin and initials). Sends `change` with the whole new text.
//
// The screen's actions go in the `action` slot: beside the field in landscape, where the height is
// short, and under the keys in portrait, so the primary action is never below the keyboard's fold.
import { LitElement, css, html, nothing } from 'lit';
import { candidates, choose, composing, loadMore } from '../ime/pinyin-ime.ts';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

type Key = { label: string; type?: string; span?: number };

const keys = (row: string): Key[] => Array.from(row, (k) => ({ label: k, type: k }));
/** Where ten keys a row would be under the touch target: seven a row, a to z. */
const NARROW_ROWS = ['abcdefg', 'hijklmn', 'opqrstu', 'vwxyz'];

export class TextEntry extends LocalizeMixin(LitElement) {
  static override properties = {
    value: {},
    label: {},
    hint: {},
    maxLength: { type: Number },
    search: { type: Boolean },
    error: {},
    page: { state: true },
    symbols: { state: true },
  };
  value = '';
  label = '';
  hint = '';
  maxLength = 100;
  /** A search box: no punctuation, and plain pinyin is a finished answer. */
  search = false;
  /** What keeps the answer from being taken: shown where the candidates go until typing starts, costing no height. */
  error = '';
  page = 0;
  /** Digits and punctuation on show instead of letters. */
  symbols = false;

  static override styles = [
    shared,
    css`
      :host { display: grid; gap: 12px; grid-template-columns: minmax(0, 1fr); grid-template-areas: 'label' 'field' 'hint' 'cands' 'keys' 'action'; }
      .label { grid-area: label; font-size: var(--fs-lead); font-weight: 700; }
      .field {
        grid-area: field;
        min-height: calc(var(--target) + 16px);
        padding: 12px 20px;
        font-size: var(--fs-lead);
        background: #fff;
        border: 3px solid var(--ink);
        border-radius: var(--radius);
        word-break: break-all;
      }
      .field u { text-decoration-thickness: 3px; color: var(--brand); }
      .caret { display: inline-block; width: 3px; height: 1.1em; background: var(--ink); vertical-align: -0.15em; margin-left: 2px; }
      .hint { grid-area: hint; color: var(--ink-soft); }
      slot[name='action'] { display: block; grid-area: action; min-width: 0; }
      .keys { grid-area: keys; display: flex; flex-direction: column; gap: 4px; }
      .krow { display: grid; grid-template-columns: repeat(var(--cols, 10), minmax(0, 1fr)); gap: 4px; }
      .krow button, .cands button { padding: 0; min-width: 0; font-size: var(--fs-lead); }
      .krow button.word { font-size: var(--fs-body); }
      .krow button.shift { background: var(--brand-soft); }
      .cands { grid-area: cands; display: grid; grid-template-columns: auto repeat(var(--per), 1fr) auto; gap: 4px; min-height: var(--target); align-items: stretch; }
      .cands button { background: var(--brand-soft); }
      .cands .turn { padding: 0 12px; min-width: var(--target); font-size: var(--fs-body); background: var(--paper); }
      .cands p { grid-column: 1 / -1; align-self: center; color: var(--ink-soft); }
      .cands p.status { color: var(--ink); font-size: var(--fs-body); padding: 4px 16px; align-self: stretch; display: flex; align-items: center; }
      .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      /* Landscape is short: the field and the screen's next step share a row, the label (the prompt
         says it) is for screen readers only, and on the shortest screens the hint too. */
      @media (orientation: landscape) {
        :host { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-areas: 'hint hint' 'field action' 'cands cands' 'keys keys'; }
        .label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .field { min-height: var(--target); }
      }
      /* A short screen: keys at the smallest size a finger takes, not the roomier touch target. */
      @media (max-height: 900px) {
        .keys, .krow { gap: 2px; }
        .krow button, .cands button { min-height: var(--key-min); }
        .field { min-height: var(--key-min); }
      }
      @media (orientation: landscape) and (max-height: 900px) {
        .hint { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      }
    `,
  ];

  private width = 0;
  private readonly resized = new ResizeObserver(([e]) => {
    const width = Math.round(e?.contentRect.width ?? 0);
    if (width !== this.width) {
      this.width = width;
      this.requestUpdate();
    }
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resized.observe(this);
    // The rarer characters (GB 2312 level 2) come in their own file, fetched once a keyboard is up.
    void loadMore().then((added) => added && this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resized.disconnect();
  }

  private get target(): number {
    return parseFloat(getComputedStyle(this).getPropertyValue('--target')) || 64;
  }

  /** As many candidates as fit at the touch-target size, beside the two page turns. */
  private get perPage(): number {
    const target = this.target;
    return Math.max(3, Math.min(9, Math.floor((this.width - 2 * (target + 4)) / (target + 4))));
  }

  private send(value: string): void {
    this.page = 0;
    this.dispatchEvent(new CustomEvent<string>('change', { detail: value }));
  }

  private type(key: string): void {
    if (Array.from(this.value).length < this.maxLength) this.send(this.value + key);
  }

  private press(type: string): void {
    if (type === 'delete') this.send(Array.from(this.value).slice(0, -1).join(''));
    else if (type === 'clear') this.send('');
    else if (type === 'shift') this.symbols = !this.symbols;
    else this.type(type);
  }

  override render() {
    const letters = composing(this.value);
    const fixed = this.value.slice(0, this.value.length - letters.length);
    const { chars } = candidates(letters);
    const per = this.perPage;
    const pages = Math.max(1, Math.ceil(chars.length / per));
    const page = Math.min(this.page, pages - 1);
    const shown = chars.slice(page * per, page * per + per);
    // Ten keys a row where each is wide enough for a finger, else seven.
    // The gap between keys gives way first (to none), before a row drops to seven keys.
    const gap = this.width > 0 ? Math.max(0, Math.min(window.innerHeight <= 900 ? 2 : 4, Math.floor((this.width - 10 * this.minKey) / 9))) : 4;
    const narrow = this.width > 0 && (this.width - 9 * gap) / 10 + 0.5 < this.minKey;

    return html`
      <p class="label" id="label">${this.label}</p>
      <div class="field" role="textbox" aria-readonly="true" aria-labelledby="label" aria-describedby=${this.hint ? 'hint' : nothing}>
        ${fixed}${letters ? html`<u>${letters}</u>` : nothing}<span class="caret" aria-hidden="true"></span>
      </div>
      ${this.hint ? html`<p class="hint small" id="hint">${this.hint}</p>` : nothing}
      <slot name="action"></slot>
      <div class="cands" style="--per:${per}" role="group" aria-label=${this.t('keyboard.candidates')}>
        ${letters && chars.length
          ? html`<button class="turn" ?disabled=${page === 0} aria-label=${this.t('keyboard.prev')} @click=${() => (this.page = page - 1)}>‹</button>
              ${shown.map((c) => html`<button lang="zh-CN" @click=${() => this.send(choose(this.value, c))}>${c}</button>`)}
              ${Array.from({ length: per - shown.length }, () => html`<span></span>`)}
              <button class="turn" ?disabled=${page >= pages - 1} aria-label=${this.t('keyboard.next')} @click=${() => (this.page = page + 1)}>›</button>`
          : this.error
            ? html`<p class="status bad" role="status">⚠ ${this.error}</p>`
            : html`<p>${this.t(this.search ? 'keyboard.searchHow' : 'keyboard.how')}</p>`}
      </div>
      <div class="keys" role="group" aria-label=${this.t(this.symbols ? 'keyboard.symbols.name' : 'keyboard.letters.name')}>
        ${this.rows(narrow).map((row) => html`<div class="krow" style="--cols:${narrow ? 7 : 10}; gap:${narrow ? 4 : gap}px">${row.map((k) => this.key(k))}</div>`)}
      </div>
    `;
  }

  /** The smallest key a finger can take in this mode (--key-min: 60 px, 88 px in 大字版). */
  private get minKey(): number {
    return parseFloat(getComputedStyle(this).getPropertyValue('--key-min')) || 60;
  }

  private rows(narrow: boolean): Key[][] {
    const del: Key = { label: this.t('keypad.delete'), type: 'delete', span: 2 };
    const clear: Key = { label: this.t('keypad.clear'), type: 'clear' };
    const space = (span: number): Key => ({ label: this.t('keyboard.space'), type: ' ', span });
    const shift: Key = { label: this.t(this.symbols ? 'keyboard.letters' : 'keyboard.symbols'), type: 'shift' };
    if (narrow) {
      const flat = this.symbols ? keys(`1234567890${this.search ? '' : '，。、-#（）：；？'}`) : keys('abcdefghijklmnopqrstuvwxyz');
      const rows: Key[][] = [];
      for (let i = 0; i < flat.length; i += 7) rows.push(flat.slice(i, i + 7));
      const last = rows.at(-1)!;
      if (last.length < 7) last.push(space(7 - last.length));
      return [...rows, [{ ...shift, span: 2 }, { ...del, span: 3 }, { ...clear, span: 2 }]];
    }
    if (this.symbols) {
      return [
        keys('1234567890'),
        this.search ? [space(8), { ...clear, span: 2 }] : [...keys('，。、-#（）：'), { ...clear, span: 2 }],
        [{ ...shift, span: 2 }, ...(this.search ? [] : keys('；？')), space(this.search ? 6 : 4), del],
      ];
    }
    return [keys('qwertyuiop'), [...keys('asdfghjkl'), clear], [shift, ...keys('zxcvbnm'), del]];
  }

  private key(k: Key) {
    const word = k.label.length > 1;
    return html`<button class="${word ? 'word' : ''} ${k.type === 'shift' ? 'shift' : ''}" style=${k.span ? `grid-column: span ${k.span}` : ''}
      @click=${() => this.press(k.type ?? k.label)}>${k.label}</button>`;
  }
}
