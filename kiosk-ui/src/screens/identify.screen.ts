// Identify: 医保码, ID card, face (and the social security card where the terminal has a reader).
// Each way shows what to do as an animation; the card reader and scanner work whichever is shown,
// and the screen moves on by itself when the daemon says who it is (session.opened).
import { css, html, nothing } from 'lit';
import type { DeviceKind } from '../api.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import type { IdentifyMethod } from '../state/store.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

const DEVICE: Record<IdentifyMethod, DeviceKind | 'ssc'> = { ecqr: 'scanner', idcard: 'idcard', face: 'camera', ssc: 'ssc' };
const PROMPT: Record<IdentifyMethod, StringKey> = { ecqr: 'identify.prompt.ecqr', idcard: 'identify.prompt.idcard', face: 'face.prompt', ssc: 'identify.prompt.ssc' };

export class IdentifyScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .tiles { display: grid; grid-template-columns: 1fr 1fr; gap: var(--gap); }
      .tile { display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 16px; font-size: var(--fs-lead); }
      .tile .how { font-size: var(--fs-small); font-weight: 400; color: var(--ink-soft); }
      .tile.main { grid-column: 1 / -1; background: var(--brand); color: var(--brand-ink); box-shadow: 0 6px 0 #00241b; }
      .tile.main .how { color: var(--brand-ink); font-size: var(--fs-body); }
      .tile how-to-animation { width: 100%; height: calc(var(--art-h) * 0.7); max-height: calc(var(--art-h) * 0.7); }
      .tile.main how-to-animation { height: var(--art-h); max-height: var(--art-h); background: #fff; border-radius: 12px; }
      .focus how-to-animation { height: calc(var(--art-h) * 1.8); max-height: calc(var(--art-h) * 1.8); }
      .digits { font-size: var(--fs-amount); font-weight: 700; letter-spacing: 0.08em; min-height: 1.5em; font-variant-numeric: tabular-nums; word-break: break-all; }
      .face { display: grid; gap: var(--gap); }
      @media (orientation: landscape) {
        .tiles { grid-template-columns: 2fr 1fr 1fr; }
        .tile.main { grid-column: auto; }
        .tile how-to-animation, .tile.main how-to-animation { height: var(--art-h); max-height: var(--art-h); }
        .face { grid-template-columns: 1fr 1fr; align-items: start; }
      }
    `,
  ];

  override get prompt(): string {
    const s = this.state;
    if (s.identifying === 'face') return this.t('face.look');
    if (s.identifying) return this.t('identify.checking');
    return this.t(s.identifyMethod ? PROMPT[s.identifyMethod] : 'identify.prompt');
  }

  private available(method: IdentifyMethod): boolean {
    const device = DEVICE[method];
    const status = (this.state.devices as Record<string, { state: string } | undefined>)[device];
    if (method === 'ssc') return status !== undefined && status.state === 'ready';
    return status === undefined || ['ready', 'busy', 'connecting'].includes(status.state);
  }

  private tile(method: IdentifyMethod, main = false) {
    const ok = this.available(method);
    return html`<button class="tile ${main ? 'main' : ''}" ?disabled=${!ok} @click=${() => flow.identify.chooseMethod(method)}>
      <how-to-animation kind=${method}></how-to-animation>
      <span>${this.t(`identify.${method}` as StringKey)}</span>
      <span class="how">${ok ? this.t(`identify.${method}.how` as StringKey) : this.t('identify.unavailable')}</span>
    </button>`;
  }

  private renderChoices() {
    return html`<div class="tiles">
      ${this.tile('ecqr', true)} ${this.tile('idcard')} ${this.tile('face')} ${this.available('ssc') ? this.tile('ssc') : nothing}
    </div>`;
  }

  private renderFocus(method: IdentifyMethod) {
    return html`<div class="focus"><how-to-animation kind=${method}></how-to-animation></div>
      <div class="actions"><button class="primary" @click=${() => flow.identify.chooseMethod(undefined)}>${this.t('identify.other')}</button></div>`;
  }

  private renderFace() {
    const s = this.state;
    if (s.identifying === 'face') return html`<div class="focus"><how-to-animation kind="face"></how-to-animation></div>`;
    return html`<div class="face">
        <div class="stack">
          <p class="small" id="digits-label">${this.t('face.number')}</p>
          <p class="digits" aria-labelledby="digits-label" aria-live="polite">${s.faceDigits || '—'}</p>
          <p class="small">${this.t('face.entered', { n: s.faceDigits.length })}</p>
        </div>
        <id-keypad @key=${(e: CustomEvent<string>) => flow.identify.faceKey(e.detail)} @delete=${() => flow.identify.faceDelete()} @clear=${() => flow.identify.faceClear()}></id-keypad>
      </div>
      <div class="actions">
        <button class="primary" ?disabled=${s.busy} @click=${() => void flow.identify.faceStart()}>${this.t('face.start')}</button>
      </div>`;
  }

  override render() {
    const s = this.state;
    const method = s.identifyMethod;
    return html`
      <div role="status">
        <h1 class="prompt">${s.identifying ? html`<span class="spinner" aria-hidden="true"></span> ` : nothing}${this.prompt}</h1>
      </div>
      ${s.notice && !s.identifyError ? html`<p class="status warn" role="status">${this.message(s.notice)}</p>` : nothing}
      ${s.identifyError
        ? html`<p class="status bad" role="status">${this.message(s.identifyError)} ${this.t('identify.failed.next')}</p>`
        : nothing}
      ${method === 'face' ? this.renderFace() : method ? this.renderFocus(method) : s.identifying ? nothing : this.renderChoices()}
    `;
  }
}
