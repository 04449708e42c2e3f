// A pharmacy sale with drug trace codes (seed 003, seed 004 第十二条): who buys (the person, or
// someone on their behalf — 代购, whose identity seed 004 asks to record), the packages scanned
// (they arrive as events; a code can also be typed), taking one out, reporting the sale (3505).
import { ApiError } from '../api.ts';
import type { KioskEvent } from '../events.ts';
import type { ProxyRelation, Sale } from '../types/pharmacy.ts';
import { errorMessage, type FlowContext } from './flow-context.ts';
import { EMPTY_SALE, type SaleState } from './store.ts';

export const TRACE_CODE_LENGTH = 20;
const MOBILE_OR_LANDLINE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export class PharmacyFlow {
  constructor(private readonly ctx: FlowContext) {}

  private get p(): SaleState {
    return this.ctx.s.sale;
  }

  private patch(patch: Partial<SaleState>): void {
    this.ctx.set({ sale: { ...this.p, ...patch } });
  }

  begin(): void {
    this.ctx.go('pharmacy-buyer', { sale: EMPTY_SALE });
  }

  /** Buying for themselves starts the sale; for someone else asks who that is first. */
  who(proxy: boolean): void {
    if (proxy) this.patch({ proxy: true, step: 'name', error: undefined });
    else {
      this.patch({ proxy: false });
      void this.open();
    }
  }

  set(patch: Partial<Pick<SaleState, 'name' | 'certno' | 'relation' | 'phone' | 'typed'>>): void {
    this.patch({ ...patch, error: undefined });
  }

  relation(relation: ProxyRelation): void {
    this.patch({ relation, error: undefined });
  }

  next(): void {
    const p = this.p;
    const need =
      p.step === 'name' && !p.name.trim()
        ? 'sale.needName'
        : p.step === 'certno' && p.certno.length !== 18
          ? 'face.incomplete'
          : p.step === 'relation' && !p.relation
            ? 'sale.needRelation'
            : undefined;
    if (need) return this.patch({ error: { key: need } });
    const order: SaleState['step'][] = ['who', 'name', 'certno', 'relation', 'phone'];
    if (p.step === 'phone') {
      if (p.phone && !MOBILE_OR_LANDLINE.test(p.phone)) return this.patch({ error: { key: 'complaint.badPhone' } });
      void this.open();
      return;
    }
    this.patch({ step: order[order.indexOf(p.step) + 1]! });
  }

  back(): boolean {
    if (this.ctx.s.screen !== 'pharmacy-buyer' || this.p.step === 'who') return false;
    const order: SaleState['step'][] = ['who', 'name', 'certno', 'relation', 'phone'];
    this.patch({ step: order[order.indexOf(this.p.step) - 1]!, error: undefined });
    return true;
  }

  private async open(): Promise<void> {
    const session = this.ctx.s.session;
    if (!session || this.ctx.s.busy) return;
    const p = this.p;
    this.ctx.set({ busy: true });
    try {
      const sale = await this.ctx.api.startSale(
        session.sessionId,
        p.proxy ? { name: p.name.trim(), certno: p.certno, relation: p.relation!, ...(p.phone ? { phone: p.phone } : {}) } : undefined,
      );
      this.ctx.go('pharmacy-sale', { busy: false, sale: { ...EMPTY_SALE, sale } });
    } catch (err) {
      this.ctx.set({ busy: false });
      // A bad ID number is the buyer's to fix: back to it, with the daemon's words.
      if (err instanceof ApiError && err.code === 'CERTNO_INVALID') this.patch({ step: 'certno', error: errorMessage(err) });
      else this.patch({ error: errorMessage(err) });
    }
  }

  /** pharmacy.* events for the sale on show; true when the event was one of them. */
  onEvent(e: KioskEvent): boolean {
    if (e.type !== 'pharmacy.code-added' && e.type !== 'pharmacy.code-rejected') return false;
    if (e.saleId !== this.p.sale?.saleId) return true;
    if (e.type === 'pharmacy.code-rejected') this.patch({ rejected: { code: e.code, reason: e.reason } });
    else this.patch({ rejected: undefined });
    void this.refresh();
    return true;
  }

  /** A wedge scanner's burst: the daemon adds a trace code to the open sale and says so (events). */
  async wedge(code: string): Promise<void> {
    try {
      const answer = await this.ctx.api.scan(code);
      if (answer.kind !== 'trace') this.patch({ error: { key: 'sale.notTrace' } });
    } catch (err) {
      this.patch({ error: errorMessage(err) });
    }
  }

  private async refresh(): Promise<void> {
    const sale = this.p.sale;
    if (!sale) return;
    try {
      this.patch({ sale: await this.ctx.api.sale(sale.saleId) });
    } catch (err) {
      this.patch({ error: errorMessage(err) });
    }
  }

  private async change(call: (sale: Sale) => Promise<Sale>, patch: Partial<SaleState> = {}): Promise<void> {
    const sale = this.p.sale;
    if (!sale || this.ctx.s.busy) return;
    this.ctx.set({ busy: true });
    try {
      this.ctx.set({ busy: false, sale: { ...this.p, ...patch, sale: await call(sale), error: undefined } });
    } catch (err) {
      this.ctx.set({ busy: false });
      this.patch({ error: errorMessage(err) });
    }
  }

  toggleTyping(): void {
    this.patch({ typing: !this.p.typing, typed: '' });
  }

  async addTyped(): Promise<void> {
    const code = this.p.typed;
    if (code.length !== TRACE_CODE_LENGTH) return this.patch({ error: { key: 'sale.codeLength' } });
    await this.change((sale) => this.ctx.api.addTraceCode(sale.saleId, code), { typing: false, typed: '', rejected: undefined });
  }

  remove(code: string): Promise<void> {
    return this.change((sale) => this.ctx.api.removeTraceCode(sale.saleId, code), { rejected: undefined });
  }

  /** Reports what is not reported yet; a refused line stays with the platform's reason. */
  complete(): Promise<void> {
    const sale = this.p.sale;
    if (sale && sale.lines.length === 0) {
      this.patch({ error: { key: 'sale.empty' } });
      return Promise.resolve();
    }
    return this.change((s) => this.ctx.api.completeSale(s.saleId));
  }

  /** Nothing reported yet: the sale is dropped. */
  async cancel(): Promise<void> {
    const sale = this.p.sale;
    if (!sale || this.ctx.s.busy) return;
    this.ctx.set({ busy: true });
    await this.ctx.api.cancelSale(sale.saleId).catch(() => undefined);
    this.ctx.go('services', { busy: false, sale: EMPTY_SALE });
  }
}
