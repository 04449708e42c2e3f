import { createHash, createHmac, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { audit, verifyAudit, type AuditRow } from '../../server/store/audit.ts';
import type { Database } from '../../server/store/db.ts';
import { AUDIT_KEY_FILE, openStore } from '../../server/store/store.ts';
import { freshStore } from '../helpers/store.ts';

let db: Database;
afterEach(() => db.close());

async function chainOf(n: number) {
  db = (await freshStore()).db;
  for (let i = 1; i <= n; i++) await audit(db, { actor: 'operator', action: 'test', detail: { i } });
}

describe('audit chain', () => {
  it('[001-13.1] verifies an untouched chain, including concurrent appends', async () => {
    await chainOf(3);
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit(db, { actor: 'system', action: 'burst', detail: { i } })));
    expect(await verifyAudit(db)).toEqual({ ok: true, rows: 23 });
  });

  it('[001-13.1] detects an edited row', async () => {
    await chainOf(5);
    await db.run(`UPDATE audit SET detail = '{"i":99}' WHERE id = 3`);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, id: 3, problem: 'row 3 was edited' });
  });

  it('[001-13.1] detects an edited row whose hash was recomputed, at the next row', async () => {
    await chainOf(5);
    await db.run(`UPDATE audit SET hash = 'f00' WHERE id = 2`);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, id: 2 });
    await db.run(`UPDATE audit SET hash = (SELECT hash FROM audit WHERE id = 1) WHERE id = 2`);
    expect((await verifyAudit(db)).ok).toBe(false);
  });

  it.each([
    ['plain SHA-256', (fields: string) => createHash('sha256').update(fields).digest('hex')],
    ['an HMAC under another key', (fields: string) => createHmac('sha256', randomBytes(32)).update(fields).digest('hex')],
  ])('[001-13.1] detects an edited row whose chain was recomputed without the key (%s)', async (_how, hash) => {
    await chainOf(5);
    await db.run(`UPDATE audit SET detail = '{"i":99}' WHERE id = 3`);
    // What someone with the database but not the key file can do: rehash from row 3 on.
    let prev = (await db.get<AuditRow>('SELECT * FROM audit WHERE id = 2'))!.hash;
    for (const row of await db.all<AuditRow>('SELECT * FROM audit WHERE id >= 3 ORDER BY id')) {
      const forged = hash(JSON.stringify([row.id, row.at, row.actor, row.action, row.detail, prev]));
      await db.run('UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?', [prev, forged, row.id]);
      prev = forged;
    }
    expect(await verifyAudit(db)).toMatchObject({ ok: false, id: 3, problem: 'row 3 was edited' });
  });

  it('[001-13.1] keeps its key outside the database, readable by its owner only, and the same across restarts', async () => {
    const store = await freshStore();
    db = store.db;
    await audit(db, { actor: 'system', action: 'first' });
    await db.close();
    const key = join(store.dir, AUDIT_KEY_FILE);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    db = await openStore(store.dir);
    await audit(db, { actor: 'system', action: 'second' });
    expect(await verifyAudit(db)).toEqual({ ok: true, rows: 2 });
  });

  it('[001-13.1] detects a deleted row in the middle and at the end', async () => {
    await chainOf(5);
    await db.run('DELETE FROM audit WHERE id = 2');
    expect(await verifyAudit(db)).toMatchObject({ ok: false, id: 2, problem: 'row 2 is missing (deleted)' });
    await db.close();
    await chainOf(5);
    await db.run('DELETE FROM audit WHERE id = 5');
    expect(await verifyAudit(db)).toMatchObject({ ok: false, problem: 'rows after 4 are missing (deleted)' });
  });
});
