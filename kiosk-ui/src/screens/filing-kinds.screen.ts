// Which filing (备案): every kind the platform takes here, each said in plain words, and the way
// to the person's own filings (to see their state, revoke one, print a proof again).
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { FILING_KINDS } from '../types/filing.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class FilingKindsScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .kinds { display: grid; grid-template-columns: 1fr; gap: 16px; }
      .kinds button { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; text-align: left; padding: 12px 24px; font-size: var(--fs-lead); }
      .kinds .how { font-size: var(--fs-small); font-weight: 400; color: var(--ink-soft); }
      @media (orientation: landscape) { .kinds { grid-template-columns: 1fr 1fr; } }
    `,
  ];

  override get prompt(): string {
    return this.t('filing.kinds.prompt');
  }

  override render() {
    const session = this.state.session;
    const settlesChronic = session?.services.includes('chronic-disease') ?? true;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <div class="kinds">
        ${FILING_KINDS.map(
          (kind) => html`<button @click=${() => flow.filing.start(kind)}>
            <span>${this.t(`filing.kind.${kind}` as StringKey)}</span>
            <span class="how">${this.t(`filing.kind.${kind}.how` as StringKey)}</span>
            ${kind === 'chronic-disease' && !settlesChronic ? html`<span class="how">⚠ ${this.t('filing.kind.chronic.notHere')}</span>` : nothing}
          </button>`,
        )}
      </div>
      <button class="secondary" @click=${() => void flow.filing.showList()}>${this.t('filing.mine')}</button>
    `;
  }
}
