// The institution's price list (seed 001 §6.3.1) as the terminal holds it: taken from the HIS at
// start and again on a timer, kept in SQLite so a restart while the HIS is down still shows
// prices, and searched in memory. The pharmacy finds the drug of a trace code here as well.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { KioskError } from '../../errors.ts';
import type { EventBus } from '../../events.ts';
import type { HisAdapter, PriceItem } from '../../his/adapter.ts';
import type { Database } from '../../store/db.ts';
import { loadPriceItems, markPriceListTaken, savePriceItems } from '../../store/price-items.ts';
import { PriceIndex, type PriceQuery, type PriceResult } from './price-index.ts';

export const CATALOGUE_UNAVAILABLE = new KioskError('CATALOGUE_UNAVAILABLE', 503, {
  zh: '价格信息暂时无法查询，请稍后再试或到收费窗口咨询。',
  en: 'Prices cannot be looked up right now. Please try again later or ask at the payment counter.',
});

export interface PriceCatalogueDeps {
  his: Pick<HisAdapter, 'priceList'>;
  db: Database;
  events: EventBus;
  log: Pick<Logger, 'info' | 'warn'>;
  refreshMs: number;
  clock?: () => Date;
}

interface Loaded {
  index: PriceIndex;
  byTraceProduct: Map<string, PriceItem>;
  byListCode: Map<string, PriceItem>;
  fingerprint: string;
}

const fingerprintOf = (items: readonly PriceItem[]) =>
  createHash('sha256')
    .update(JSON.stringify([...items].sort((a, b) => (a.hospitalCode < b.hospitalCode ? -1 : 1))))
    .digest('hex');

export class PriceCatalogue {
  /** When the list was last taken from the HIS (ISO time). */
  updatedAt: string | undefined;
  private loaded: Loaded | undefined;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly deps: PriceCatalogueDeps) {}

  /** Serves the kept list at once, then takes a fresh one from the HIS and keeps doing so. */
  async start(): Promise<void> {
    const kept = await loadPriceItems(this.deps.db);
    if (kept && !this.loaded) {
      this.loaded = await this.prepare(kept.items);
      this.updatedAt = kept.updatedAt;
    }
    this.timer = setInterval(() => void this.refresh(), this.deps.refreshMs);
    this.timer.unref();
    await this.refresh();
  }

  /** One refresh at a time; a failure keeps the list we have and is tried again on the next tick. */
  refresh(): Promise<void> {
    this.refreshing ??= this.takeFromHis()
      .catch((err: unknown) => this.deps.log.warn({ err }, 'price list not refreshed from the HIS; keeping the one we have'))
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  get ready(): boolean {
    return this.loaded !== undefined;
  }

  search(query: PriceQuery): PriceResult & { updatedAt: string } {
    if (!this.loaded || !this.updatedAt) throw CATALOGUE_UNAVAILABLE;
    return { ...this.loaded.index.search(query), updatedAt: this.updatedAt };
  }

  /** The drug whose product id leads this trace code. */
  drugForTraceCode(code: string): PriceItem | undefined {
    if (!this.loaded) throw CATALOGUE_UNAVAILABLE;
    return this.loaded.byTraceProduct.get(code.slice(0, 7));
  }

  item(listCode: string): PriceItem | undefined {
    if (!this.loaded) throw CATALOGUE_UNAVAILABLE;
    return this.loaded.byListCode.get(listCode);
  }

  stop(): Promise<void> {
    clearInterval(this.timer);
    return this.refreshing ?? Promise.resolve();
  }

  private async takeFromHis(): Promise<void> {
    const items = await this.deps.his.priceList();
    const at = (this.deps.clock?.() ?? new Date()).toISOString();
    if (this.loaded?.fingerprint === fingerprintOf(items)) {
      await markPriceListTaken(this.deps.db, at);
      this.updatedAt = at;
      return;
    }
    const next = await this.prepare(items);
    await savePriceItems(this.deps.db, items, at);
    this.loaded = next;
    this.updatedAt = at;
    this.deps.log.info({ items: items.length }, 'price list taken from the HIS');
    this.deps.events.publish({ type: 'catalogue.updated', items: items.length, updatedAt: at });
  }

  private async prepare(items: readonly PriceItem[]): Promise<Loaded> {
    const byTraceProduct = new Map<string, PriceItem>();
    const byListCode = new Map<string, PriceItem>();
    for (const item of items) {
      if (!byListCode.has(item.listCode)) byListCode.set(item.listCode, item);
      if (!item.traceProductId) continue;
      const other = byTraceProduct.get(item.traceProductId);
      // Two entries claiming one product would make a trace code's drug a guess: the first wins, and we say so.
      if (other) this.deps.log.warn({ productId: item.traceProductId, kept: other.hospitalCode, ignored: item.hospitalCode }, 'two price-list drugs share a trace product id');
      else byTraceProduct.set(item.traceProductId, item);
    }
    return { index: await PriceIndex.build(items), byTraceProduct, byListCode, fingerprint: fingerprintOf(items) };
  }
}
