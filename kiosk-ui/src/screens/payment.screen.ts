// The self-pay part by phone: a QR code with the amount and a countdown. The daemon settles by
// itself once the payment arrives and says so (settlement.paid / settled / failed / expired);
// the screen also asks now and then, in case an event was missed.
import { css, html, nothing } from 'lit';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

const POLL_MS = 4000;

export class PaymentScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .pay { display: flex; flex-direction: column; align-items: center; gap: var(--gap); text-align: center; }
      .amount { font-size: var(--fs-amount); font-weight: 700; color: var(--brand); }
      @media (orientation: landscape) {
        .pay { flex-direction: row; justify-content: center; text-align: left; }
        .pay .stack { max-width: 520px; }
      }
    `,
  ];

  private poller?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.poller = window.setInterval(() => {
      if (this.state.paymentPhase !== 'expired') void flow.settlement.checkPayment(false);
    }, POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.poller);
  }

  override get prompt(): string {
    const s = this.state;
    if (s.paymentPhase === 'paid') return this.t('payment.paid');
    if (s.paymentPhase === 'expired') return this.t('payment.expired');
    return this.t('payment.prompt', { amount: this.money(s.payment?.amountFen ?? 0) });
  }

  override render() {
    const s = this.state;
    const payment = s.payment;
    if (s.paymentPhase === 'paid') {
      return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    }
    if (s.paymentPhase === 'expired' || !payment) {
      return html`<div role="status"><h1 class="prompt">${this.prompt}</h1></div>
        <div class="actions">
          <button class="primary" @click=${() => void flow.settlement.newPayment()}>
            ${this.t(s.session?.via === 'idcard' ? 'payment.again' : 'payment.reidentify')}
          </button>
          <button class="secondary" @click=${() => void flow.end({ idle: false })}>${this.t('idle.end')}</button>
        </div>`;
    }
    const amount = this.money(payment.amountFen);
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <div class="pay">
        <qr-code .text=${payment.qrText} .label=${this.t('payment.qr', { amount })} .size=${window.innerHeight >= 1400 ? 440 : window.innerHeight < 1000 ? 280 : 340}></qr-code>
        <div class="stack">
          <p class="amount">${this.t('split.cash')} ${amount}</p>
          <p>${this.t('payment.how')}</p>
          <count-down .until=${payment.expiresAt} @expired=${() => void flow.settlement.checkPayment(false)}></count-down>
        </div>
      </div>
      ${s.notice ? html`<p class="status warn" role="status">${this.message(s.notice)}</p>` : nothing}
      <div class="actions">
        <button class="primary" ?disabled=${s.busy} @click=${() => void flow.settlement.checkPayment()}>${this.t('payment.check')}</button>
        <button class="secondary" ?disabled=${s.busy} @click=${() => void flow.settlement.stopPaying()}>
          ${s.busy ? this.t('payment.stopping') : this.t('payment.stop')}
        </button>
      </div>
    `;
  }
}
