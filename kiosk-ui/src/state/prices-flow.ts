// Price lookup (价格公示, seed 001 §6.3.1): search as the patient types, filter by kind, a page at a
// time. No identification needed. An answer that arrives after a newer question is dropped.
import type { PriceKind } from '../types/service-hall.ts';
import { errorMessage, type FlowContext } from './flow-context.ts';
import { EMPTY_PRICES, type PriceState } from './store.ts';

const TYPING_MS = 250;

export class PricesFlow {
  private asked = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: FlowContext,
    /** Results per page: fewer in 大字版 and on a short screen. */
    private readonly perPage: () => number,
  ) {}

  private get p(): PriceState {
    return this.ctx.s.prices;
  }

  private patch(patch: Partial<PriceState>): void {
    this.ctx.set({ prices: { ...this.p, ...patch } });
  }

  perPageNow(): number {
    return this.perPage();
  }

  open(): void {
    this.ctx.go('prices', { prices: EMPTY_PRICES });
    void this.load();
  }

  type(query: string): void {
    this.patch({ query, page: 0 });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), TYPING_MS);
  }

  kind(kind: PriceKind | undefined): void {
    this.patch({ kind, page: 0 });
    void this.load();
  }

  page(page: number): void {
    this.patch({ page });
    void this.load();
  }

  async load(): Promise<void> {
    const ask = ++this.asked;
    const { query, kind, page } = this.p;
    const limit = this.perPage();
    this.patch({ loading: true, error: undefined });
    try {
      const answer = await this.ctx.api.prices({ q: query.trim() || undefined, kind, limit, offset: page * limit });
      if (ask === this.asked && this.ctx.s.screen === 'prices') this.patch({ answer, loading: false });
    } catch (err) {
      if (ask === this.asked && this.ctx.s.screen === 'prices') this.patch({ loading: false, error: errorMessage(err) });
    }
  }
}
