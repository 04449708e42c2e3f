import { afterEach, describe, expect, it } from 'vitest';
import { audit, verifyAudit } from '../../server/store/audit.ts';
import type { Database } from '../../server/store/db.ts';
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
