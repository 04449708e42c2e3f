// Settled: what was paid and by whom, whether the receipt (结算单 + 费用明细) is printing, printed
// or was kept for the desk, and where to get the e-invoice. No receipt status yet means printing:
// "kept" is said only when the daemon says so.
import { css, html, nothing } from 'lit';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

const RECEIPT_POLL_MS = 3000;

export class DoneScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .invoice { display: flex; gap: var(--gap); align-items: center; }
      @media (orientation: portrait) { .invoice { flex-direction: column; text-align: center; } }
    `,
  ];

  private poller?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.poller = window.setInterval(() => void flow.settlement.followReceipt(), RECEIPT_POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.poller);
  }

  override get prompt(): string {
    const receipt = this.state.settled?.receipt;
    return this.t(!receipt ? 'done.prompt.printing' : receipt.status === 'kept' ? 'done.prompt.kept' : 'done.prompt');
  }

  override render() {
    const s = this.state;
    const settled = s.settled;
    if (!settled) return nothing;
    const receipt = settled.receipt;
    const kept = receipt?.status === 'kept';
    const reason = receipt?.reason ? this.pick(receipt.reason) : '';
    const more = flow.settlement.otherBills();
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <money-split .split=${settled.split}></money-split>
      ${receipt
        ? html`<div class="status ${kept ? 'warn' : ''}" role="status">
            ${kept ? html`⚠ ${this.t('done.receipt.kept')}${reason ? html`<br /><span class="small">${reason}</span>` : nothing}` : html`✓ ${this.t('done.receipt.printed')}`}
          </div>`
        : html`<div class="status" role="status"><span class="spinner" aria-hidden="true"></span> ${this.t('done.receipt.printing')}</div>`}
      ${s.notice ? html`<p class="status bad" role="status">${this.message(s.notice)}</p>` : nothing}
      <button class="secondary" ?disabled=${s.reprinting || !receipt} @click=${() => void flow.settlement.reprint()}>
        ${s.reprinting ? this.t('done.reprinting') : this.t('done.reprint')}
      </button>
      ${settled.invoiceUrl
        ? html`<section class="panel invoice">
            <qr-code .text=${settled.invoiceUrl} .label=${this.t('done.invoice.qr')} .size=${220}></qr-code>
            <p>${this.t('done.invoice')}</p>
          </section>`
        : nothing}
      <div class="actions">
        <button class="primary" @click=${() => flow.toSurvey()}>${this.t('done.finish')}</button>
        ${more > 0 ? html`<button class="secondary" @click=${() => void flow.settlement.showBills()}>${this.t('done.more', { count: more })}</button>` : nothing}
      </div>
    `;
  }
}
