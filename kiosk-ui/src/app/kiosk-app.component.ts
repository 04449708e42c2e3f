// The app shell: switches, progress, the current screen (or the idle question / staff call in its
// place, never a pop-up), help, and the wedge scanner input. Takes daemon events for the flow,
// keeps the voice in step with the state, and watches for an idle patient.
import { LitElement, html } from 'lit';
import { idleTimes } from '../config.ts';
import { IdleWatch } from '../idle.ts';
import { EventsMixin } from '../mixins/events-mixin.ts';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { StoreMixin } from '../mixins/store-mixin.ts';
import type { KioskEvent } from '../events.ts';
import { flow, options, store } from '../state/kiosk.ts';
import type { KioskState } from '../state/store.ts';
import { tokens } from '../styles/tokens.ts';
import { shared } from '../styles/shared.ts';
import { voice } from '../voice.ts';
import { appStyles } from './kiosk-app.styles.ts';
import { renderScreen } from './screens.ts';

/** Not while the patient pays on their phone, the terminal works, or the goodbye counts down by itself. */
function idlePaused(s: KioskState): boolean {
  return s.busy || s.screen === 'goodbye' || (s.screen === 'payment' && s.paymentPhase !== 'expired');
}

export class KioskApp extends EventsMixin(LocalizeMixin(StoreMixin(LitElement))) {
  static override styles = [tokens, shared, appStyles];

  private unsubscribe?: () => void;
  private readonly idle = new IdleWatch({
    warn: (seconds) => {
      if (store.state.screen === 'welcome') {
        // Nobody is being served: quietly put the terminal back the way it starts.
        flow.resetPreferences();
        this.idle.watch();
        return;
      }
      store.set({ overlay: 'idle', idleSecondsLeft: seconds });
    },
    tick: (seconds) => store.set({ idleSecondsLeft: seconds }),
    expire: () => void flow.end({ idle: true }),
  });
  private readonly onTouch = (): void => this.idle.touch();
  /** A long press must not open a browser menu over the screen. */
  private readonly noMenu = (e: Event): void => e.preventDefault();

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = store.subscribe((now, before) => this.follow(now, before));
    this.follow(store.state, undefined);
    window.addEventListener('pointerdown', this.onTouch, true);
    window.addEventListener('keydown', this.onTouch, true);
    window.addEventListener('contextmenu', this.noMenu);
    void flow.refreshHealth();
    void flow.probePharmacy();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.idle.stop();
    window.removeEventListener('pointerdown', this.onTouch, true);
    window.removeEventListener('keydown', this.onTouch, true);
    window.removeEventListener('contextmenu', this.noMenu);
  }

  protected override onKioskEvent(event: KioskEvent): void {
    // A package scanned at the counter is someone at work, as much as a touch is.
    if (event.type.startsWith('pharmacy.')) this.idle.touch();
    flow.onEvent(event);
  }

  /** Keeps the page, the voice and the idle watch in step with the state. */
  private follow(now: KioskState, before: KioskState | undefined): void {
    if (now.mode !== before?.mode) {
      this.setAttribute('mode', now.mode);
      voice.rate = now.mode === 'elderly' ? 0.8 : 1;
      const { idleMs, graceMs } = idleTimes(options, now.mode);
      this.idle.configure(idleMs, graceMs);
    }
    if (now.lang !== before?.lang) document.documentElement.lang = now.lang;
    if (now.muted !== before?.muted) voice.setMuted(now.muted);
    if (now.screen !== before?.screen && before) voice.stop();
    if (idlePaused(now)) {
      this.idle.stop();
    } else if (now.screen !== before?.screen || (before && idlePaused(before)) || (before?.overlay === 'idle' && now.overlay !== 'idle')) {
      this.idle.watch();
    }
  }

  private shown = '';

  /** A new screen starts at its top, not where the last one was scrolled to. */
  protected override updated(): void {
    const s = this.state;
    const shown = `${s.screen}/${s.overlay}`;
    if (shown !== this.shown) {
      this.shown = shown;
      const main = this.renderRoot.querySelector('main');
      if (main) main.scrollTop = 0;
    }
  }

  private stillHere(): void {
    flow.closeOverlay();
    this.idle.watch();
  }

  override render() {
    const s = this.state;
    const main =
      s.overlay === 'idle'
        ? html`<idle-check @idle-continue=${() => this.stillHere()} @idle-end=${() => void flow.end({ idle: false })}></idle-check>`
        : s.overlay === 'staff'
          ? html`<staff-call></staff-call>`
          : renderScreen(s.screen);
    return html`
      <header class="top">
        <p class="title">${this.t('app.title')}</p>
        <pref-switches class="prefs-top"></pref-switches>
      </header>
      <step-progress role="region" aria-label=${this.t('progress.label')}></step-progress>
      <main>${main}</main>
      <aside class="rail" aria-label=${this.t('help.label')}>
        <pref-switches class="prefs-rail"></pref-switches>
        <help-bar></help-bar>
        <wedge-input @wedge-scan=${(e: CustomEvent<string>) => flow.wedge(e.detail)}></wedge-input>
      </aside>
    `;
  }
}
