import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveRetention } from '../../server/flows/archive-retention.ts';
import type { Database } from '../../server/store/db.ts';
import { recentAudit } from '../../server/store/audit.ts';
import { recordConsent } from '../../server/store/consents.ts';
import { freshStore } from '../helpers/store.ts';

let db: Database | undefined;
afterEach(() => db?.close());

const settlement = (id: string) =>
  db!.run(
    `INSERT INTO settlements (id, state, psn_no, insuplc, insutype, med_type, use_account, receipt, created_at, updated_at)
     VALUES (?, 'settled', 'P1', '150102', '310', '11', 1, '{}', '2010-01-01', '2010-01-01')`,
    [id],
  );
const commitment = (signedAt: string, sn: string) =>
  db!.run(
    `INSERT INTO credit_commitments (filing_sn, fixmedins_code, text_version, text_zh, text_en, statement, signature, signed_by, signed_at, state)
     VALUES (?, 'H15010200021', 'v1', '承诺', 'I promise', '摔倒', x'89504e47', 'patient', ?, 'filed')`,
    [sn, signedAt],
  );

describe('archive retention', () => {
  it('[001-13.1] keeps signed consents and commitments for the configured years, then deletes them and audits it', async () => {
    db = (await freshStore()).db;
    const signature = Buffer.from('89504e47', 'hex');
    await settlement('S-old');
    await settlement('S-new');
    await recordConsent(db, { settlementId: 'S-old', items: [], totalFen: 30_000, signature }, new Date('2010-01-01T00:00:00Z'));
    await recordConsent(db, { settlementId: 'S-new', items: [], totalFen: 30_000, signature }, new Date('2020-06-01T00:00:00Z'));
    await commitment('2010-03-01T00:00:00.000Z', 'BA-old');
    await commitment('2024-03-01T00:00:00.000Z', 'BA-new');
    const retention = new ArchiveRetention(db, 15, () => new Date('2026-11-23T00:00:00Z'));
    expect(await retention.purge()).toEqual({ consents: 1, commitments: 1 });
    expect(await db.all('SELECT settlement_id FROM consents')).toEqual([{ settlement_id: 'S-new' }]);
    expect(await db.all('SELECT filing_sn FROM credit_commitments')).toEqual([{ filing_sn: 'BA-new' }]);
    expect((await recentAudit(db, 1))[0]).toMatchObject({ action: 'archive.purged' });
    expect(await retention.purge()).toEqual({ consents: 0, commitments: 0 });
  });
});
