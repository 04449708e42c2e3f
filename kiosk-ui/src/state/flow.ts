// What the patient does, step by step: each action calls the daemon and moves the state on; each
// daemon event is taken in here. The screens only call these actions.
import { ApiError, type Api, type AwaitingPayment, type Bill, type Session, type Settled, type SettlementState } from '../api.ts';
import type { Mode, StartOptions } from '../config.ts';
import type { KioskEvent } from '../events.ts';
import type { Lang } from '../i18n/i18n.ts';
import { PATIENT_FIELDS_CLEARED, type IdentifyMethod, type KioskState, type Message, type Problem, type ScreenName, type Store } from './store.ts';

const errorMessage = (err: unknown): Message => (err instanceof ApiError ? { text: err.bilingual } : { key: 'error.network' });

/** Screens where a card or code may start a new patient's session. */
const OPEN_TO_NEW_SESSION: ScreenName[] = ['welcome', 'identify', 'person', 'bills', 'goodbye', 'problem'];

const BACK: Partial<Record<ScreenName, ScreenName>> = { identify: 'welcome', person: 'identify', bills: 'person', split: 'bills', consent: 'split' };

export const FACE_ID_LENGTH = 18;

/** The settleable bills of the first bill's medical type: the platform settles one type at a time. */
export function firstKind(bills: Bill[]): string[] {
  const settleable = bills.filter((b) => b.settleable);
  const medType = settleable[0]?.medType;
  return settleable.filter((b) => b.medType === medType).map((b) => b.billId);
}

export class Flow {
  private retryAction: (() => Promise<void>) | undefined;

  constructor(
    private readonly store: Store,
    private readonly api: Api,
    private readonly start: StartOptions,
  ) {}

  private get s(): KioskState {
    return this.store.state;
  }

  private set(patch: Partial<KioskState>): void {
    this.store.set(patch);
  }

