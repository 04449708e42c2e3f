// What the patient does, step by step: each action calls the daemon and moves the state on; each
// daemon event is taken in here. The screens only call these actions. Identification and
// settlement have their own parts (identify-flow.ts, settlement-flow.ts); this keeps the rest:
// preferences, the terminal, going back, the survey, the end of a session, and help.
import { ApiError, type Api } from '../api.ts';
import type { Mode, StartOptions } from '../config.ts';
import type { KioskEvent } from '../events.ts';
import type { Lang } from '../i18n/i18n.ts';
import { FlowContext } from './flow-context.ts';
import { IdentifyFlow } from './identify-flow.ts';
import { SettlementFlow } from './settlement-flow.ts';
import { PATIENT_FIELDS_CLEARED, type KioskState, type ScreenName, type Store } from './store.ts';

const BACK: Partial<Record<ScreenName, ScreenName>> = { identify: 'welcome', person: 'identify', bills: 'person', split: 'bills', consent: 'split' };

export class Flow {
  readonly identify: IdentifyFlow;
  readonly settlement: SettlementFlow;
  private readonly ctx: FlowContext;

  constructor(
    store: Store,
    private readonly api: Api,
    private readonly start: StartOptions,
  ) {
    this.ctx = new FlowContext(store, api);
    this.identify = new IdentifyFlow(this.ctx);
    this.settlement = new SettlementFlow(this.ctx);
  }

  private get s(): KioskState {
    return this.ctx.s;
  }

  private set(patch: Partial<KioskState>): void {
    this.ctx.set(patch);
  }

  private go(screen: ScreenName, patch: Partial<KioskState> = {}): void {
    this.ctx.go(screen, patch);
  }

  // —— preferences ——

  setLang(lang: Lang): void {
    this.set({ lang });
  }

  setMode(mode: Mode): void {
    this.set({ mode, elderlyOffer: false, ...(mode === 'elderly' ? { muted: false } : {}) });
  }

  setMuted(muted: boolean): void {
    this.set({ muted });
  }

  /** Back to how this terminal starts, for the next patient. */
  resetPreferences(): void {
    this.set({ lang: this.start.lang, mode: this.start.mode, muted: false });
  }

  // —— terminal ——

  async refreshHealth(): Promise<void> {
    try {
      const health = await this.api.health();
      this.set({ health, healthFailed: false, devices: { ...health.devices } });
    } catch {
      this.set({ healthFailed: true });
    }
  }

  onEvent(e: KioskEvent): void {
    const s = this.s;
    switch (e.type) {
      case 'hello':
        this.set({ devices: { ...e.devices } });
        void this.refreshHealth();
        void this.resync();
        return;
      case 'device.state':
        this.set({ devices: { ...s.devices, [e.device]: { state: e.state, reason: e.reason } } });
        return;
      case 'session.closed':
        if (s.session?.sessionId === e.sessionId && e.reason !== 'replaced') this.sessionEndedElsewhere();
        return;
      default:
        if (!this.identify.onEvent(e)) this.settlement.onEvent(e);
    }
  }

  /** After a reconnect: is our session still there, did the payment arrive meanwhile? */
  private async resync(): Promise<void> {
    const s = this.s;
    if (s.screen === 'payment' && s.presettlement) await this.settlement.checkPayment(false);
    else if (s.session && s.screen !== 'goodbye') {
      try {
        await this.api.session(s.session.sessionId);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) this.sessionEndedElsewhere();
      }
    }
  }

  private sessionEndedElsewhere(): void {
    const s = this.s;
    if (['payment', 'done', 'survey', 'goodbye'].includes(s.screen)) return;
    this.set({ ...PATIENT_FIELDS_CLEARED });
    this.ctx.fail({ message: { key: 'error.sessionEnded' }, money: s.presettlement ? 'not-charged' : undefined, action: 'restart' });
  }

  // —— finish ——

  toSurvey(): void {
    this.go('survey', { rating: undefined, comments: [] });
  }

  rate(rating: number): void {
    this.set({ rating: this.s.rating === rating ? undefined : rating });
  }

  toggleComment(key: string): void {
    const comments = this.s.comments.includes(key) ? this.s.comments.filter((c) => c !== key) : [...this.s.comments, key];
    this.set({ comments });
  }

  /** Posts the rating when there is one; whatever the answer, thanks the patient and moves on. */
  async submitSurvey(commentText: (key: string) => string): Promise<void> {
    const { rating, session, comments } = this.s;
    if (rating !== undefined) {
      const text = comments.map(commentText).join('；');
      await this.api.survey({ ...(session ? { sessionId: session.sessionId } : {}), rating, ...(text ? { comments: text } : {}) }).catch(() => undefined);
    }
    await this.end({ idle: false, thanks: rating !== undefined });
  }

  /** Ends the session, wipes everything of the patient, and says goodbye with what happened. */
  async end(how: { idle: boolean; thanks?: boolean }): Promise<void> {
    const s = this.s;
    const outcome = s.settled ? 'settled' : s.presettlement || s.payment ? 'not-charged' : 'none';
    const sessionId = s.session?.sessionId;
    this.ctx.retryAction = undefined;
    this.go('goodbye', { ...PATIENT_FIELDS_CLEARED, ending: { idle: how.idle, outcome, thanks: how.thanks ?? false } });
    if (sessionId) await this.api.endSession(sessionId).catch(() => undefined);
  }

  home(): void {
    this.go('welcome', { ...PATIENT_FIELDS_CLEARED, ending: undefined });
    this.resetPreferences();
  }

  back(): void {
    const s = this.s;
    if (s.screen === 'identify' && s.identifyMethod) return this.identify.chooseMethod(undefined);
    const to = BACK[s.screen];
    if (!to || s.busy) return;
    if (s.screen === 'person') {
      const sessionId = s.session?.sessionId;
      this.go('identify', { ...PATIENT_FIELDS_CLEARED });
      if (sessionId) void this.api.endSession(sessionId).catch(() => undefined);
      return;
    }
    this.go(to);
  }

  canGoBack(): boolean {
    const s = this.s;
    return !s.busy && (BACK[s.screen] !== undefined || (s.screen === 'identify' && s.identifyMethod !== undefined));
  }

  retry(): void {
    const action = this.ctx.retryAction;
    this.ctx.retryAction = undefined;
    if (action) void action();
    else void this.end({ idle: false });
  }

  // —— help ——

  async callStaff(): Promise<void> {
    this.set({ overlay: 'staff', staffNotified: false });
    try {
      await this.api.callStaff({ sessionId: this.s.session?.sessionId, screen: this.s.screen });
      this.set({ staffNotified: true });
    } catch {
      this.set({ staffNotified: false });
    }
  }

  closeOverlay(): void {
    this.set({ overlay: 'none' });
  }
}
