// The filing is made: its serial to keep, whether the proof (备案凭证) printed or was kept for the
// desk, and a way to print it again.
import { html, nothing } from 'lit';
import { flow } from '../state/kiosk.ts';
import { ScreenElement } from './screen-element.ts';

export class FilingDoneScreen extends ScreenElement {
  override get prompt(): string {
    return this.t(this.state.filing.result?.proof?.status === 'kept' ? 'filing.done.kept' : 'filing.done.prompt');
  }

  override render() {
    const s = this.state;
    const result = s.filing.result;
    if (!result) return nothing;
    const proof = result.proof;
    const busy = s.filing.reprinting === result.filingSn;
    return html`
      <div role="status"><h1 class="prompt">${this.prompt}</h1></div>
      ${proof
        ? html`<p class="status ${proof.status === 'kept' ? 'warn' : ''}" role="status">
            ${proof.status === 'kept' ? html`⚠ ${this.t('filing.proof.kept')}${proof.reason ? html`<br /><span class="small">${this.pick(proof.reason)}</span>` : nothing}` : html`✓ ${this.t('filing.proof.printed')}`}
          </p>`
        : nothing}
      ${s.notice ? html`<p class="status bad" role="status">${this.message(s.notice)}</p>` : nothing}
      <button class="secondary" ?disabled=${busy} @click=${() => void flow.filing.reprint(result.filingSn)}>${this.t(busy ? 'done.reprinting' : 'filing.reprint')}</button>
      <filing-card .filing=${result}></filing-card>
      <div class="actions">
        <button class="primary" @click=${() => flow.toSurvey()}>${this.t('done.finish')}</button>
        <button class="secondary" @click=${() => void flow.filing.showList()}>${this.t('filing.mine')}</button>
        <button class="secondary" @click=${() => flow.services()}>${this.t('person.more')}</button>
      </div>
    `;
  }
}
