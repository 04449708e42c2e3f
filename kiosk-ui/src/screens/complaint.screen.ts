// A complaint or suggestion (投诉建议, seed 001 §6.3.3), one thing at a time: what it is about,
// what happened (typed on the kiosk keyboard), and a phone number only if the patient wants a
// call back — with why it is asked and how long it is kept, as the daemon words it.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { COMPLAINT_MAX } from '../state/complaint-flow.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class ComplaintScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .choices { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
      .choices button[aria-checked='true'] { background: var(--brand); color: var(--brand-ink); }
      .digits { font-size: var(--fs-amount); font-weight: 700; letter-spacing: 0.06em; min-height: 1.5em; font-variant-numeric: tabular-nums; background: #fff; border: 3px solid var(--ink); border-radius: var(--radius); padding: 8px 20px; }
      .keypad { display: grid; gap: var(--gap); }
      @media (orientation: landscape) { .keypad { grid-template-columns: 1fr 1fr; align-items: start; } }
    `,
  ];

  override get prompt(): string {
    const c = this.state.complaint;
    if (!c.form) return this.t('complaint.loading');
    return this.t(`complaint.q.${c.step}` as StringKey);
  }

  private renderStep(actions: unknown) {
    const c = this.state.complaint;
    const form = c.form!;
    switch (c.step) {
      case 'category':
        return html`<div class="choices" role="radiogroup" aria-label=${this.prompt}>
          ${form.categories.map(
            (k) => html`<button role="radio" aria-checked=${c.category === k.id ? 'true' : 'false'} @click=${() => flow.complaint.category(k.id)}>${c.category === k.id ? '✓ ' : ''}${this.pick(k.name)}</button>`,
          )}
        </div>`;
      case 'text':
        return html`<text-entry .value=${c.text} .label=${this.t('complaint.text')} .hint=${this.t('complaint.textHint', { max: COMPLAINT_MAX })} .maxLength=${COMPLAINT_MAX}
          @change=${(e: CustomEvent<string>) => flow.complaint.text(e.detail)}>${actions}</text-entry>`;
      case 'phone':
        return html`<p class="status">${this.pick(form.phoneNotice)}</p>
          <div class="keypad">
            <div class="stack">
              <p class="small" id="phone-label">${this.t('complaint.phone')}</p>
              <p class="digits" aria-labelledby="phone-label" aria-live="polite">${c.phone || '—'}</p>
            </div>
            <id-keypad .extra=${'-'} @key=${(e: CustomEvent<string>) => c.phone.length < 13 && flow.complaint.phone(c.phone + e.detail)}
              @delete=${() => flow.complaint.phone(c.phone.slice(0, -1))} @clear=${() => flow.complaint.phone('')}></id-keypad>
          </div>`;
    }
  }

  override render() {
    const s = this.state;
    const c = s.complaint;
    if (!c.form) return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${c.error ? html`<p class="status bad" role="status">⚠ ${this.message(c.error)}</p>` : nothing}
      ${this.renderStep(c.step === 'text' ? this.actions('action') : nothing)}
      ${c.step === 'text' ? nothing : this.actions()}
    `;
  }

  /** The step's one action: under the step, or beside a text field (`slot`). */
  private actions(slot?: string) {
    const s = this.state;
    const c = s.complaint;
    return html`
      <div class="actions" slot=${slot ?? nothing}>
        ${c.step === 'phone'
          ? html`<button class="primary" ?disabled=${s.busy} @click=${() => void flow.complaint.submit()}>
              ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t(c.phone ? 'complaint.send' : 'complaint.sendNoPhone')}
            </button>`
          : html`<button class="primary" @click=${() => flow.complaint.next()}>${this.t('filing.next')}</button>`}
      </div>
    `;
  }
}
