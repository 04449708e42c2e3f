// The price list as the terminal holds it: taken from the HIS, kept in SQLite for a start while
// the HIS is down, replaced when it changes.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { EventBus, type KioskEvent } from '../../../server/events.ts';
import type { PriceItem } from '../../../server/his/adapter.ts';
import { PriceCatalogue } from '../../../server/flows/prices/catalogue.ts';
import { freshStore } from '../../helpers/store.ts';

const amoxicillin: PriceItem = {
  listCode: 'XA0010',
  hospitalCode: 'HIS-1',
  name: '阿莫西林胶囊',
  spec: '0.25g×24粒',
  unit: '盒',
  kind: 'drug',
  unitPriceFen: 1250,
  listClass: '甲',
  selfPayPermille: 0,
  traceProductId: '8060001',
  prescription: true,
};
const mask: PriceItem = { listCode: 'C0001', hospitalCode: 'HIS-2', name: '医用外科口罩', spec: '', unit: '个', kind: 'consumable', unitPriceFen: 120, listClass: '丙', selfPayPermille: 1000 };

function his() {
  const h = { items: [amoxicillin] as PriceItem[] | Error, calls: 0, priceList: async () => (h.calls++, h.items instanceof Error ? Promise.reject(h.items) : h.items) };
  return h;
}
const q = (c: PriceCatalogue, text: string) => c.search({ q: text, limit: 10, offset: 0 });

describe('price catalogue', () => {
  it('[001-6.3.1] takes the list from the HIS, keeps it, and serves it after a restart while the HIS is down', async () => {
    const { db } = await freshStore();
    const events = new EventBus();
    const seen: KioskEvent[] = [];
    events.subscribe((e) => seen.push(e));
    const log = pino({ level: 'silent' });
    const source = his();
    source.items = new Error('HIS down');
    let now = new Date('2026-11-24T01:00:00Z');
    const first = new PriceCatalogue({ his: source, db, events, log, refreshMs: 3600_000, clock: () => now });
    await first.start();
    expect(() => q(first, 'amx')).toThrow(expect.objectContaining({ code: 'CATALOGUE_UNAVAILABLE', statusCode: 503 }));

    source.items = [amoxicillin, mask];
    await first.refresh();
    expect(q(first, 'amx')).toMatchObject({ items: [amoxicillin], total: 1, updatedAt: '2026-11-24T01:00:00.000Z' });
    expect(first.drugForTraceCode('80600010000000000001')).toEqual(amoxicillin);
    expect(first.drugForTraceCode('80600020000000000001')).toBeUndefined();
    expect(seen).toEqual([{ type: 'catalogue.updated', items: 2, updatedAt: '2026-11-24T01:00:00.000Z' }]);

    now = new Date('2026-11-24T02:00:00Z');
    await first.refresh();
    expect(seen).toHaveLength(1);
    expect(q(first, 'kz').updatedAt).toBe('2026-11-24T02:00:00.000Z');
    await first.stop();

    source.items = new Error('HIS down');
    const restarted = new PriceCatalogue({ his: source, db, events, log, refreshMs: 3600_000 });
    await restarted.start();
    expect(q(restarted, '口罩')).toMatchObject({ items: [mask], updatedAt: '2026-11-24T02:00:00.000Z' });
    expect(restarted.item('XA0010')).toEqual(amoxicillin);
    await restarted.stop();
    await db.close();
  });

  it('replaces the list when the HIS changes it', async () => {
    const { db } = await freshStore();
    const source = his();
    const c = new PriceCatalogue({ his: source, db, events: new EventBus(), log: pino({ level: 'silent' }), refreshMs: 3600_000 });
    await c.start();
    source.items = [{ ...amoxicillin, unitPriceFen: 1180 }];
    await c.refresh();
    expect(q(c, '阿莫西林').items[0]!.unitPriceFen).toBe(1180);
    expect(source.calls).toBe(2);
    await c.stop();
    await db.close();
  });
});
