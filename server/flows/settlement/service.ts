// The settlement flow as the routes see it (seed 001 §8.1.9, §8.4.5): prepare a pre-settlement
// from bills, confirm it (consent, account or not), take the cash part by mobile payment, settle,
// print; and keep every settlement moving to an end: payment watchers, recovery on start and on a
// timer. One settlement is worked on by one caller at a time.
import type { Bilingual } from '../../errors.ts';
import { KioskError } from '../../errors.ts';
import { fen } from '../../insurance/money.ts';
import { PlatformError } from '../../insurance/errors.ts';
import { recordConsent } from '../../store/consents.ts';
import { audit } from '../../store/audit.ts';
import { getSettlement, openSettlements, updateSettlement, type SettlementRecord } from '../../store/settlements.ts';
import { platformFailure } from '../identify.ts';
import type { Session } from '../sessions.ts';
import type { SettlementDeps } from './deps.ts';
import { journaled } from './journaled.ts';
import { platformStep } from './platform-step.ts';
import { newSettlementId, prepareSettlement, type Prepared } from './prepare.ts';
import { printReceipts, receiptJobPrinted, requeueKeptReceipts, type ReceiptResult } from './receipts.ts';
import { abandon, expire, resolveSettling, strayOrder, TERMINAL_RESTARTED } from './recovery.ts';
import { afterSettled, fail, settle, type LiveSettlement, type SettleResult } from './settle.ts';

export interface Consent {
  accepted: boolean;
  /** A data: URL of the signature image (PNG). */
  signature: string;
}

interface Live extends LiveSettlement {
  sessionId: string;
  consentRequired: boolean;
  consentItems: unknown;
  consentTotalFen: number;
  watcher?: NodeJS.Timeout;
}

const NOT_FOUND = new KioskError('SETTLEMENT_NOT_FOUND', 404, { zh: '没有这笔结算。', en: 'No such settlement.' });
const CONFIRMED = new KioskError('SETTLEMENT_CONFIRMED', 409, {
  zh: '这笔结算已经确认，不能撤回。',
  en: 'This settlement has been confirmed and cannot be withdrawn.',
});
const CONSENT_REQUIRED = new KioskError('CONSENT_REQUIRED', 422, {
  zh: '有不在医保支付范围的项目，请先阅读并签名确认。',
  en: 'Some items are not covered by insurance. Please read the list and sign to agree first.',
});
const SESSION_GONE = new KioskError('SESSION_ENDED', 409, {
  zh: '这次服务已经结束，请重新开始。',
  en: 'This session has ended. Please start again.',
});
const SIGNATURE = /^data:image\/png;base64,([A-Za-z0-9+/=]{100,400000})$/;
const WATCH_MS = 1000;
const RECOVERY_MS = 15_000;

export class SettlementService {
  private readonly live = new Map<string, Live>();
  private readonly preparing = new Set<string>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private recoveryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Told once a patient's receipt has come out (printed or kept): their session can wind down. */
  onReceipt: ((sessionId: string) => void) | undefined;

  constructor(private readonly deps: SettlementDeps) {}

