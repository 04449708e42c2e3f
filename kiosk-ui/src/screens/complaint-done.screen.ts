// The complaint is received: its reference, large, to quote at the 医保 desk.
import { css, html } from 'lit';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class ComplaintDoneScreen extends ScreenElement {
  static override styles = [shared, screenStyles, css`.ref { font-size: var(--fs-amount); font-weight: 700; letter-spacing: 0.08em; font-variant-numeric: tabular-nums; word-break: break-all; }`];

  override get prompt(): string {
    return this.t('complaint.done');
  }

  override render() {
    const reference = this.state.complaint.reference ?? '';
    return html`
      <div role="status"><h1 class="prompt">${this.prompt}</h1></div>
      <section class="panel stack" aria-labelledby="ref-h">
        <h2 id="ref-h">${this.t('complaint.reference')}</h2>
        <p class="ref">${reference}</p>
        <p>${this.t('complaint.keep')}</p>
      </section>
      <div class="actions">
        <button class="primary" @click=${() => (this.state.session ? flow.services() : flow.home())}>${this.t('complaint.finish')}</button>
      </div>
    `;
  }
}
