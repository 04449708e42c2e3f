// "还在吗?" — asked in the page (not a pop-up) after a while without a touch, with the seconds left.
import { css, html } from 'lit';
import { ScreenElement, screenStyles } from '../screens/screen-element.ts';
import { shared } from '../styles/shared.ts';

export class IdleCheck extends ScreenElement {
  static override styles = [shared, screenStyles, css`.count { font-size: var(--fs-amount); font-weight: 700; }`];

  override get prompt(): string {
    return this.t('idle.prompt');
  }

  private answer(kind: 'continue' | 'end'): void {
    this.dispatchEvent(new CustomEvent(`idle-${kind}`, { bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <p class="count" role="timer">${this.t('idle.countdown', { seconds: this.state.idleSecondsLeft })}</p>
      <div class="actions">
        <button class="primary" @click=${() => this.answer('continue')}>${this.t('idle.continue')}</button>
        <button class="secondary" @click=${() => this.answer('end')}>${this.t('idle.end')}</button>
      </div>
    `;
  }
}
