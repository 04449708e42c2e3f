// Settling the chosen bills: the bills, the pre-settlement and its split, consent, confirming, the
// phone payment and its events, the settled result and the receipt. Never says a settlement is
// done before the daemon does, and asks how it stands when an answer is lost.
import { ApiError, type AwaitingPayment, type Bill, type ReceiptStatus, type Settled, type SettlementState } from '../api.ts';
import type { KioskEvent } from '../events.ts';
import { errorMessage, type FlowContext } from './flow-context.ts';
import { PATIENT_FIELDS_CLEARED } from './store.ts';

const retryable = (err: unknown) => !(err instanceof ApiError) || err.retryable;

/** The settleable bills of the first bill's medical type: the platform settles one type at a time. */
export function firstKind(bills: Bill[]): string[] {
  const settleable = bills.filter((b) => b.settleable);
  const medType = settleable[0]?.medType;
  return settleable.filter((b) => b.medType === medType).map((b) => b.billId);
}

export class SettlementFlow {
  constructor(private readonly ctx: FlowContext) {}

  /** settlement.* for the settlement on show; others are not ours. */
  onEvent(e: KioskEvent): void {
    if (!('settlementId' in e) || e.settlementId !== this.ctx.s.presettlement?.settlementId) return;
    switch (e.type) {
      case 'settlement.paid':
        this.ctx.set({ paymentPhase: 'paid', notice: undefined });
        return;
      case 'settlement.settled':
        this.showSettled({ status: 'settled', settlementId: e.settlementId, setlId: e.setlId, split: e.split, receipt: e.receipt, invoiceUrl: e.invoiceUrl });
        return;
      case 'settlement.failed':
        this.ctx.fail({ message: { text: e.reason }, money: e.refunded ? 'refunded' : 'not-charged', action: 'restart' });
        return;
      case 'settlement.expired':
        if (this.ctx.s.screen === 'payment') this.ctx.set({ paymentPhase: 'expired', notice: undefined });
        return;
    }
  }

  async showBills(): Promise<void> {
    const session = this.ctx.s.session;
    if (!session) return;
    this.ctx.go('bills', { bills: undefined, busy: true, selected: [], billsPage: 0, elderlyOffer: false });
    try {
      const bills = await this.ctx.api.bills(session.sessionId);
      // Back from showing the 医保码 again: the bills chosen before, where they are still there to pay.
      const again = this.ctx.s.pendingBills.filter((id) => bills.some((b) => b.billId === id && b.settleable));
      this.ctx.set({ bills, busy: false, selected: again.length ? again : firstKind(bills), pendingBills: [] });
    } catch (err) {
      this.ctx.retryAction = () => this.showBills();
      this.ctx.fail({ message: errorMessage(err), action: retryable(err) ? 'retry' : 'restart' });
    }
  }

  /** One kind (medical type) at a time, as the platform settles them: choosing another kind swaps to it. */
  toggleBill(billId: string): void {
    const bills = this.ctx.s.bills ?? [];
    const bill = bills.find((b) => b.billId === billId);
    if (!bill?.settleable) return;
    if (this.ctx.s.selected.includes(billId)) {
      this.ctx.set({ selected: this.ctx.s.selected.filter((id) => id !== billId), notice: undefined });
      return;
    }
    const sameKind = this.ctx.s.selected.filter((id) => bills.find((b) => b.billId === id)?.medType === bill.medType);
    const swapped = sameKind.length < this.ctx.s.selected.length;
    this.ctx.set({ selected: [...sameKind, billId], notice: swapped ? { key: 'bills.oneKind' } : undefined });
  }

  /** Settleable bills not in this settlement, which the patient may pay next. */
  otherBills(): number {
    const s = this.ctx.s;
    if (!s.session) return 0;
    return (s.bills ?? []).filter((b) => b.settleable && !s.selected.includes(b.billId)).length;
  }

  showBillsPage(page: number): void {
    this.ctx.set({ billsPage: page });
  }

  // —— settle ——

