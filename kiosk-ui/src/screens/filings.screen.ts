// The person's filings, read live from the platform: state, serial, dates; revoke one that is in
// force (after a confirmation in the page) or print its proof again. A page at a time.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class FilingsScreen extends ScreenElement {
  static override properties = { page: { state: true } };
  page = 0;

  static override styles = [
    shared,
    screenStyles,
    css`
      .item { display: flex; flex-direction: column; gap: 12px; }
      /* Landscape: the filing's two buttons beside it, so the list and the pinned actions both fit. */
      @media (orientation: landscape) {
        .item { display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: start; gap: var(--gap); }
        .item .row { flex-direction: column; align-items: stretch; }
      }
    `,
  ];

  override get prompt(): string {
    const list = this.state.filing.list;
    if (!list) return this.t('filings.loading');
    if (!list.length) return this.t('filings.none');
    return list.length === 1 ? this.t('filings.prompt.one') : this.t('filings.prompt', { count: list.length });
  }

  private get perPage(): number {
    return this.state.mode === 'elderly' || window.innerHeight < 1000 ? 1 : 2;
  }

  override render() {
    const s = this.state;
    const list = s.filing.list;
    if (!list) return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    const per = this.perPage;
    const pages = Math.max(1, Math.ceil(list.length / per));
    const page = Math.min(this.page, pages - 1);
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${s.notice ? html`<p class="status" role="status">${this.message(s.notice)}</p>` : nothing}
      ${list.slice(page * per, page * per + per).map(
        (f) => html`<div class="item">
          <filing-card .filing=${f} ?brief=${window.innerHeight < 1400}></filing-card>
          <div class="row">
            ${f.status === 'in-force' || f.status === 'not-yet-in-force'
              ? html`<button class="alert" aria-label=${this.t('filings.revokeOne', { name: this.t(`filing.kind.${f.kind}` as StringKey), sn: f.filingSn })} @click=${() => flow.filing.askRevoke(f)}>${this.t('filings.revoke')}</button>`
              : nothing}
            ${f.status !== 'revoked'
              ? html`<button ?disabled=${s.filing.reprinting === f.filingSn} aria-label=${`${this.t('filing.reprint')} ${f.filingSn}`} @click=${() => void flow.filing.reprint(f.filingSn)}>
                  ${this.t(s.filing.reprinting === f.filingSn ? 'done.reprinting' : 'filing.reprint')}
                </button>`
              : nothing}
            ${f.proof ? html`<span role="status">${f.proof.status === 'printed' ? `✓ ${this.t('filing.proof.printed')}` : `⚠ ${this.t('filing.proof.kept')}`}</span>` : nothing}
          </div>
        </div>`,
      )}
      <page-turner .page=${page} .pages=${pages} @turn=${(e: CustomEvent<number>) => (this.page = e.detail)}></page-turner>
      <div class="actions">
        <button class="primary" @click=${() => flow.filing.kinds()}>${this.t('filings.new')}</button>
        <button class="secondary" @click=${() => flow.services()}>${this.t('services.back')}</button>
      </div>
    `;
  }
}
