// Filings whose answer is lost: the daemon looks the filing up before telling the patient anything,
// and the trauma commitment archive follows what the platform really holds.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/store/db.ts';
import { DB_FILE } from '../../server/store/store.ts';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { api, faults, identify, testPersons, type TestPerson } from '../helpers/patient.ts';

let daemon: RunningDaemon;
let call: ReturnType<typeof api>;
let persons: TestPerson[];
const used = new Set<string>();

const day = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const minute = (ago: number) => new Date(Date.now() + 8 * 3600_000 - ago * 60_000).toISOString().slice(0, 16).replace('T', ' ');
const SIGNATURE = `data:image/png;base64,${Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 3)]).toString('base64')}`;
const person = () => {
  const p = persons.find((x) => x.tags.length === 1 && x.tags.includes('employee') && !used.has(x.psnNo))!;
  used.add(p.psnNo);
  return p;
};
const trauma = (cause: string) => ({
  kind: 'trauma',
  tel: '13800001234',
  addr: '沙盒市新城区',
  begin: day(),
  injury: { at: minute(45), place: '单位楼梯', cause },
  commitment: { accepted: true, signature: SIGNATURE },
});
/** The commitment rows in the daemon's own database. */
async function commitments() {
  const db = await Database.open(join(daemon.dataDir, DB_FILE));
  try {
    return await db.all<{ filing_sn: string | null; state: string; statement: string }>('SELECT filing_sn, state, statement FROM credit_commitments ORDER BY id');
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  daemon = await startDaemon();
  call = api(daemon.url);
  persons = await testPersons(daemon.sandbox);
});
afterAll(async () => {
  await faults(daemon.sandbox);
  await daemon?.stop();
});

describe('filing answers lost', () => {
  it('[002-commit] finds a trauma filing the platform committed before the connection dropped, and ties the commitment to it', async () => {
    const sid = (await identify(daemon, person())).body.sessionId;
    await faults(daemon.sandbox, { infno: '2505', kind: 'commit-then-drop' });
    const filed = await call('POST', `/api/sessions/${sid}/filings`, trauma('搬箱子时从楼梯滑倒'));
    await faults(daemon.sandbox);
    expect(filed).toMatchObject({ status: 201, body: { kind: 'trauma', injury: { cause: '搬箱子时从楼梯滑倒' }, commitment: { signature: SIGNATURE }, proof: { status: 'printed' } } });
    expect(await commitments()).toContainEqual(expect.objectContaining({ filing_sn: filed.body.filingSn, state: 'filed' }));
  });

  it('[002-commit] says the platform cannot be reached when it did not file, and drops the commitment', async () => {
    const sid = (await identify(daemon, person())).body.sessionId;
    const before = (await commitments()).length;
    await faults(daemon.sandbox, { infno: '2505', kind: 'http500' });
    const failed = await call('POST', `/api/sessions/${sid}/filings`, trauma('骑车时自己摔倒'));
    await faults(daemon.sandbox);
    expect(failed).toMatchObject({ status: 503, body: { error: { code: 'PLATFORM_UNAVAILABLE', message: { zh: expect.stringContaining('医保平台') } } } });
    expect((await call('GET', `/api/sessions/${sid}/filings?kind=trauma`)).body).toEqual([]);
    expect((await commitments()).length).toBe(before);
  });

  it('drops the commitment when the platform refuses the filing', async () => {
    const sid = (await identify(daemon, person())).body.sessionId;
    const before = (await commitments()).length;
    const refused = await call('POST', `/api/sessions/${sid}/filings`, { ...trauma('在家中跌倒'), begin: day(), injury: { at: `${minute(60 * 24 * 31)}`, place: '家中', cause: '在家中跌倒' } });
    expect(refused.status).toBe(422);
    expect((await commitments()).length).toBe(before);
  });

  it('completes a revocation whose answer was lost', async () => {
    const sid = (await identify(daemon, person())).body.sessionId;
    const filed = await call('POST', `/api/sessions/${sid}/filings`, { kind: 'designated-institution', tel: '13800001234', addr: '沙盒市新城区', begin: day(), institution: { code: 'H15010200031' } });
    expect(filed.status).toBe(201);
    await faults(daemon.sandbox, { infno: '2506', kind: 'garbled' });
    const revoked = await call('POST', `/api/sessions/${sid}/filings/${filed.body.filingSn}/revoke`, {});
    await faults(daemon.sandbox);
    expect(revoked).toMatchObject({ status: 200, body: { filingSn: filed.body.filingSn, status: 'revoked' } });
  });
});
