// Each injected fault reaches the client as the right typed error, and retries happen only where
// they cannot commit twice.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PlatformDropped,
  PlatformGarbled,
  PlatformHttpError,
  PlatformTimeout,
  PlatformUnreachable,
} from '../../../server/insurance/errors.ts';
import type { InsurancePlatform } from '../../../server/insurance/platform.ts';
import type { RunningSandbox } from '../../../server/sandbox/server.ts';
import { openVisit, type CatalogueEntry } from '../../helpers/bill.ts';
import { freePort } from '../../helpers/daemon.ts';
import { adminGet, persons, platformFor, sandbox, type AdminPerson } from '../../helpers/sandbox.ts';

let sb: RunningSandbox;
let p: InsurancePlatform;
let person: AdminPerson;
let catalogue: CatalogueEntry[];

beforeAll(async () => {
  sb = await sandbox();
  p = platformFor(sb, { timeoutMs: 400, retries: 2 });
  await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
  person = (await persons(sb, 'employee'))[3]!;
  catalogue = await adminGet(sb, '/catalogue');
});
afterAll(() => sb?.close());
afterEach(async () => {
  await fetch(`${sb.origin}/center/admin/faults`, { method: 'DELETE' });
});

const fault = (f: Record<string, unknown>) =>
  fetch(`${sb.origin}/center/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rate: 1, ...f }) });

const ledgerFor = async (mdtrtId: string) =>
  (await adminGet<Array<{ mdtrt_id: string; state: string }>>(sb, '/ledger?fixmedins_code=H15010200021')).filter((r) => r.mdtrt_id === mdtrtId);

async function readyToSettle() {
  const v = await openVisit(p, person, [{ item: catalogue[0]!, qty: 1 }]);
  return { v, pre: await p.preSettle(v.args(), v.opts) };
}

describe('platform faults', () => {
  it('latency: the answer arrives late but whole', async () => {
    await fault({ infno: '1101', kind: 'latency', ms: 150 });
    const started = Date.now();
    expect((await p.personInfo({ certType: '02', certno: person.certno })).psnNo).toBe(person.psn_no);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('timeout: a 2207 that gets no answer is a PlatformTimeout with unknown outcome, sent once, not committed', async () => {
    const { v, pre } = await readyToSettle();
    await fault({ infno: '2207', kind: 'timeout' });
    const started = Date.now();
    const err = await p.settle(v.args(), pre, v.opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformTimeout);
    expect((err as PlatformTimeout).outcomeKnown).toBe(false);
    expect(Date.now() - started).toBeLessThan(800);
    expect(await ledgerFor(v.mdtrtId)).toEqual([]);
  });

  it('http500: PlatformHttpError with unknown outcome, and a repeatable query is retried', async () => {
    await fault({ infno: '5301', kind: 'http500' });
    const err = await p.queryChronicFilings(person.psn_no, { insuplcAdmdvs: person.insuplc_admdvs }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformHttpError);
    expect(err).toMatchObject({ status: 500, outcomeKnown: false });
  });

  it('repeatable calls are retried with a new msgid after an ambiguous failure', async () => {
    await fault({ infno: '1101', kind: 'latency', ms: 600 });
    const started = Date.now();
    await expect(p.personInfo({ certType: '02', certno: person.certno })).rejects.toBeInstanceOf(PlatformTimeout);
    // three attempts (retries: 2) of 400 ms each
    expect(Date.now() - started).toBeGreaterThanOrEqual(1150);
  });

  it('garbled: PlatformGarbled, while the platform did commit the 2207', async () => {
    const { v, pre } = await readyToSettle();
    await fault({ infno: '2207', kind: 'garbled' });
    await expect(p.settle(v.args(), pre, v.opts)).rejects.toBeInstanceOf(PlatformGarbled);
    expect((await ledgerFor(v.mdtrtId)).map((r) => r.state)).toEqual(['settled']);
  });

  it('commit-then-drop: PlatformDropped, the 2207 is committed once and never re-sent', async () => {
    const { v, pre } = await readyToSettle();
    await fault({ infno: '2207', kind: 'commit-then-drop' });
    const err = await p.settle(v.args(), pre, v.opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformDropped);
    expect((err as PlatformDropped).outcomeKnown).toBe(false);
    expect((await ledgerFor(v.mdtrtId)).map((r) => r.state)).toEqual(['settled']);
    // What recovery does next: find it by the visit, then keep or reverse it.
    const found = await p.querySettlement({ psnNo: person.psn_no, mdtrtId: v.mdtrtId }, v.opts);
    expect(found).toMatchObject({ inForce: true, split: { totalFen: pre.totalFen } });
  });

  it('faults can target the e-voucher service too', async () => {
    const fresh = (await persons(sb)).find((x) => x.psn_no === person.psn_no)!;
    await fault({ infno: 'ec.query', kind: 'http500' });
    await expect(p.queryQr(fresh.ecqr)).rejects.toBeInstanceOf(PlatformHttpError);
  });

  it('a platform that is not there is PlatformUnreachable: nothing was sent', async () => {
    const nowhere = platformFor({ ...sb, origin: `http://127.0.0.1:${await freePort()}` }, { retries: 1 });
    const err = await nowhere.personInfo({ certType: '02', certno: person.certno }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformUnreachable);
    expect((err as PlatformUnreachable).outcomeKnown).toBe(true);
    expect(nowhere.client.reachable).toBe(false);
  });

  it('lists and clears faults through the admin routes', async () => {
    await fault({ infno: '*', kind: 'latency', ms: 1 });
    expect(await adminGet(sb, '/faults')).toEqual([{ infno: '*', kind: 'latency', rate: 1, ms: 1 }]);
    const bad = await fetch(`${sb.origin}/center/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"infno":"2207","kind":"explode"}' });
    expect(bad.status).toBe(400);
  });
});