  private go(screen: ScreenName, patch: Partial<KioskState> = {}): void {
    this.set({ notice: undefined, overlay: 'none', ...patch, screen });
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
      case 'identify.started':
        if (OPEN_TO_NEW_SESSION.includes(s.screen) && !s.session) this.go('identify', { identifying: e.via, identifyError: undefined });
        return;
      case 'identify.failed':
        if (s.identifying || (OPEN_TO_NEW_SESSION.includes(s.screen) && !s.session)) {
          this.go('identify', { identifying: undefined, identifyError: { text: e.reason } });
        }
        return;
      case 'session.opened': {
        const { type: _type, ...session } = e;
        this.openSession(session);
        return;
      }
      case 'session.closed':
        if (s.session?.sessionId === e.sessionId && e.reason !== 'replaced') this.sessionEndedElsewhere();
        return;
      case 'scan.rejected':
        if (s.screen === 'welcome' || s.screen === 'identify') this.go('identify', { identifyError: { text: e.reason } });
        return;
      case 'scan.read':
        if (s.screen === 'welcome' || s.screen === 'identify') this.go('identify', { identifyError: { key: 'identify.scan.notEcqr' } });
        return;
      default:
        this.onSettlementEvent(e);
    }
  }

  private onSettlementEvent(e: KioskEvent): void {
    if (!('settlementId' in e) || e.settlementId !== this.s.presettlement?.settlementId) return;
    switch (e.type) {
      case 'settlement.paid':
        this.set({ paymentPhase: 'paid', notice: undefined });
        return;
      case 'settlement.settled':
        this.showSettled({ status: 'settled', settlementId: e.settlementId, setlId: e.setlId, split: e.split, receipt: e.receipt, invoiceUrl: e.invoiceUrl });
        return;
      case 'settlement.failed':
        this.fail({ message: { text: e.reason }, money: e.refunded ? 'refunded' : 'not-charged', action: 'restart' });
        return;
      case 'settlement.expired':
        if (this.s.screen === 'payment') this.set({ paymentPhase: 'expired', notice: undefined });
        return;
    }
  }

  /** After a reconnect: is our session still there, did the payment arrive meanwhile? */
  private async resync(): Promise<void> {
    const s = this.s;
    if (s.screen === 'payment' && s.presettlement) await this.checkPayment(false);
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
    this.fail({ message: { key: 'error.sessionEnded' }, money: s.presettlement ? 'not-charged' : undefined, action: 'restart' });
  }

  // —— identify ——

  begin(): void {
    this.go('identify', { identifyMethod: undefined, identifyError: undefined, identifying: undefined, ending: undefined });
  }

  chooseMethod(method: IdentifyMethod | undefined): void {
    this.set({ identifyMethod: method, identifyError: undefined, faceDigits: '' });
  }

  faceKey(key: string): void {
    if (this.s.faceDigits.length < FACE_ID_LENGTH) this.set({ faceDigits: this.s.faceDigits + key, identifyError: undefined });
  }

  faceDelete(): void {
    this.set({ faceDigits: this.s.faceDigits.slice(0, -1) });
  }

  faceClear(): void {
    this.set({ faceDigits: '' });
  }

  async faceStart(): Promise<void> {
    const certno = this.s.faceDigits;
    if (certno.length !== FACE_ID_LENGTH) {
      this.set({ identifyError: { key: 'face.incomplete' } });
      return;
    }
    this.set({ busy: true, identifying: 'face', identifyError: undefined });
    try {
      const session = await this.api.openByFace(certno);
      this.set({ busy: false });
      this.openSession(session);
    } catch (err) {
      this.set({ busy: false, identifying: undefined, identifyError: errorMessage(err) });
    } finally {
      this.set({ faceDigits: '' });
    }
  }

  /** A keyboard-wedge burst. Only identification screens take codes; elsewhere they are dropped. */
  async wedgeScan(code: string): Promise<void> {
    const s = this.s;
    if (!OPEN_TO_NEW_SESSION.includes(s.screen) || s.busy || (s.session && s.screen !== 'goodbye' && s.screen !== 'problem')) return;
    this.go('identify', { busy: true, identifying: 'ecqr', identifyError: undefined });
    try {
      const answer = await this.api.scan(code);
      this.set({ busy: false });
      if (answer.kind === 'session') this.openSession(answer.session);
      else this.set({ identifying: undefined, identifyError: { key: 'identify.scan.notEcqr' } });
    } catch (err) {
      this.set({ busy: false, identifying: undefined, identifyError: errorMessage(err) });
    }
  }

  /** Idempotent: the HTTP answer and the session.opened event both arrive. */
  openSession(session: Session): void {
    const s = this.s;
    if (s.session?.sessionId === session.sessionId) return;
    if (!OPEN_TO_NEW_SESSION.includes(s.screen)) return;
    this.go('person', {
      ...PATIENT_FIELDS_CLEARED,
      session,
      ending: undefined,
      elderlyOffer: session.person.elderly && s.mode !== 'elderly',
    });
  }

  // —— bills ——

  async showBills(): Promise<void> {
    const session = this.s.session;
    if (!session) return;
    this.go('bills', { bills: undefined, busy: true, selected: [], billsPage: 0, elderlyOffer: false });
    try {
      const bills = await this.api.bills(session.sessionId);
      this.set({ bills, busy: false, selected: firstKind(bills) });
    } catch (err) {
      this.retryAction = () => this.showBills();
      this.fail({ message: errorMessage(err), action: 'retry' });
    }
  }

  /** One kind (medical type) at a time, as the platform settles them: choosing another kind swaps to it. */
  toggleBill(billId: string): void {
    const bills = this.s.bills ?? [];
    const bill = bills.find((b) => b.billId === billId);
    if (!bill?.settleable) return;
    if (this.s.selected.includes(billId)) {
      this.set({ selected: this.s.selected.filter((id) => id !== billId), notice: undefined });
      return;
    }
    const sameKind = this.s.selected.filter((id) => bills.find((b) => b.billId === id)?.medType === bill.medType);
    const swapped = sameKind.length < this.s.selected.length;
    this.set({ selected: [...sameKind, billId], notice: swapped ? { key: 'bills.oneKind' } : undefined });
  }

  /** Settleable bills not in this settlement, which the patient may pay next. */
  otherBills(): number {
    const s = this.s;
    return (s.bills ?? []).filter((b) => b.settleable && !s.selected.includes(b.billId)).length;
  }

  showBillsPage(page: number): void {
    this.set({ billsPage: page });
  }

  // —— settle ——

  async calculate(): Promise<void> {
    const session = this.s.session;
    if (!session) return;
    if (this.s.selected.length === 0) {
      this.set({ notice: { key: 'bills.pickOne' } });
      return;
    }
    this.go('split', { presettlement: undefined, payment: undefined, paymentPhase: 'waiting', busy: true });
    try {
      const presettlement = await this.api.presettle(session.sessionId, this.s.selected);
      this.set({ presettlement, useAccount: presettlement.useAccount, busy: false, showLines: false });
    } catch (err) {
      this.retryAction = () => this.calculate();
      this.fail({ message: errorMessage(err), money: 'not-charged', action: 'retry' });
    }
  }

  clearNotice(): void {
    if (this.s.notice) this.set({ notice: undefined });
  }

  setUseAccount(useAccount: boolean): void {
    this.set({ useAccount });
  }

  toggleLines(): void {
    this.set({ showLines: !this.s.showLines });
  }

  confirmSplit(): void {
    if (this.s.presettlement?.consentRequired) this.go('consent');
    else void this.confirm();
  }

  declineConsent(): void {
    this.go('bills', { presettlement: undefined, notice: { key: 'consent.declined' } });
  }

  async confirm(signature?: string): Promise<void> {
    const p = this.s.presettlement;
    if (!p || this.s.busy) return;
    if (p.consentRequired && !signature) {
      this.set({ notice: { key: 'consent.needSignature' } });
      return;
    }
    this.set({ busy: true, notice: undefined });
    try {
      const answer = await this.api.confirm(p.settlementId, {
        useAccount: this.s.useAccount,
        ...(p.consentRequired && signature ? { consent: { accepted: true as const, signature } } : {}),
      });
      this.set({ busy: false });
      this.afterConfirm(answer);
    } catch (err) {
      this.set({ busy: false });
      await this.afterConfirmFailed(err);
    }
  }

  private afterConfirm(answer: Settled | AwaitingPayment): void {
    if (answer.status === 'settled') this.showSettled(answer);
    else this.go('payment', { payment: answer.payment, paymentPhase: 'waiting' });
  }

  /** The answer was lost or refused: ask how the settlement stands before saying anything. */
  private async afterConfirmFailed(err: unknown): Promise<void> {
    const p = this.s.presettlement!;
    let state: SettlementState | undefined;
    try {
      state = await this.api.settlement(p.settlementId);
    } catch {
      state = undefined;
    }
    if (state && this.applySettlementState(state)) return;
    if (state?.status === 'presettled' || (err instanceof ApiError && err.status < 500 && err.status > 0)) {
      this.retryAction = () => this.confirm();
      this.fail({ message: errorMessage(err), money: 'not-charged', action: state?.status === 'presettled' ? 'retry' : 'restart' });
      return;
    }
    this.fail({ message: errorMessage(err), action: 'restart' });
  }

  /** Moves to what a settlement's state says; false when it says nothing new (still presettled). */
  private applySettlementState(state: SettlementState): boolean {
    switch (state.status) {
      case 'settled':
        this.showSettled({ status: 'settled', settlementId: state.settlementId, setlId: state.setlId ?? '', split: state.split, receipt: state.receipt ?? { status: 'kept' }, invoiceUrl: state.invoiceUrl });
        return true;
      case 'awaiting-payment':
        if (this.s.screen !== 'payment' && state.payment) this.go('payment', { payment: state.payment, paymentPhase: 'waiting' });
        return true;
      case 'settling':
        if (this.s.screen !== 'payment') this.go('payment', { payment: state.payment, paymentPhase: 'paid' });
        else this.set({ paymentPhase: 'paid' });
        return true;
      case 'expired':
        if (this.s.screen === 'payment') this.set({ paymentPhase: 'expired' });
        else this.fail({ message: { key: 'payment.expired' }, money: 'not-charged', action: 'restart' });
        return true;
      case 'failed':
        this.fail({ message: state.failure ? { text: state.failure } : { key: 'error.title' }, action: 'restart' });
        return true;
      default:
        return false;
    }
  }

  /** "我已付款": the page follows events by itself; this asks in case one was missed. */
  async checkPayment(tell = true): Promise<void> {
    const p = this.s.presettlement;
    if (!p) return;
    try {
      const state = await this.api.settlement(p.settlementId);
      if (state.status === 'awaiting-payment') {
        if (tell) this.set({ notice: { key: 'payment.notYet' } });
        return;
      }
      this.applySettlementState(state);
    } catch (err) {
      if (tell) this.set({ notice: errorMessage(err) });
    }
  }

  /** The QR expired unpaid: work the split out again, which gives a new QR after confirming. */
  newPayment(): Promise<void> {
    return this.calculate();
  }

  private showSettled(answer: Settled): void {
    this.go('done', {
      settled: { settlementId: answer.settlementId, setlId: answer.setlId, split: answer.split, receipt: answer.receipt, invoiceUrl: answer.invoiceUrl },
      paymentPhase: 'waiting',
      payment: undefined,
      busy: false,
    });
  }

  async reprint(): Promise<void> {
    const settled = this.s.settled;
    if (!settled || this.s.reprinting) return;
    this.set({ reprinting: true });
    try {
      const receipt = await this.api.reprint(settled.settlementId);
      this.set({ reprinting: false, settled: { ...settled, receipt } });
    } catch (err) {
      this.set({ reprinting: false, notice: errorMessage(err) });
    }
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
    if (rating !== undefined && session) {
      const text = comments.map(commentText).join('；');
      await this.api.survey({ sessionId: session.sessionId, rating, ...(text ? { comments: text } : {}) }).catch(() => undefined);
    }
    await this.end({ idle: false, thanks: rating !== undefined });
  }

  /** Ends the session, wipes everything of the patient, and says goodbye with what happened. */
  async end(how: { idle: boolean; thanks?: boolean }): Promise<void> {
    const s = this.s;
    const outcome = s.settled ? 'settled' : s.presettlement || s.payment ? 'not-charged' : 'none';
    const sessionId = s.session?.sessionId;
    this.retryAction = undefined;
    this.go('goodbye', { ...PATIENT_FIELDS_CLEARED, ending: { idle: how.idle, outcome, thanks: how.thanks ?? false } });
    if (sessionId) await this.api.endSession(sessionId).catch(() => undefined);
  }

  home(): void {
    this.go('welcome', { ...PATIENT_FIELDS_CLEARED, ending: undefined });
    this.resetPreferences();
  }

  back(): void {
    const s = this.s;
    if (s.screen === 'identify' && s.identifyMethod) return this.chooseMethod(undefined);
    const to = BACK[s.screen];
    if (!to || s.busy) return;
    if (s.screen === 'person') {
      const sessionId = s.session?.sessionId;
      this.go('identify', { ...PATIENT_FIELDS_CLEARED });
      if (sessionId) void this.api.endSession(sessionId).catch(() => undefined);
      return;
    }
    if (s.screen === 'split') this.set({ presettlement: undefined });
    this.go(to);
  }

  canGoBack(): boolean {
    const s = this.s;
    return !s.busy && (BACK[s.screen] !== undefined || (s.screen === 'identify' && s.identifyMethod !== undefined));
  }

  retry(): void {
    const action = this.retryAction;
    this.retryAction = undefined;
    if (action) void action();
    else void this.end({ idle: false });
  }

  private fail(problem: Problem): void {
    this.go('problem', { problem, busy: false });
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