  /** One caller at a time per settlement. */
  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(id) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    this.locks.set(id, tail);
    void tail.then(() => this.locks.get(id) === tail && this.locks.delete(id));
    return run;
  }

  async prepare(session: Session, billIds: string[]) {
    const id = newSettlementId(new Date());
    // Claimed from the start, so recovery does not take a settlement being prepared for abandoned.
    this.preparing.add(id);
    let p: Prepared;
    try {
      p = await prepareSettlement(this.deps, id, session, billIds);
    } finally {
      this.preparing.delete(id);
    }
    this.live.set(p.settlementId, {
      sessionId: session.id,
      args: p.args,
      pre: p.split,
      consentRequired: p.consent.required,
      consentItems: p.consent.items,
      consentTotalFen: p.consent.totalFen,
    });
    return {
      settlementId: p.settlementId,
      status: 'presettled' as const,
      split: { totalFen: p.split.totalFen, fundFen: p.split.fundFen, accountFen: p.split.accountFen, cashFen: p.split.cashFen },
      useAccount: p.useAccount,
      lines: p.lines,
      warnings: p.warnings.map((w) => ({ code: w.code, message: w.message })),
      consentRequired: p.consent.required,
      ...(p.consent.required ? { consent: { items: p.consent.items, totalFen: p.consent.totalFen, text: p.consent.text } } : {}),
    };
  }

  confirm(id: string, body: { useAccount: boolean; consent?: Consent }) {
    return this.exclusive(id, async () => {
      const s = await this.record(id);
      const live = this.live.get(id);
      if (s.state === 'awaiting-payment' && live) return this.awaitingView(s);
      if (s.state !== 'presettled') return this.view(s);
      if (!live) throw SESSION_GONE;
      if (live.consentRequired) await this.takeConsent(id, live, body.consent);
      if (body.useAccount !== live.args.useAccount) {
        // Taken over only once the platform has pre-settled it so: a failed try leaves the old pair.
        const args = { ...live.args, useAccount: body.useAccount };
        live.pre = await platformStep(this.deps, id, '2206', { useAccount: body.useAccount }, (o) => this.deps.platform.preSettle(args, { insuplcAdmdvs: s.insuplc, ...o })).catch(
          platformFailure,
        );
        live.args = args;
        const split = { totalFen: live.pre.totalFen, fundFen: live.pre.fundFen, accountFen: live.pre.accountFen, cashFen: live.pre.cashFen };
        await updateSettlement(this.deps.db, id, { useAccount: body.useAccount, split });
      }
      if (live.pre.cashFen === 0) return this.view(await this.finish(id, await settle(this.deps, id, live)));
      const order = await journaled(this.deps.db, {
        settlementId: id,
        step: 'payment.create',
        intent: { merchantOrderNo: id, amountFen: live.pre.cashFen },
        run: () =>
          this.deps.payment.createOrder({ merchantOrderNo: id, amountFen: fen(live.pre.cashFen), subject: `${this.deps.config.insurance.fixmedinsName} 医保结算自付`, ttlSeconds: this.deps.config.payment.orderTtlSeconds }),
        outcome: (o) => ({ orderId: o.orderId, state: o.state }),
      }).catch((err: unknown) => {
        this.deps.log.warn({ err, settlementId: id }, 'payment order not created');
        throw PAYMENT_UNAVAILABLE;
      });
      await updateSettlement(this.deps.db, id, { state: 'awaiting-payment', orderId: order.orderId });
      this.watch(id, order.orderId);
      return { status: 'awaiting-payment' as const, settlementId: id, split: (await this.record(id)).split!, payment: { qrText: order.qrText, amountFen: order.amountFen, expiresAt: order.expiresAt } };
    });
  }

  private async takeConsent(id: string, live: Live, consent: Consent | undefined): Promise<void> {
    const signature = consent && SIGNATURE.exec(consent.signature)?.[1];
    if (!consent?.accepted || !signature) throw CONSENT_REQUIRED;
    await recordConsent(this.deps.db, { settlementId: id, items: live.consentItems, totalFen: live.consentTotalFen, signature: Buffer.from(signature, 'base64') });
    await audit(this.deps.db, { actor: 'patient', action: 'consent.signed', detail: { settlementId: id, totalFen: live.consentTotalFen } });
  }

  /** Polls the payment order until it is paid or dead. */
  private watch(id: string, orderId: string): void {
    const live = this.live.get(id);
    if (!live || live.watcher) return;
    live.watcher = setInterval(() => void this.exclusive(id, () => this.check(id, orderId)), WATCH_MS);
    live.watcher.unref();
  }

  private stopWatching(id: string): void {
    const live = this.live.get(id);
    clearInterval(live?.watcher);
    if (live) live.watcher = undefined;
  }

  private async check(id: string, orderId: string): Promise<void> {
    const s = await this.record(id);
    if (s.state !== 'awaiting-payment') return this.stopWatching(id);
    const order = await this.deps.payment.getOrder(orderId).catch(() => undefined);
    if (!order || order.state === 'pending') return;
    this.stopWatching(id);
    if (order.state === 'paid') {
      this.deps.events.publish({ type: 'settlement.paid', settlementId: id });
      const live = this.live.get(id);
      await this.finish(id, live ? await settle(this.deps, id, live) : await fail(this.deps, id, TERMINAL_RESTARTED));
      return;
    }
    if ((await expire(this.deps, id, orderId)) === 'expired') this.deps.events.publish({ type: 'settlement.expired', settlementId: id });
  }

  /** After 2207 (or its resolution): the HIS, the receipts, and telling the screen. */
  private async finish(id: string, result: SettleResult): Promise<SettlementRecord> {
    const sessionId = this.live.get(id)?.sessionId;
    if (result.status === 'failed') {
      this.forget(id);
      this.deps.events.publish({ type: 'settlement.failed', settlementId: id, reason: result.reason, refunded: result.refunded });
      return result.record;
    }
    if (result.status === 'settling') {
      this.resolveSoon(id, 1000);
      return result.record;
    }
    this.forget(id);
    await afterSettled(this.deps, id, result.hisJob);
    const settled = await this.record(id);
    const receipt = await printReceipts(this.deps, settled);
    this.deps.events.publish({ type: 'settlement.settled', settlementId: id, setlId: settled.setlId!, split: settled.split!, receipt, invoiceUrl: settled.invoiceUrl });
    if (sessionId) this.onReceipt?.(sessionId);
    return { ...settled, printed: receipt };
  }

  /** A patient is waiting on a lost answer: ask the platform again soon, backing off, before the recovery timer would. */
  private resolveSoon(id: string, afterMs: number): void {
    if (this.stopped || afterMs > 8000) return;
    setTimeout(
      () =>
        void this.exclusive(id, async () => {
          const result = (await this.record(id)).state === 'settling' ? await resolveSettling(this.deps, id) : undefined;
          if (result) await this.finish(id, result);
          else if ((await this.record(id)).state === 'settling') this.resolveSoon(id, afterMs * 2);
        }),
      afterMs,
    ).unref();
  }

  private forget(id: string): void {
    this.stopWatching(id);
    this.live.delete(id);
  }

  /** The patient went back to choose other bills: an unconfirmed pre-settlement is dropped and its
   * visit given back. Dropping it twice is no error; anything already confirmed cannot be dropped. */
  drop(id: string): Promise<void> {
    return this.exclusive(id, async () => {
      const s = await this.record(id);
      if (s.state === 'abandoned') return;
      if (s.state !== 'presettled') throw CONFIRMED;
      this.forget(id);
      await abandon(this.deps, id);
    });
  }

  /** The patient left: what they had not confirmed is given back; a payment not yet made is called off. */
  async sessionEnded(sessionId: string): Promise<void> {
    for (const [id, live] of this.live) {
      if (live.sessionId !== sessionId) continue;
      await this.exclusive(id, async () => {
        const s = await this.record(id);
        if (s.state === 'presettled') {
          this.forget(id);
          await abandon(this.deps, id);
        } else if (s.state === 'awaiting-payment' && s.orderId) {
          this.forget(id);
          if ((await expire(this.deps, id, s.orderId).catch(() => 'unknown' as const)) === 'paid') await this.finish(id, await fail(this.deps, id, TERMINAL_RESTARTED));
        }
      });
    }
  }

  async reprint(id: string): Promise<ReceiptResult> {
    const s = await this.record(id);
    if (s.state !== 'settled') throw new KioskError('NOT_SETTLED', 409, { zh: '这笔结算还没有完成，没有凭条可打。', en: 'This settlement is not complete, so there is no receipt yet.' });
    const receipt = await printReceipts(this.deps, s);
    await audit(this.deps.db, { actor: 'patient', action: 'receipt.reprint', detail: { settlementId: id, status: receipt.status } });
    return receipt;
  }

  async get(id: string) {
    return this.view(await this.record(id));
  }

  private async record(id: string): Promise<SettlementRecord> {
    const s = await getSettlement(this.deps.db, id);
    if (!s) throw NOT_FOUND;
    return s;
  }

  private async awaitingView(s: SettlementRecord) {
    const order = await this.deps.payment.getOrder(s.orderId!).catch((err: unknown) => {
      this.deps.log.warn({ err, settlementId: s.id }, 'payment order not read');
      throw PAYMENT_NOT_READ;
    });
    return { status: 'awaiting-payment' as const, settlementId: s.id, split: s.split!, payment: { qrText: order.qrText, amountFen: order.amountFen, expiresAt: order.expiresAt } };
  }

  private view(s: SettlementRecord) {
    const receipt = s.printed;
    return {
      settlementId: s.id,
      status: s.state === 'preparing' || s.state === 'abandoned' ? ('failed' as const) : s.state,
      split: s.split ?? { totalFen: 0, fundFen: 0, accountFen: 0, cashFen: 0 },
      ...(s.setlId && s.state === 'settled' ? { setlId: s.setlId } : {}),
      ...(receipt ? { receipt } : {}),
      ...(s.invoiceUrl ? { invoiceUrl: s.invoiceUrl } : {}),
      ...(s.failure ? { failure: s.failure } : s.state === 'abandoned' ? { failure: ABANDONED } : {}),
    };
  }

  /**
   * Finishes what is open and no patient is working on, one way or the other: at start nothing in
   * memory survived. Run once signed in with the platform, and on a timer.
   */
  async recover(): Promise<void> {
    for (const s of await openSettlements(this.deps.db)) {
      if (this.stopped) return;
      // A patient still at it is left alone, unless an answer was lost on the way.
      if (this.preparing.has(s.id) || (this.live.has(s.id) && s.state !== 'settling')) continue;
      await this.exclusive(s.id, async () => {
        const now = await this.record(s.id);
        try {
          const orderId = now.state === 'awaiting-payment' ? now.orderId : now.state === 'presettled' ? await strayOrder(this.deps, s.id) : undefined;
          if (orderId) {
            if ((await expire(this.deps, s.id, orderId)) === 'paid') await this.finish(s.id, await fail(this.deps, s.id, TERMINAL_RESTARTED));
          } else if (now.state === 'preparing' || now.state === 'presettled') await abandon(this.deps, s.id);
          else if (now.state === 'settling') {
            const result = await resolveSettling(this.deps, s.id);
            if (result) await this.finish(s.id, result);
          }
        } catch (err) {
          if (!(err instanceof PlatformError) && !(err instanceof KioskError)) this.deps.log.error({ err, settlementId: s.id }, 'recovery failed');
        }
      });
    }
  }

  /** A kept receipt printed from the operator's list. */
  receiptJobPrinted(jobId: string): Promise<void> {
    return receiptJobPrinted(this.deps, jobId);
  }

  /** The recovery timer; the first pass comes with the sign-in (`recover`), as the platform refuses all before. */
  start(): void {
    requeueKeptReceipts(this.deps).catch((err: unknown) => this.deps.log.error({ err }, 'kept receipts not put back on the list'));
    this.recoveryTimer = setInterval(() => void this.recover(), RECOVERY_MS);
    this.recoveryTimer.unref();
  }

  /** Stops the timers; waits at most `withinMs` for work under way, which is journaled either way. */
  async stop(withinMs: number): Promise<void> {
    this.stopped = true;
    clearInterval(this.recoveryTimer);
    for (const id of this.live.keys()) this.stopWatching(id);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.locks.values()]), new Promise((r) => (timer = setTimeout(r, withinMs)))]);
    clearTimeout(timer);
  }
}

const PAYMENT_UNAVAILABLE = new KioskError('PAYMENT_UNAVAILABLE', 503, {
  zh: '暂时无法发起手机支付，请稍后再试或联系工作人员。您没有被扣费。',
  en: 'Mobile payment cannot be started right now. Please try again shortly or ask a member of staff. You have not been charged.',
});

const PAYMENT_NOT_READ = new KioskError('PAYMENT_UNAVAILABLE', 503, {
  zh: '暂时查不到手机支付的情况，请稍后再试或联系工作人员。已付的款项不会丢失。',
  en: 'The mobile payment cannot be checked right now. Please try again shortly or ask a member of staff. Nothing you paid is lost.',
});

const ABANDONED: Bilingual = {
  zh: '这次结算没有完成，您没有被扣费。',
  en: 'This settlement was not completed. You have not been charged.',
};
