// Typing on the kiosk's own keyboard (no system keyboard on a kiosk): what is typed, shown large,
// with the pinyin still being composed underlined; letters, digits, and a row of hanzi candidates
// for that pinyin. A search field keeps plain pinyin too (it matches names by pinyin and initials).
// Sends `change` with the whole new text.
import { LitElement, css, html, nothing } from 'lit';
import { candidates, choose, composing } from '../ime/pinyin-ime.ts';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Where ten keys a row would be too small to touch (大字版 on a narrow screen): seven a row, a to z. */
const NARROW_ROWS = ['1234567', '890', 'abcdefg', 'hijklmn', 'opqrstu', 'vwxyz'];
const PUNCTUATION = ['，', '。', '-', '#'];

export class TextEntry extends LocalizeMixin(LitElement) {
  static override properties = {
    value: {},
    label: {},
    hint: {},
    maxLength: { type: Number },
    search: { type: Boolean },
    page: { state: true },
  };
  value = '';
  label = '';
  hint = '';
  maxLength = 100;
  /** A search box: no punctuation, and plain pinyin is a finished answer. */
  search = false;
  page = 0;

  static override styles = [
    shared,
    css`
      :host { display: flex; flex-direction: column; gap: 12px; }
      .label { font-size: var(--fs-lead); font-weight: 700; }
      .field {
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
      .hint { color: var(--ink-soft); }
      .keys { display: flex; flex-direction: column; gap: 4px; }
      .krow { display: grid; grid-template-columns: repeat(10, 1fr); gap: 4px; }
      .krow button, .cands button { padding: 0; min-width: 0; font-size: var(--fs-lead); }
      .krow.r2 { padding: 0 4%; grid-template-columns: repeat(9, 1fr); }
      .krow.r3 { grid-template-columns: repeat(7, 1fr) 2fr; }
      .krow.r4 { grid-template-columns: repeat(var(--extra, 4), 1fr) 2fr; }
      .krow.r4 button, .krow.r3 .wide { font-size: var(--fs-body); }
      .cands { display: grid; grid-template-columns: auto repeat(var(--per), 1fr) auto; gap: 4px; min-height: var(--target); align-items: stretch; }
      .narrow .krow { grid-template-columns: repeat(7, 1fr); }
      .narrow .wide2 { grid-column: span 2; }
      .narrow .wide3 { grid-column: span 3; }
      .narrow .wide4 { grid-column: span 4; }
      .cands button { background: var(--brand-soft); }
      .cands .turn { padding: 0 12px; min-width: var(--target); font-size: var(--fs-body); background: var(--paper); }
      .cands p { grid-column: 1 / -1; align-self: center; color: var(--ink-soft); }
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

  override render() {
    const letters = composing(this.value);
    const fixed = this.value.slice(0, this.value.length - letters.length);
    const { chars } = candidates(letters);
    const per = this.perPage;
    const pages = Math.max(1, Math.ceil(chars.length / per));
    const page = Math.min(this.page, pages - 1);
    const shown = chars.slice(page * per, page * per + per);
    return html`
      <p class="label" id="label">${this.label}</p>
      <div class="field" role="textbox" aria-readonly="true" aria-labelledby="label" aria-describedby="hint">
        ${fixed}${letters ? html`<u>${letters}</u>` : nothing}<span class="caret" aria-hidden="true"></span>
      </div>
      ${this.hint ? html`<p class="hint small" id="hint">${this.hint}</p>` : nothing}
      <div class="cands" style="--per:${per}" role="group" aria-label=${this.t('keyboard.candidates')}>
        ${letters && chars.length
          ? html`<button class="turn" ?disabled=${page === 0} aria-label=${this.t('keyboard.prev')} @click=${() => (this.page = page - 1)}>‹</button>
              ${shown.map((c) => html`<button lang="zh-CN" @click=${() => this.send(choose(this.value, c))}>${c}</button>`)}
              ${Array.from({ length: per - shown.length }, () => html`<span></span>`)}
              <button class="turn" ?disabled=${page >= pages - 1} aria-label=${this.t('keyboard.next')} @click=${() => (this.page = page + 1)}>›</button>`
          : html`<p>${this.t(this.search ? 'keyboard.searchHow' : 'keyboard.how')}</p>`}
      </div>
      ${this.width > 0 && (this.width - 9 * 4) / 10 < this.target ? this.narrowKeys() : this.wideKeys()}
    `;
  }

  private wideKeys() {
    return html`<div class="keys">
      <div class="krow">${Array.from(ROWS[0]!).map((k) => this.key(k))}</div>
      <div class="krow">${Array.from(ROWS[1]!).map((k) => this.key(k))}</div>
      <div class="krow r2">${Array.from(ROWS[2]!).map((k) => this.key(k))}</div>
      <div class="krow r3">${Array.from(ROWS[3]!).map((k) => this.key(k))} ${this.deleteKey('wide')}</div>
      <div class="krow r4" style="--extra:${this.search ? 1 : PUNCTUATION.length + 1}">
        ${this.search ? nothing : PUNCTUATION.map((k) => this.key(k))} ${this.spaceKey('')} ${this.clearKey('')}
      </div>
    </div>`;
  }

  private narrowKeys() {
    const [digits, more, ...letters] = NARROW_ROWS as [string, string, ...string[]];
    const last = letters.pop()!;
    return html`<div class="keys narrow">
      <div class="krow">${Array.from(digits).map((k) => this.key(k))}</div>
      <div class="krow">${Array.from(more).map((k) => this.key(k))} ${this.search ? nothing : PUNCTUATION.map((k) => this.key(k))}</div>
      ${letters.map((row) => html`<div class="krow">${Array.from(row).map((k) => this.key(k))}</div>`)}
      <div class="krow">${Array.from(last).map((k) => this.key(k))} ${this.deleteKey('wide2')}</div>
      <div class="krow">${this.spaceKey('wide3')} ${this.clearKey('wide4')}</div>
    </div>`;
  }

  private deleteKey(span: string) {
    return html`<button class=${span} @click=${() => this.send(Array.from(this.value).slice(0, -1).join(''))}>${this.t('keypad.delete')}</button>`;
  }

  private spaceKey(span: string) {
    return html`<button class=${span} @click=${() => this.type(' ')}>${this.t('keyboard.space')}</button>`;
  }

  private clearKey(span: string) {
    return html`<button class=${span} @click=${() => this.send('')}>${this.t('keypad.clear')}</button>`;
  }

  private key(k: string) {
    return html`<button @click=${() => this.type(k)}>${k}</button>`;
  }
}
