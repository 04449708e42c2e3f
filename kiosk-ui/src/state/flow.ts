// What the patient does, step by step: each action calls the daemon and moves the state on; each
// daemon event is taken in here. The screens only call these actions. Identification, settlement
// and each service of the menu have their own parts (*-flow.ts); this keeps the rest: the menu,
// preferences, the terminal, going back, the survey, the end of a session, and help.
import { ApiError, type Api } from '../api.ts';
import type { Mode, StartOptions } from '../config.ts';
import type { KioskEvent } from '../events.ts';
import type { Lang } from '../i18n/i18n.ts';
import { ComplaintFlow } from './complaint-flow.ts';
import { FilingFlow } from './filing-flow.ts';
import { FlowContext } from './flow-context.ts';
import { IdentifyFlow } from './identify-flow.ts';
import { InfoFlow } from './info-flow.ts';
import { PharmacyFlow } from './pharmacy-flow.ts';
import { PricesFlow } from './prices-flow.ts';
import { RecordsFlow } from './records-flow.ts';
import { SettlementFlow } from './settlement-flow.ts';
import { PATIENT_FIELDS_CLEARED, type KioskState, type ScreenName, type ServiceId, type Store } from './store.ts';

const BACK: Partial<Record<ScreenName, ScreenName>> = {
  identify: 'welcome',
  person: 'identify',
  bills: 'person',
  split: 'bills',
  consent: 'split',
  'filing-kinds': 'services',
  prices: 'services',
  info: 'services',
  records: 'services',
  complaint: 'services',
  'pharmacy-buyer': 'services',
};

/** Services that are for an identified person: the menu sends the patient to identify first. */
export const NEEDS_IDENTITY: readonly ServiceId[] = ['settle', 'filing', 'records', 'pharmacy'];

const short = () => typeof window !== 'undefined' && window.innerHeight < 1000;

export class Flow {
  readonly identify: IdentifyFlow;
  readonly settlement: SettlementFlow;
  readonly filing: FilingFlow;
  readonly prices: PricesFlow;
  readonly info: InfoFlow;
  readonly records: RecordsFlow;
  readonly complaint: ComplaintFlow;
  readonly pharmacy: PharmacyFlow;
  private readonly ctx: FlowContext;

  constructor(
    store: Store,
    private readonly api: Api,
    private readonly start: StartOptions,
  ) {
    this.ctx = new FlowContext(store, api);
    this.identify = new IdentifyFlow(this.ctx);
    this.settlement = new SettlementFlow(this.ctx);
    this.filing = new FilingFlow(this.ctx);
    this.prices = new PricesFlow(this.ctx, () => (this.s.mode === 'elderly' ? (short() ? 2 : 3) : short() ? 3 : 5));
    this.info = new InfoFlow(this.ctx);
    this.records = new RecordsFlow(this.ctx);
    this.complaint = new ComplaintFlow(this.ctx);
    this.pharmacy = new PharmacyFlow(this.ctx);
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

  // —— the service menu ——

  services(): void {
    this.go('services');
  }

  /** A service from the menu; one for an identified person goes through identification first. */
  choose(service: ServiceId): void {
    if (NEEDS_IDENTITY.includes(service) && !this.s.session) {
      this.identify.begin();
      this.set({ service });
      return;
    }
    this.set({ service });
    this.startService(service);
  }

  /** The person checked their details: on to what they came for (paying, by default). */
  proceed(): void {
    const chosen = this.s.service;
    this.startService(chosen && NEEDS_IDENTITY.includes(chosen) ? chosen : 'settle');
  }

  private startService(service: ServiceId): void {
    switch (service) {
      case 'settle':
        return void this.settlement.showBills();
      case 'filing':
        return this.filing.kinds();
      case 'records':
        return void this.records.show();
      case 'pharmacy':
        return this.pharmacy.begin();
      case 'prices':
        return this.prices.open();
      case 'info':
        return void this.info.open();
      case 'complaint':
        return void this.complaint.open();
    }
  }

  /** A wedge scanner's burst: a trace code while selling drugs, otherwise identification. */
  wedge(code: string): void {
    if (this.s.screen === 'pharmacy-sale') void this.pharmacy.wedge(code);
    else void this.identify.wedgeScan(code);
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

  /** Whether this terminal sells drugs: its pharmacy routes answer (404 PHARMACY_DISABLED elsewhere). */
  async probePharmacy(): Promise<void> {
    try {
      await this.api.openSales();
      this.set({ pharmacy: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.set({ pharmacy: false });
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
        if (!this.identify.onEvent(e) && !this.pharmacy.onEvent(e)) this.settlement.onEvent(e);
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
    this.go('goodbye', { ...PATIENT_FIELDS_CLEARED, service: undefined, pendingBills: [], ending: { idle: how.idle, outcome, thanks: how.thanks ?? false } });
    if (sessionId) await this.api.endSession(sessionId).catch(() => undefined);
  }

  home(): void {
    this.go('welcome', { ...PATIENT_FIELDS_CLEARED, service: undefined, pendingBills: [], ending: undefined });
    this.resetPreferences();
  }

  back(): void {
    const s = this.s;
    if (s.screen === 'identify' && s.identifyMethod) return this.identify.chooseMethod(undefined);
    if (this.filing.back() || this.info.back() || this.records.back() || this.complaint.back() || this.pharmacy.back()) return;
    if (s.screen === 'services') return s.session ? this.go('person') : this.home();
    if (s.screen === 'identify' && s.service && !s.session) return this.go('services');
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
    if (s.busy) return false;
    const inner: ScreenName[] = ['services', 'filing-step', 'filing-review', 'filings', 'filing-revoke', 'info-page', 'record-visit'];
    return BACK[s.screen] !== undefined || inner.includes(s.screen) || (s.screen === 'identify' && s.identifyMethod !== undefined);
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
