// A QR code drawn on a canvas, named for screen readers by `label`.
import { LitElement, css, html } from 'lit';
import { toCanvas } from 'qrcode';

export class QrCode extends LitElement {
  static override properties = { text: {}, label: {}, size: { type: Number } };
  text = '';
  label = '';
  size = 320;

  static override styles = css`
    :host { display: inline-block; background: #fff; padding: 16px; border: 3px solid #111a18; border-radius: 12px; line-height: 0; }
    canvas { display: block; }
  `;

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('text') && !changed.has('size')) return;
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas && this.text) void toCanvas(canvas, this.text, { width: this.size, margin: 1, errorCorrectionLevel: 'M' });
  }

  override render() {
    return html`<canvas role="img" aria-label=${this.label} width=${this.size} height=${this.size}></canvas>`;
  }
}
