// Language, 大字版 and sound: visible on every screen, switchable at any time.
import { LitElement, css, html } from 'lit';
import { otherLang } from '../i18n/i18n.ts';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { StoreMixin } from '../mixins/store-mixin.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';

export class PrefSwitches extends LocalizeMixin(StoreMixin(LitElement)) {
  static override styles = [
    shared,
    css`
      :host { display: flex; flex-wrap: wrap; gap: 12px; justify-content: flex-end; }
      button { padding: 8px 20px; white-space: nowrap; }
      button[aria-checked='true'] { background: var(--brand); color: var(--brand-ink); }
      @media (orientation: landscape) {
        :host { flex-direction: column; align-items: stretch; }
      }
    `,
  ];

  override render() {
    const s = this.state;
    const other = otherLang(s.lang);
    const elderly = s.mode === 'elderly';
    return html`
      <button lang=${other} @click=${() => flow.setLang(other)}>${this.t('lang.switch')}</button>
      <button role="switch" aria-checked=${elderly ? 'true' : 'false'} @click=${() => flow.setMode(elderly ? 'standard' : 'elderly')}>
        ${this.t('switch.state', { name: this.t('mode.elderly'), state: this.t(elderly ? 'voice.on' : 'voice.off') })}
      </button>
      <button role="switch" aria-checked=${s.muted ? 'false' : 'true'} @click=${() => flow.setMuted(!s.muted)}>
        ${this.t('switch.state', { name: this.t('voice.sound'), state: this.t(s.muted ? 'voice.off' : 'voice.on') })}
      </button>
    `;
  }
}
