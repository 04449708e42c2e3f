import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../server/store/db.ts';
import { forSettlement, recordIntent, recordOutcome, unresolved } from '../../server/store/journal.ts';
import { migrate } from '../../server/store/migrate.ts';
import { MIGRATIONS } from '../../server/store/migrations/index.ts';
import { complete, due, enqueue, retryLater } from '../../server/store/outbox.ts';
import { DB_FILE, openStore } from '../../server/store/store.ts';
import { appendAudit } from '../../server/store/audit.ts';
import { freshStore } from '../helpers/store.ts';

const open: Database[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});
const store = async () => {
  const s = await freshStore();
  open.push(s.db);
  return s;
};

describe('store', () => {
  it('runs in WAL mode with every migration applied', async () => {
    const { db } = await store();
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA user_version')).toEqual({ user_version: MIGRATIONS.length });
    const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['journal', 'outbox', 'audit']));
  });

  it('applies migrations once and only the new ones on the next start', async () => {
    const { db, dir } = await store();
    await db.close();
    open.pop();
    const again = await Database.open(join(dir, DB_FILE));
    open.push(again);
    const extra = [...MIGRATIONS, 'CREATE TABLE later (id INTEGER PRIMARY KEY)'];
    expect(await migrate(again, extra)).toBe(extra.length);
    expect(await again.get('PRAGMA user_version')).toEqual({ user_version: extra.length });
    expect(await again.all("SELECT name FROM sqlite_master WHERE name = 'later'")).toHaveLength(1);
  });

  it('refuses a database written by newer software', async () => {
    const { db, dir } = await store();
    await db.exec('PRAGMA user_version = 999');
    await db.close();
    open.pop();
    await expect(openStore(dir)).rejects.toThrow(/schema version 999 is newer/);
  });

  it('commits a transaction whole or not at all', async () => {
    const { db } = await store();
    await expect(
      db.transaction(async (tx) => {
        await recordIntent(tx, { settlementId: 's1', step: '2207', msgid: 'm1', intent: {} });
        await appendAudit(tx, db.auditKey, { actor: 'system', action: 'test' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.all('SELECT * FROM journal')).toEqual([]);
    expect(await db.all('SELECT * FROM audit')).toEqual([]);
  });

  it('keeps other callers out of an open transaction', async () => {
    const { db } = await store();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = db.transaction(async (t) => {
      await recordIntent(t, { settlementId: 's1', step: '2206', intent: {} });
      await gate;
      throw new Error('rolled back');
    });
    const outside = db.run("INSERT INTO outbox (kind, payload, next_attempt_at, created_at) VALUES ('k', '{}', 'x', 'x')");
    release();
    await expect(tx).rejects.toThrow('rolled back');
    await outside;
    expect(await db.all('SELECT * FROM journal')).toEqual([]);
    expect(await db.all('SELECT * FROM outbox')).toHaveLength(1);
  });


  it('sends statements that queue up together, and a failing one fails alone', async () => {
    const { db } = await store();
    await recordIntent(db, { settlementId: 's0', step: '2201', msgid: 'taken', intent: {} });
    const many = Array.from({ length: 20 }, (_, i) => recordIntent(db, { settlementId: `s${i + 1}`, step: '2201', msgid: i === 7 ? 'taken' : `m${i}`, intent: {} }));
    const results = await Promise.allSettled(many);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((results[7] as PromiseRejectedResult).reason.message).toMatch(/UNIQUE/);
    expect(await db.get('SELECT count(*) AS n FROM journal')).toEqual({ n: 20 });
  });

  it('finishes queued work on close and refuses work after it', async () => {
    const { db } = await store();
    const queued = Array.from({ length: 10 }, (_, i) => recordIntent(db, { settlementId: `s${i}`, step: '2201', intent: {} }));
    const tx = db.transaction((t) => recordIntent(t, { settlementId: 'tx', step: '2201', intent: {} }));
    await db.close();
    open.pop();
    await expect(Promise.all([...queued, tx])).resolves.toHaveLength(11);
    await expect(db.get('SELECT 1')).rejects.toThrow(/closed/);
  });

  it('closes cleanly while a caller keeps asking, refusing what comes after the close', async () => {
    const { db } = await store();
    const caller = (async () => {
      for (let i = 0; i < 50; i++) await recordIntent(db, { settlementId: `s${i}`, step: '2201', intent: {} });
    })();
    const refused = expect(caller).rejects.toThrow(/closed/);
    await new Promise((r) => setTimeout(r, 1));
    await db.close();
    open.pop();
    await refused;
  });
  it('journals intent before and outcome after, and lists what is unresolved', async () => {
    const { db } = await store();
    const a = await recordIntent(db, { settlementId: 's1', step: '2206', msgid: 'm1', intent: { totalFen: 1230 } });
    const b = await recordIntent(db, { settlementId: 's1', step: '2207', msgid: 'm2', intent: { totalFen: 1230 } });
    const c = await recordIntent(db, { settlementId: 's2', step: '2207', msgid: 'm3', intent: {} });
    await recordOutcome(db, a, 'ok', { setl: 'x' });
    await recordOutcome(db, c, 'unknown', { reason: 'timeout' });
    expect((await unresolved(db)).map((e) => e.id)).toEqual([b, c]);
    const steps = await forSettlement(db, 's1');
    expect(steps.map((s) => [s.step, s.state])).toEqual([
      ['2206', 'ok'],
      ['2207', 'pending'],
    ]);
    expect(steps[0]!.intent).toEqual({ totalFen: 1230 });
    await expect(recordOutcome(db, 999, 'ok', {})).rejects.toThrow(/does not exist/);
  });

  it('refuses a reused msgid in the journal', async () => {
    const { db } = await store();
    await recordIntent(db, { settlementId: 's1', step: '2207', msgid: 'same', intent: {} });
    await expect(recordIntent(db, { settlementId: 's2', step: '2207', msgid: 'same', intent: {} })).rejects.toThrow(/UNIQUE/);
  });

  it('hands out due outbox work and backs off failures', async () => {
    const { db } = await store();
    const t0 = new Date('2026-01-01T00:00:00Z');
    const id = await enqueue(db, 'refund', { orderId: 'o1' }, 0, t0);
    const [item] = await due(db, t0);
    expect(item).toMatchObject({ id, kind: 'refund', payload: { orderId: 'o1' }, attempts: 0 });
    await retryLater(db, item!, 'payment sandbox down', t0);
    expect(await due(db, new Date(t0.getTime() + 500))).toEqual([]);
    const [again] = await due(db, new Date(t0.getTime() + 1000));
    expect(again).toMatchObject({ attempts: 1, lastError: 'payment sandbox down' });
    await complete(db, id);
    expect(await due(db, new Date(t0.getTime() + 10_000_000))).toEqual([]);
  });
});
