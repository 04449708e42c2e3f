// Keyboard-wedge scanner input: a hidden, focused field (so the scanner's keystrokes land
// somewhere harmless) and a window-level catcher that takes every burst ending in Enter before
// anything else sees it. A complete code is sent up as a `wedge-scan` event.
import { LitElement, css, html } from 'lit';
import { WedgeCatcher } from '../wedge.ts';

export class WedgeInput extends LitElement {
  static override styles = css`
    input { position: fixed; left: -10000px; top: 0; width: 1px; height: 1px; opacity: 0; border: 0; padding: 0; }
  `;

  private readonly catcher = new WedgeCatcher();
  private keeper?: number;

  private readonly onKey = (e: KeyboardEvent): void => {
    const verdict = this.catcher.key(e.key, e.timeStamp);
    if (verdict.consume) {
      e.preventDefault();
      e.stopPropagation();
    }
    if (verdict.code) this.dispatchEvent(new CustomEvent<string>('wedge-scan', { detail: verdict.code, bubbles: true, composed: true }));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey, true);
    // Focus comes back here whenever nothing else holds it (a screen change drops it on <body>).
    this.keeper = window.setInterval(() => this.keepFocus(), 500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey, true);
    window.clearInterval(this.keeper);
  }

  protected override firstUpdated(): void {
    this.keepFocus();
  }

  private keepFocus(): void {
    const active = document.activeElement;
    if (active === null || active === document.body) this.renderRoot.querySelector('input')?.focus({ preventScroll: true });
  }

  override render() {
    return html`<input aria-label="扫码输入 Scanner input" inputmode="none" autocomplete="off" tabindex="-1" />`;
  }
}
