// Revoking a filing, asked in the page and not in a pop-up: which filing, that it cannot be
// undone, and two plain answers. The platform's refusal, if any, is said here, and then going back
// to the list is the one big answer (asking again would be refused again).
import { html, nothing } from 'lit';
import { flow } from '../state/kiosk.ts';
import { ScreenElement } from './screen-element.ts';

export class FilingRevokeScreen extends ScreenElement {
  override get prompt(): string {
    return this.t('revoke.prompt');
  }

  override render() {
    const s = this.state;
    const filing = s.filing.revoking;
    if (!filing) return nothing;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${s.notice ? html`<p class="status bad" role="status">⚠ ${this.message(s.notice)}</p>` : nothing}
      <filing-card .filing=${filing} ?brief=${window.innerHeight < 1000}></filing-card>
      ${s.filing.revokeFailed ? nothing : html`<p class="lead">${this.t('revoke.warning')}</p>`}
      ${s.filing.revokeFailed
        ? html`<div class="actions">
            <button class="primary" @click=${() => flow.back()}>${this.t('revoke.toList')}</button>
            ${s.filing.revokeFailed === 'retry'
              ? html`<button class="secondary" ?disabled=${s.busy} @click=${() => void flow.filing.revoke()}>${this.t('error.retry')}</button>`
              : nothing}
          </div>`
        : html`<div class="actions">
            <button class="primary" ?disabled=${s.busy} @click=${() => void flow.filing.revoke()}>
              ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t('revoke.confirm')}
            </button>
            <button class="secondary" ?disabled=${s.busy} @click=${() => flow.back()}>${this.t('revoke.keep')}</button>
          </div>`}
    `;
  }
}
