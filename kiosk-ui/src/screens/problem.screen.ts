// Something did not work: the reason in plain words, what happened to the money, and what to do
// next — try again where that is safe, otherwise start again (staff are one button away).
import { html, nothing } from 'lit';
import { sentences } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { ScreenElement } from './screen-element.ts';

export class ProblemScreen extends ScreenElement {
  override get prompt(): string {
    const p = this.state.problem;
    if (!p) return '';
    const money = p.money === 'refunded' ? this.t('error.refunded') : p.money === 'not-charged' ? this.t('error.noCharge') : '';
    return sentences(this.language, [this.message(p.message), money]);
  }

  override render() {
    const p = this.state.problem;
    if (!p) return nothing;
    return html`
      <p class="status bad">⚠ ${this.t('error.title')}</p>
      <div role="status"><h1 class="prompt">${this.prompt}</h1></div>
      <div class="actions">
        ${p.action === 'retry'
          ? html`<button class="primary" @click=${() => flow.retry()}>${this.t('error.retry')}</button>
              <button class="secondary" @click=${() => void flow.end({ idle: false })}>${this.t('idle.end')}</button>`
          : html`<button class="primary" @click=${() => void flow.end({ idle: false })}>${this.t('error.restart')}</button>`}
      </div>
    `;
  }
}
