// Welcome / attract: what this terminal does, and one big way to start. A card on the reader or a
// 医保码 under the scanner starts as well.
import { css, html, nothing } from 'lit';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class WelcomeScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      ul { padding-left: 1.2em; display: flex; flex-direction: column; gap: 8px; }
      .how { display: grid; grid-template-columns: 1fr 1fr; gap: var(--gap); }
      .how figure { margin: 0; display: flex; flex-direction: column; align-items: center; gap: 8px; }
      how-to-animation { width: 100%; height: var(--art-h); max-height: var(--art-h); }
      figcaption { font-size: var(--fs-body); font-weight: 700; text-align: center; }
      @media (orientation: landscape) { .body { display: grid; grid-template-columns: 1fr 1fr; gap: var(--gap); align-items: start; } }
    `,
  ];

  override get prompt(): string {
    return this.t('welcome.prompt');
  }

  protected override firstUpdated(): void {
    // The bench measures navigation start → this mark: the first screen can take a touch.
    performance.mark('kiosk:interactive');
  }

  override render() {
    const s = this.state;
    const notReady = s.healthFailed || (s.health && (!s.health.platform.reachable || !s.health.platform.signedIn));
    const elderly = s.mode === 'elderly';
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${notReady ? html`<p class="status bad" role="status">${this.t('welcome.notReady')}</p>` : nothing}
      <div class="body">
        <section class="panel stack">
          <h2>${this.t('welcome.can')}</h2>
          <ul>
            <li>${this.t('welcome.service.settle')}</li>
            <li>${this.t('welcome.service.more')}</li>
            <li>${this.t('welcome.service.id')}</li>
            ${elderly ? nothing : html`<li>${this.t('welcome.service.receipt')}</li>`}
          </ul>
        </section>
        <div class="how">
          <figure><how-to-animation kind="ecqr"></how-to-animation><figcaption>${this.t('identify.ecqr')}</figcaption></figure>
          <figure><how-to-animation kind="idcard"></how-to-animation><figcaption>${this.t('identify.idcard')}</figcaption></figure>
        </div>
      </div>
      <div class="actions">
        <button class="primary" @click=${() => flow.identify.begin()}>${this.t('welcome.start')}</button>
        <button class="secondary" @click=${() => flow.services()}>${this.t('welcome.more')}</button>
      </div>
    `;
  }
}