  async calculate(): Promise<void> {
    const session = this.ctx.s.session;
    if (!session) return;
    if (this.ctx.s.selected.length === 0) {
      this.ctx.set({ notice: { key: 'bills.pickOne' } });
      return;
    }
    const selected = [...this.ctx.s.selected].sort();
    // Back from the split and on again with the same bills: the daemon holds them for that pre-settlement.
    if (this.ctx.s.presettlement && this.ctx.s.presettledBills.join() === selected.join()) {
      this.ctx.go('split');
      return;
    }
    const dropped = this.ctx.s.presettlement?.settlementId;
    this.ctx.go('split', { presettlement: undefined, presettledBills: [], payment: undefined, paymentPhase: 'waiting', busy: true });
    try {
      if (dropped && !(await this.drop(dropped, selected))) return;
      const presettlement = await this.ctx.api.presettle(session.sessionId, selected);
      this.ctx.set({ presettlement, presettledBills: selected, useAccount: presettlement.useAccount, busy: false, showLines: false });
    } catch (err) {
      this.ctx.retryAction = () => this.calculate();
      this.ctx.fail({ message: errorMessage(err), money: 'not-charged', action: retryable(err) ? 'retry' : 'restart' });
    }
  }

  /**
   * Other bills than the ones pre-settled: the daemon lets go of the old pre-settlement and gives
   * its visit back. A 医保码 or face credential went with that visit, so the patient shows it again
   * and comes back to the same bills chosen; an ID card session goes straight on. False when the
   * patient has to identify again first.
   */
  private async drop(settlementId: string, selected: string[]): Promise<boolean> {
    await this.ctx.api.dropSettlement(settlementId).catch((err) => (err instanceof ApiError && err.status === 404 ? undefined : Promise.reject(err)));
    const session = this.ctx.s.session!;
    if (session.via === 'idcard') return true;
    this.ctx.go('identify', { ...PATIENT_FIELDS_CLEARED, identifyMethod: session.via, pendingBills: selected, service: 'settle', notice: { key: 'bills.showAgain' } });
    await this.ctx.api.endSession(session.sessionId).catch(() => undefined);
    return false;
  }

  clearNotice(): void {
    if (this.ctx.s.notice) this.ctx.set({ notice: undefined });
  }

  setUseAccount(useAccount: boolean): void {
    this.ctx.set({ useAccount });
  }

  toggleLines(): void {
    this.ctx.set({ showLines: !this.ctx.s.showLines });
  }

  confirmSplit(): void {
    if (this.ctx.s.presettlement?.consentRequired) this.ctx.go('consent');
    else void this.confirm();
  }

  /** Without consent these bills cannot be settled here (their lines cannot be left out): say so plainly. */
  declineConsent(): void {
    this.ctx.fail({ message: { key: 'consent.declined' }, money: 'not-charged', action: 'restart' });
  }

  async confirm(signature?: string): Promise<void> {
    const p = this.ctx.s.presettlement;
    if (!p || this.ctx.s.busy) return;
    if (p.consentRequired && !signature) {
      this.ctx.set({ notice: { key: 'consent.needSignature' } });
      return;
    }
    this.ctx.set({ busy: true, notice: undefined });
    try {
      const answer = await this.ctx.api.confirm(p.settlementId, {
        useAccount: this.ctx.s.useAccount,
        ...(p.consentRequired && signature ? { consent: { accepted: true as const, signature } } : {}),
      });
      this.ctx.set({ busy: false });
      this.afterConfirm(answer);
    } catch (err) {
      this.ctx.set({ busy: false });
      await this.afterConfirmFailed(err);
    }
  }

  private afterConfirm(answer: Settled | AwaitingPayment): void {
    if (answer.status === 'settled') this.showSettled(answer);
    else this.ctx.go('payment', { payment: answer.payment, paymentPhase: 'waiting' });
  }

  /** The answer was lost or refused: ask how the settlement stands before saying anything. */
  private async afterConfirmFailed(err: unknown): Promise<void> {
    const p = this.ctx.s.presettlement!;
    let state: SettlementState | undefined;
    try {
      state = await this.ctx.api.settlement(p.settlementId);
    } catch {
      state = undefined;
    }
    if (state && this.applySettlementState(state)) return;
    if (state?.status === 'presettled' || (err instanceof ApiError && err.status < 500 && err.status > 0)) {
      this.ctx.retryAction = () => this.confirm();
      this.ctx.fail({ message: errorMessage(err), money: 'not-charged', action: state?.status === 'presettled' ? 'retry' : 'restart' });
      return;
    }
    this.ctx.fail({ message: errorMessage(err), action: 'restart' });
  }

