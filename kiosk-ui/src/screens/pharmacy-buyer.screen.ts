// Who is buying: the identified person, or someone on their behalf (代购, seed 004 第十条 4),
// whose name, ID number, relation and (if they like) phone are asked one at a time. Only masked
// copies are kept by the daemon.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { PROXY_RELATIONS } from '../types/pharmacy.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class PharmacyBuyerScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .choices { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
      .choices button[aria-checked='true'] { background: var(--brand); color: var(--brand-ink); }
      .digits { font-size: var(--fs-amount); font-weight: 700; letter-spacing: 0.06em; min-height: 1.5em; font-variant-numeric: tabular-nums; word-break: break-all; background: #fff; border: 3px solid var(--ink); border-radius: var(--radius); padding: 8px 20px; }
      .keypad { display: grid; gap: var(--gap); }
      @media (orientation: landscape) { .keypad { grid-template-columns: 1fr 1fr; align-items: start; } }
    `,
  ];

  override get prompt(): string {
    return this.t(`sale.q.${this.state.sale.step}` as StringKey);
  }

  private keypad(value: string, label: StringKey, extra: string, max: number, set: (v: string) => void) {
    return html`<div class="keypad">
      <div class="stack">
        <p class="small" id="k-label">${this.t(label)}</p>
        <p class="digits" aria-labelledby="k-label" aria-live="polite">${value || '—'}</p>
      </div>
      <id-keypad .extra=${extra} @key=${(e: CustomEvent<string>) => value.length < max && set(value + e.detail)} @delete=${() => set(value.slice(0, -1))} @clear=${() => set('')}></id-keypad>
    </div>`;
  }

  private renderStep(actions: unknown) {
    const p = this.state.sale;
    switch (p.step) {
      case 'who':
        return html`<div class="actions">
          <button class="primary" ?disabled=${this.state.busy} @click=${() => flow.pharmacy.who(false)}>${this.t('sale.self')}</button>
          <button class="secondary" ?disabled=${this.state.busy} @click=${() => flow.pharmacy.who(true)}>${this.t('sale.proxy')}</button>
        </div>`;
      case 'name':
        return html`<text-entry .value=${p.name} .label=${this.t('sale.name')} .maxLength=${50} @change=${(e: CustomEvent<string>) => flow.pharmacy.set({ name: e.detail })}>${actions}</text-entry>`;
      case 'certno':
        return this.keypad(p.certno, 'sale.certno', 'X', 18, (certno) => flow.pharmacy.set({ certno }));
      case 'relation':
        return html`<div class="choices" role="radiogroup" aria-label=${this.prompt}>
          ${PROXY_RELATIONS.map(
            (r) => html`<button role="radio" aria-checked=${p.relation === r ? 'true' : 'false'} @click=${() => flow.pharmacy.relation(r)}>${p.relation === r ? '✓ ' : ''}${this.t(`proxy.${r}` as StringKey)}</button>`,
          )}
        </div>`;
      case 'phone':
        return this.keypad(p.phone, 'sale.phone', '-', 13, (phone) => flow.pharmacy.set({ phone }));
    }
  }

  override render() {
    const s = this.state;
    const p = s.sale;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${p.error ? html`<p class="status bad" role="status">⚠ ${this.message(p.error)}</p>` : nothing}
      ${this.renderStep(p.step === 'name' ? this.actions('action') : nothing)}
      ${p.step === 'who' || p.step === 'name' ? nothing : this.actions()}
    `;
  }

  /** On to the next question: under it, or beside a text field (`slot`). */
  private actions(slot?: string) {
    const s = this.state;
    const p = s.sale;
    return html`<div class="actions" slot=${slot ?? nothing}>
      <button class="primary" ?disabled=${s.busy} @click=${() => flow.pharmacy.next()}>
        ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t(p.step === 'phone' ? (p.phone ? 'sale.start' : 'sale.startNoPhone') : 'filing.next')}
      </button>
    </div>`;
  }
}
