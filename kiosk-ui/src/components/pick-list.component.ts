// Choosing one entry of a platform list: the list a page at a time (fewer in 大字版), a search
// box typed on the kiosk keyboard (hanzi, pinyin or initials), and what is chosen marked. Sends
// `pick` with the entry and `query` with the search text.
import { LitElement, css, html, nothing } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { StoreMixin } from '../mixins/store-mixin.ts';
import { matchEntries, type Searchable } from '../search/match-entries.ts';
import { shared } from '../styles/shared.ts';

export interface PickEntry extends Searchable {
  code: string;
  /** A second line: a doctor's department, an institution's level. */
  note?: string;
}

export class PickList extends LocalizeMixin(StoreMixin(LitElement)) {
  static override properties = { entries: { attribute: false }, chosen: {}, query: {}, label: {}, typing: { type: Boolean, reflect: true }, page: { state: true } };
  entries: PickEntry[] = [];
  chosen = '';
  query = '';
  label = '';
  typing = false;
  page = 0;

  static override styles = [
    shared,
    css`
      :host { display: flex; flex-direction: column; gap: 16px; }
      .entries { display: flex; flex-direction: column; gap: 12px; }
      .entries button { width: 100%; text-align: left; display: flex; flex-direction: column; align-items: flex-start; gap: 2px; padding: 12px 24px; color: var(--ink); border-color: var(--line); }
      .entries button[aria-checked='true'] { border: 5px solid var(--brand); background: var(--brand-soft); }
      .entries button .note { font-weight: 400; font-size: var(--fs-small); color: var(--ink-soft); }
      .search { align-self: flex-start; }
      .wrap, .found { display: flex; flex-direction: column; gap: 16px; }
      /* A wide landscape screen: the keyboard beside the list, so what is found shows while typing. */
      .count { display: none; }
      @media (orientation: landscape) and (min-width: 1600px) {
        .wrap.typing { display: grid; grid-template-columns: minmax(940px, 3fr) 2fr; gap: var(--gap); align-items: start; }
      }
      /* Elsewhere what is found would be under the keyboard: how many, and the list once the keyboard is put away. */
      @media not ((orientation: landscape) and (min-width: 1600px)) {
        .wrap.typing .count { display: block; }
        .wrap.typing .entries, .wrap.typing page-turner { display: none; }
      }
    `,
  ];

  private get perPage(): number {
    const short = window.innerHeight < 1000;
    return this.state.mode === 'elderly' ? (short ? 2 : 4) : short ? 3 : 6;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('query') || changed.has('entries')) this.page = 0;
  }

  override render() {
    const found = matchEntries(this.entries, this.query);
    const per = this.typing ? Math.min(this.perPage, 3) : this.perPage;
    const pages = Math.max(1, Math.ceil(found.length / per));
    const page = Math.min(this.page, pages - 1);
    const shown = found.slice(page * per, page * per + per);
    return html`<div class="wrap ${this.typing ? 'typing' : ''}">
      ${this.typing
        ? html`<text-entry search .value=${this.query} .label=${this.t('pick.search')} .hint=${this.t('pick.searchHint')} .maxLength=${20}
            @change=${(e: CustomEvent<string>) => this.dispatchEvent(new CustomEvent('query', { detail: e.detail }))}>
            <button class="primary" slot="action" @click=${() => (this.typing = false)}>${this.t('keyboard.results')}</button>
          </text-entry>`
        : html`<button class="search" @click=${() => (this.typing = true)}>${this.t('pick.search')}</button>`}
      <div class="found">
      ${this.typing && found.length ? html`<p class="count status" role="status">${this.t('pick.found', { count: found.length })}</p>` : nothing}
      ${found.length === 0
        ? html`<p class="status warn" role="status">${this.t('pick.none', { q: this.query })}</p>`
        : html`<div class="entries" role="radiogroup" aria-label=${this.label}>
            ${shown.map(
              (e) => html`<button role="radio" aria-checked=${e.code === this.chosen ? 'true' : 'false'} @click=${() => this.dispatchEvent(new CustomEvent('pick', { detail: e }))}>
                <span lang="zh-CN">${e.code === this.chosen ? '✓ ' : ''}${e.name}</span>${e.note ? html`<span class="note">${e.note}</span>` : nothing}
              </button>`,
            )}
          </div>`}
      <page-turner .page=${page} .pages=${pages} @turn=${(e: CustomEvent<number>) => (this.page = e.detail)}></page-turner>
      </div>
    </div>`;
  }
}
