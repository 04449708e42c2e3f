// Back (only where going back is safe), repeat the spoken prompt, and call staff: on every screen.
import { LitElement, css, html, nothing } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { StoreMixin } from '../mixins/store-mixin.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { voice } from '../voice.ts';

export class HelpBar extends LocalizeMixin(StoreMixin(LitElement)) {
  static override styles = [
    shared,
    css`
      :host { display: flex; gap: 12px; flex-wrap: wrap; }
      button { flex: 1 1 0; white-space: nowrap; }
      .staff { border-color: var(--alert); color: var(--alert); }
      @media (orientation: landscape) {
        :host { flex-direction: column; }
        button { flex: 0 0 auto; }
      }
    `,
  ];

  override render() {
    const overlay = this.state.overlay !== 'none';
    return html`
      ${!overlay && flow.canGoBack() ? html`<button class="back" @click=${() => flow.back()}>← ${this.t('nav.back')}</button>` : nothing}
      <button class="repeat" @click=${() => voice.repeat()}>${this.t('voice.repeat')}</button>
      <button class="staff" @click=${() => void flow.callStaff()}>${this.t('staff.call')}</button>
    `;
  }
}
