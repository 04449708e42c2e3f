// Prices (价格公示, seed 001 §6.3.1): type a name, its pinyin or initials; narrow to medicines,
// consumables or services; each result with its spec, unit, price, and what insurance pays for it
// in plain words. Where to complain about a price is one button away.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import type { PriceItem, PriceKind } from '../types/service-hall.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

const KINDS: Array<PriceKind | undefined> = [undefined, 'drug', 'consumable', 'service'];

export class PricesScreen extends ScreenElement {
  static override properties = { typing: { state: true } };
  typing = false;

  static override styles = [
    shared,
    screenStyles,
    css`
      .kinds { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
      .kinds button[aria-pressed='true'] { background: var(--brand); color: var(--brand-ink); }
      ul { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 12px; }
      li { display: grid; grid-template-columns: 1fr auto; gap: 4px 24px; }
      .price { font-size: var(--fs-amount); font-weight: 700; text-align: right; white-space: nowrap; }
      .cover { grid-column: 1 / -1; }
      .look, .results { display: flex; flex-direction: column; gap: var(--gap); }
      .look .stack > button { align-self: flex-start; }
      @media (orientation: portrait) { .kinds { grid-template-columns: 1fr 1fr; } }
      /* A wide landscape screen: the keyboard beside the results, so they change as the patient types. */
      @media (orientation: landscape) and (min-width: 1600px) {
        .look.typing { display: grid; grid-template-columns: minmax(940px, 3fr) 2fr; align-items: start; }
        .look.typing .kinds { grid-template-columns: 1fr 1fr; }
      }
    `,
  ];

  override get prompt(): string {
    return this.t('prices.prompt');
  }

  /** What insurance does with the item, in plain words. */
  private cover(item: PriceItem): string {
    if (item.listClass === '甲') return this.t('prices.cover.a');
    if (item.listClass === '丙') return this.t('prices.cover.c');
    return this.t('prices.cover.b', { pct: item.selfPayPermille / 10 });
  }

  private renderItem(item: PriceItem) {
    return html`<li class="panel">
      <h2 lang="zh-CN">${item.name}</h2>
      <p class="price">${this.money(item.unitPriceFen)}<span class="small"> / <span lang="zh-CN">${item.unit}</span></span></p>
      <p class="small">${this.pick(item.kindName)}${item.spec ? html` · <span lang="zh-CN">${item.spec}</span>` : nothing}</p>
      <p class="cover"><strong>${this.t(`class.${item.listClass}` as StringKey)}</strong>${this.t('class.colon')}${this.cover(item)}</p>
    </li>`;
  }

  /** Beside the primary action the way to complain; while the keyboard holds the primary, only the way back. */
  private others(complaintPage: string | undefined) {
    if (this.typing) return html`<button @click=${() => flow.services()}>${this.t('services.back')}</button>`;
    return html`<button class="secondary" @click=${() => void flow.info.show(complaintPage ?? 'consultation-complaints')}>${this.t('prices.complain')}</button>`;
  }

  override render() {
    const p = this.state.prices;
    const answer = p.answer;
    const per = flow.prices.perPageNow();
    const pages = answer ? Math.max(1, Math.ceil(answer.total / per)) : 1;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <div class="look ${this.typing ? 'typing' : ''}">
        <div class="stack">
          ${this.typing
            ? html`<text-entry search .value=${p.query} .label=${this.t('prices.search')} .hint=${this.t('pick.searchHint')} .maxLength=${40}
                  @change=${(e: CustomEvent<string>) => flow.prices.type(e.detail)}>
                  <button class="primary" slot="action" @click=${() => (this.typing = false)}>${this.t('keyboard.results')}</button>
                </text-entry>`
            : html`<button class="secondary" @click=${() => (this.typing = true)}>${p.query ? this.t('prices.searching', { q: p.query }) : this.t('prices.search')}</button>`}
        </div>
        <div class="results">
          <div class="kinds" role="group" aria-label=${this.t('prices.kind')}>
            ${KINDS.map((k) => html`<button aria-pressed=${p.kind === k ? 'true' : 'false'} @click=${() => flow.prices.kind(k)}>${this.t(`prices.kind.${k ?? 'all'}` as StringKey)}</button>`)}
          </div>
          ${p.error ? html`<p class="status bad" role="status">⚠ ${this.message(p.error)}</p><button @click=${() => void flow.prices.load()}>${this.t('error.retry')}</button>` : nothing}
          <p class="small" role="status">${p.loading ? html`<span class="spinner" aria-hidden="true"></span> ${this.t('prices.loading')}` : answer ? this.t('prices.found', { total: answer.total }) : ''}</p>
          <page-turner .page=${p.page} .pages=${pages} @turn=${(e: CustomEvent<number>) => flow.prices.page(e.detail)}></page-turner>
          ${answer && answer.items.length ? html`<ul>${answer.items.map((i) => this.renderItem(i))}</ul>` : answer && !p.loading ? html`<p class="status warn">${this.t('prices.none')}</p>` : nothing}
        </div>
      </div>
      ${this.typing
        ? html`<div class="row">${this.others(answer?.complaintPage)}</div>`
        : html`<div class="actions">
            <button class="primary" @click=${() => flow.services()}>${this.t('services.back')}</button>
            ${this.others(answer?.complaintPage)}
          </div>`}
    `;
  }
}
