// Prior consent (事先告知, seed 001 §6.2.4): the items insurance does not cover, the daemon's
// consent text, and the patient's signature before anything is settled.
import { css, html, nothing } from 'lit';
import type { SignatureField } from '../components/signature-field.component.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class ConsentScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      ul { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 8px; }
      li, .total { display: flex; justify-content: space-between; gap: 24px; }
      .total { border-top: 3px solid var(--ink); padding-top: 8px; font-weight: 700; font-size: var(--fs-lead); }
      .num { font-variant-numeric: tabular-nums; white-space: nowrap; font-weight: 700; }
      .body { display: flex; flex-direction: column; gap: var(--gap); }
      @media (orientation: landscape) {
        .body { display: grid; grid-template-columns: 1fr 1fr; align-items: start; }
      }
      /* Above the pad, where the patient looks to sign: under the pinned actions it would not be seen. */
      .stack > .status { order: -1; }
      /* The pad must be in sight above the pinned actions: agree and decline share one row here in
         portrait too (the primary twice as wide), and the pad is shorter. */
      .actions { flex-direction: row; align-items: stretch; }
      .actions > button { flex: 1 1 0; }
      .actions > button.primary { flex: 2 1 0; }
      signature-field { --pad-h: 220px; }
    `,
  ];

  override get prompt(): string {
    return this.t('consent.prompt');
  }

  private agree(): void {
    const field = this.renderRoot.querySelector<SignatureField>('signature-field');
    void flow.settlement.confirm(field && !field.empty ? field.toDataURL() : undefined);
  }

  override render() {
    const s = this.state;
    const consent = s.presettlement?.consent;
    if (!consent) return nothing;
    // In landscape the prompt heads the items' column, so the signature column starts at the top:
    // on a short screen the pad and any warning above it stay clear of the pinned actions.
    return html`
      <div class="body">
        <div class="stack">
          <h1 class="prompt">${this.prompt}</h1>
          <section class="panel stack" aria-labelledby="items-h">
          <h2 id="items-h">${this.t('consent.items')}</h2>
          <ul>
            ${consent.items.map((i) => html`<li><span lang="zh-CN">${i.name}</span><span class="num">${this.money(i.amountFen)}</span></li>`)}
          </ul>
          <p class="total"><span>${this.t('consent.total')}</span><span class="num">${this.money(consent.totalFen)}</span></p>
          <p>${this.pick(consent.text)}</p>
          </section>
        </div>
        <div class="stack">
          ${s.notice ? html`<p class="status bad" role="status">⚠ ${this.message(s.notice)}</p>` : nothing}
          <signature-field @signed=${() => flow.settlement.clearNotice()}></signature-field>
        </div>
      </div>
      <div class="actions">
        <button class="primary" ?disabled=${s.busy} @click=${() => this.agree()}>
          ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t('consent.agree')}
        </button>
        <button class="secondary" ?disabled=${s.busy} @click=${() => flow.settlement.declineConsent()}>${this.t('consent.decline')}</button>
      </div>
    `;
  }
}
