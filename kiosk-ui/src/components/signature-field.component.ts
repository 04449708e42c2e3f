// The consent signature: a pad to sign with a finger and a button to start again. `empty` tells
// whether anything was drawn; `toDataURL()` gives the PNG the daemon archives with the consent.
import { LitElement, css, html } from 'lit';
import SignaturePad from 'signature_pad';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

export class SignatureField extends LocalizeMixin(LitElement) {
  static override styles = [
    shared,
    css`
      :host { display: flex; flex-direction: column; gap: 12px; }
      .pad { position: relative; border: 4px dashed var(--brand); border-radius: var(--radius); background: #fff; height: var(--pad-h, 280px); touch-action: none; }
      canvas { width: 100%; height: 100%; display: block; border-radius: var(--radius); }
      .label { font-size: var(--fs-lead); font-weight: 700; }
      /* "Sign again" in the pad's corner: a row of its own would push the pad under the pinned
         actions on a short screen. */
      .again { position: absolute; top: 8px; right: 8px; }
      @media (max-height: 900px) { .pad { height: 200px; } }
    `,
  ];

  private pad?: SignaturePad;
  private readonly resize = (): void => this.fit();

  get empty(): boolean {
    return this.pad?.isEmpty() ?? true;
  }

  toDataURL(): string {
    return this.pad?.toDataURL('image/png') ?? '';
  }

  protected override firstUpdated(): void {
    const canvas = this.renderRoot.querySelector('canvas')!;
    this.pad = new SignaturePad(canvas, { minWidth: 1.5, maxWidth: 4, penColor: '#000' });
    this.pad.addEventListener('endStroke', () => this.dispatchEvent(new CustomEvent('signed')));
    this.fit();
    window.addEventListener('resize', this.resize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.resize);
    this.pad?.off();
  }

  /** The canvas backing store follows its box and the screen's pixel ratio; resizing clears it. */
  private fit(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.pad) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')!.scale(ratio, ratio);
    this.pad.clear();
  }

  clear(): void {
    this.pad?.clear();
  }

  override render() {
    return html`
      <p class="label" id="sign-label">${this.t('consent.sign')}</p>
      <div class="pad">
        <canvas role="img" aria-labelledby="sign-label"></canvas>
        <button class="again" @click=${() => this.clear()}>${this.t('consent.clear')}</button>
      </div>
    `;
  }
}
