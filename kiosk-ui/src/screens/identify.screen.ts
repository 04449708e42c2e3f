// Identify: 医保码, ID card, face, and the social security card. Each way shows what to do as an
// animation; the card reader and scanner work whichever is shown, and the screen moves on by itself
// when the daemon says who it is (session.opened). The daemon reads no social security card yet
// (no such reader among its devices): its tile then says so and what to use instead.
import { sentences } from '../i18n/i18n.ts';
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
      /* The bedside tablet: smaller pictures on the side tiles, so the 医保码 tile stays wholly on the screen. */
      @media (orientation: landscape) and (max-height: 900px) {
        .tile:not(.main) how-to-animation { height: calc(var(--art-h) * 0.6); max-height: calc(var(--art-h) * 0.6); }
      }
      .tile.ssc { grid-column: 1 / -1; flex-direction: row; flex-wrap: wrap; justify-content: center; column-gap: 24px; }
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
    if (s.identifyMethod === 'ssc' && !this.sscReader) return this.t('identify.ssc.none');
    return this.t(s.identifyMethod ? PROMPT[s.identifyMethod] : 'identify.prompt');
  }

  /** A social security card reader that says it is ready; none of the daemon's devices is one yet. */
  private get sscReader(): boolean {
    const status = (this.state.devices as Record<string, { state: string } | undefined>).ssc;
    return status?.state === 'ready';
  }

  private available(method: IdentifyMethod): boolean {
    const device = DEVICE[method];
    const status = (this.state.devices as Record<string, { state: string } | undefined>)[device];
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
      ${this.tile('ecqr', true)} ${this.tile('idcard')} ${this.tile('face')}
      ${this.sscReader
        ? this.tile('ssc')
        : html`<button class="tile ssc" @click=${() => flow.identify.chooseMethod('ssc')}>
            <span>${this.t('identify.ssc')}</span><span class="how">${this.t('identify.ssc.noReader')}</span>
          </button>`}
    </div>`;
  }

  /** No reader: what to use instead, and staff one touch away. */
  private renderNoSsc() {
    return html`<div class="actions">
      <button class="primary" @click=${() => flow.identify.chooseMethod(undefined)}>${this.t('identify.other')}</button>
      <button class="secondary" @click=${() => void flow.callStaff()}>${this.t('staff.call')}</button>
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

  /**
   * Why it failed, and staff to ask. The daemon's reason says itself what to do (try again, use
   * another way, or, for a refusal no retry can help, what instead): nothing is added that would
   * contradict it.
   */
  private failure(): string {
    const reason = this.message(this.state.identifyError);
    const staff = /工作人员|staff/i.test(reason);
    return sentences(this.language, [reason, staff ? '' : this.t('identify.failed.help')]);
  }

  override render() {
    const s = this.state;
    const method = s.identifyMethod;
    return html`
      <div role="status">
        <h1 class="prompt">${s.identifying ? html`<span class="spinner" aria-hidden="true"></span> ` : nothing}${this.prompt}</h1>
      </div>
      ${s.notice && !s.identifyError ? html`<p class="status warn" role="status">${this.message(s.notice)}</p>` : nothing}
      ${s.identifyError ? html`<p class="status bad" role="status">${this.failure()}</p>` : nothing}
      ${method === 'face'
        ? this.renderFace()
        : method === 'ssc' && !this.sscReader
          ? this.renderNoSsc()
          : method
            ? this.renderFocus(method)
            : s.identifying
              ? nothing
              : this.renderChoices()}
    `;
  }
}
