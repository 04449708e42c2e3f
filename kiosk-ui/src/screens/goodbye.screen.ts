// Goodbye: what happened (finished, or ended for lack of activity, and whether money moved),
// that the patient's data is gone from the terminal, then back to welcome by itself.
import { html } from 'lit';
import { sentences } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { ScreenElement } from './screen-element.ts';

const HOME_MS = { standard: 12_000, elderly: 20_000 };

export class GoodbyeScreen extends ScreenElement {
  private timer?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = window.setTimeout(() => flow.home(), HOME_MS[this.state.mode]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.timer);
  }

  override get prompt(): string {
    const ending = this.state.ending;
    const parts: string[] = [];
    if (ending?.idle) parts.push(this.t('goodbye.idle'));
    if (ending?.outcome === 'settled') parts.push(this.t('goodbye.settled'));
    if (ending?.outcome === 'not-charged') parts.push(this.t('goodbye.notCharged'));
    parts.push(this.t(ending?.thanks ? 'goodbye.thanks' : 'goodbye.thanksUse'), this.t('goodbye.prompt'));
    return sentences(this.language, parts);
  }

  override render() {
    return html`
      <div role="status"><h1 class="prompt">${this.prompt}</h1></div>
      <p class="lead">${this.t('goodbye.wiped')}</p>
      <div class="actions">
        <button class="primary" @click=${() => flow.home()}>${this.t('goodbye.home')}</button>
      </div>
    `;
  }
}
