// Offered by itself to a person of 60 or more: a calm choice in the page, not a pop-up.
import { LitElement, css, html } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';

export class ElderlyOffer extends LocalizeMixin(LitElement) {
  static override styles = [
    shared,
    css`
      :host { display: block; }
      section { background: var(--warn-soft); border: 3px solid var(--warn-ink); border-radius: var(--radius); padding: var(--gap); display: flex; flex-direction: column; gap: 16px; }
      p { font-size: var(--fs-lead); color: var(--warn-ink); font-weight: 700; }
      .row > button { flex: 1 1 0; }
    `,
  ];

  override render() {
    return html`<section aria-labelledby="offer">
      <p id="offer">${this.t('elderly.offer')}</p>
      <div class="row">
        <button @click=${() => flow.setMode('elderly')}>${this.t('elderly.offer.yes')}</button>
        <button @click=${() => flow.setMode('standard')}>${this.t('elderly.offer.no')}</button>
      </div>
    </section>`;
  }
}