  /** Moves to what a settlement's state says; false when it says nothing new (still presettled). */
  private applySettlementState(state: SettlementState): boolean {
    switch (state.status) {
      case 'settled':
        // No receipt yet: it is still printing (settlement.settled brings it). Kept only when the daemon says so.
        this.showSettled({ status: 'settled', settlementId: state.settlementId, setlId: state.setlId ?? '', split: state.split, receipt: state.receipt, invoiceUrl: state.invoiceUrl });
        return true;
      case 'awaiting-payment':
        if (this.ctx.s.screen !== 'payment' && state.payment) this.ctx.go('payment', { payment: state.payment, paymentPhase: 'waiting' });
        return true;
      case 'settling':
        if (this.ctx.s.screen !== 'payment') this.ctx.go('payment', { payment: state.payment, paymentPhase: 'paid' });
        else this.ctx.set({ paymentPhase: 'paid' });
        return true;
      case 'expired':
        if (this.ctx.s.screen === 'payment') this.ctx.set({ paymentPhase: 'expired' });
        else this.ctx.fail({ message: { key: 'payment.expired' }, money: 'not-charged', action: 'restart' });
        return true;
      case 'failed':
        this.ctx.fail({ message: state.failure ? { text: state.failure } : { key: 'error.title' }, action: 'restart' });
        return true;
      default:
        return false;
    }
  }

  /** "我已付款": the page follows events by itself; this asks in case one was missed. */
  async checkPayment(tell = true): Promise<void> {
    const p = this.ctx.s.presettlement;
    if (!p) return;
    try {
      const state = await this.ctx.api.settlement(p.settlementId);
      if (state.status === 'awaiting-payment') {
        if (tell) this.ctx.set({ notice: { key: 'payment.notYet' } });
        return;
      }
      this.applySettlementState(state);
    } catch (err) {
      if (tell) this.ctx.set({ notice: errorMessage(err) });
    }
  }

  /**
   * The patient will not pay after all: ending the session makes the daemon call the payment off.
   * Then ask how the settlement ended before saying anything: a payment made at the last moment
   * is settled, not lost.
   */
  async stopPaying(): Promise<void> {
    const { session, presettlement: p, busy } = this.ctx.s;
    if (!session || !p || busy) return;
    this.ctx.set({ busy: true, notice: undefined });
    await this.ctx.api.endSession(session.sessionId).catch(() => undefined);
    for (let i = 0; i < 40; i++) {
      const state = await this.ctx.api.settlement(p.settlementId).catch(() => undefined);
      if (state && state.status !== 'awaiting-payment' && state.status !== 'settling') {
        this.ctx.set({ busy: false, session: undefined });
        if (state.status === 'expired') this.ctx.go('goodbye', { ...PATIENT_FIELDS_CLEARED, ending: { idle: false, outcome: 'not-charged', thanks: false } });
        else this.applySettlementState(state);
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    this.ctx.fail({ message: { key: 'payment.unsure' }, action: 'restart' });
  }

  /**
   * The QR expired unpaid and the daemon gave the visit back. With an ID card the same session
   * settles again; a 医保码 or face credential is spent with that visit, so the patient shows it again.
   */
  async newPayment(): Promise<void> {
    const session = this.ctx.s.session;
    if (!session) return;
    if (session.via === 'idcard') {
      this.ctx.set({ presettlement: undefined, presettledBills: [] });
      return this.calculate();
    }
    this.ctx.go('identify', { ...PATIENT_FIELDS_CLEARED, identifyMethod: session.via });
    await this.ctx.api.endSession(session.sessionId).catch(() => undefined);
  }

  /**
   * The payment is left as it was: clearing it here would have the payment screen, still there until
   * the done screen replaces it, show and say "pay ￥0.00". The next pre-settlement clears it.
   */
  private showSettled(answer: Omit<Settled, 'receipt'> & { receipt?: ReceiptStatus }): void {
    this.ctx.go('done', {
      settled: { settlementId: answer.settlementId, setlId: answer.setlId, split: answer.split, receipt: answer.receipt, invoiceUrl: answer.invoiceUrl },
      busy: false,
    });
  }

  /** The receipt still printing: asks how it came out, in case its settlement.settled was missed. */
  async followReceipt(): Promise<void> {
    const settled = this.ctx.s.settled;
    if (!settled || settled.receipt || this.ctx.s.screen !== 'done') return;
    const state = await this.ctx.api.settlement(settled.settlementId).catch(() => undefined);
    const now = this.ctx.s.settled;
    if (state?.receipt && now?.settlementId === settled.settlementId && !now.receipt) this.ctx.set({ settled: { ...now, receipt: state.receipt } });
  }

  async reprint(): Promise<void> {
    const settled = this.ctx.s.settled;
    if (!settled || this.ctx.s.reprinting) return;
    this.ctx.set({ reprinting: true });
    try {
      const receipt = await this.ctx.api.reprint(settled.settlementId);
      this.ctx.set({ reprinting: false, settled: { ...settled, receipt } });
    } catch (err) {
      this.ctx.set({ reprinting: false, notice: errorMessage(err) });
    }
  }
}
