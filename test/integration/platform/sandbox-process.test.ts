// The sandbox as its own process (`npm run sandbox`), its state across restarts, and the daemon
// pointed at it: through its service addresses, or found already answering on the sandbox port.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { yuanToFen } from '../../../server/insurance/money.ts';
import { openVisit, type CatalogueEntry } from '../../helpers/bill.ts';
import { configFile, freePort, ROOT, startDaemon, tempDir } from '../../helpers/daemon.ts';
import { identify, testPersons } from '../../helpers/patient.ts';
import { raw, rawSignIn } from '../../helpers/raw-envelope.ts';
import { adminGet, persons, platformFor, sandbox, type AdminPerson } from '../../helpers/sandbox.ts';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const p of running.splice(0)) p.kill('SIGTERM');
});

async function sandboxProcess(port: number, data: string): Promise<{ origin: string; line: string }> {
  const proc = spawn(process.execPath, [join(ROOT, 'dist', 'sandbox', 'main.js'), '--port', String(port), '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(proc);
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    proc.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, line };
}

describe('the sandbox process', () => {
  it('runs alone on the given port and data directory and answers raw NHSA envelopes', async () => {
    const port = await freePort();
    const data = tempDir('sandbox-proc-');
    const { origin, line } = await sandboxProcess(port, data);
    expect(line).toContain(`${origin}/center`);
    expect(line).toContain(data);
    const sb = { origin } as Parameters<typeof raw>[0];
    const signNo = await rawSignIn(sb);
    const [p] = await persons(sb as never, 'employee');
    const a = await raw(sb, '1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p!.certno } }, { signNo });
    expect(a).toMatchObject({ infcode: '0', output: { baseinfo: { psn_no: p!.psn_no } } });
    const institutions = await (await fetch(`${origin}/center/admin/institutions`)).json();
    expect(new Set(institutions.filter((i: { kind: string }) => i.kind === 'hospital').map((i: { grade: string }) => i.grade))).toEqual(new Set(['A', 'B', 'C']));
    expect(institutions.some((i: { kind: string }) => i.kind === 'pharmacy')).toBe(true);
  });

  it('keeps balances, ledger and ids across a restart', async () => {
    const dataDir = tempDir('sandbox-restart-');
    let sb = await sandbox({ dataDir });
    let p = platformFor(sb);
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const person = (await persons(sb, 'employee')).find((x) => yuanToFen(x.balc) > 50_000) as AdminPerson;
    const catalogue = await adminGet<CatalogueEntry[]>(sb, '/catalogue');
    const v = await openVisit(p, person, [{ item: catalogue[0]!, qty: 1 }]);
    const first = await p.settle(v.args(), await p.preSettle(v.args(), v.opts), v.opts);
    await sb.close();

    sb = await sandbox({ dataDir });
    p = platformFor(sb);
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const after = (await persons(sb)).find((x) => x.psn_no === person.psn_no)!;
    expect(yuanToFen(after.balc)).toBe(first.balanceFen);
    const ledger = await adminGet<Array<{ setl_id: string }>>(sb, '/ledger');
    expect(ledger.map((r) => r.setl_id)).toContain(first.setlId);
    const w = await openVisit(p, person, [{ item: catalogue[1]!, qty: 1 }]);
    const second = await p.settle(w.args(), await p.preSettle(w.args(), w.opts), w.opts);
    expect(second.setlId > first.setlId).toBe(true);
    await sb.close();
  });

  it('refuses to reuse data seeded with another seed', async () => {
    const dataDir = tempDir('sandbox-seed-');
    await (await sandbox({ dataDir, seed: 1 })).close();
    await expect(sandbox({ dataDir, seed: 2 })).rejects.toThrow(/seeded with 1, not 2/);
  });

  it('reset returns the population to its seeded state', async () => {
    const sb = await sandbox();
    const person = (await persons(sb, 'employee'))[0]!;
    await fetch(`${sb.origin}/center/admin/persons/${person.psn_no}/face`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"match":false}' });
    await fetch(`${sb.origin}/center/admin/reset`, { method: 'POST' });
    expect((await adminGet<{ face_match: boolean }>(sb, `/persons/${person.psn_no}`)).face_match).toBe(true);
    await sb.close();
  });

  it('seeds the situations an integrator needs, with valid ID numbers', async () => {
    const sb = await sandbox();
    const all = await persons(sb);
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const tag of ['employee', 'retiree', 'resident', 'elderly', 'child', 'chronic', 'cross-region', 'relocated', 'suspended', 'deceased', 'expired-id-card', 'face-mismatch', 'hk-macau-taiwan', 'foreigner']) {
      expect(all.some((x) => x.tags.includes(tag)), tag).toBe(true);
    }
    const { idNumberValid } = await import('../../../device/idcard/id-number.ts');
    const eighteen = all.filter((x) => x.certno.length === 18);
    expect(eighteen.length).toBeGreaterThan(200);
    expect(eighteen.every((x) => idNumberValid(x.certno))).toBe(true);
    expect(all.filter((x) => x.tags.includes('elderly')).every((x) => x.age >= 80)).toBe(true);
    expect(all.filter((x) => x.tags.includes('cross-region')).every((x) => x.insuplc_admdvs !== '150102')).toBe(true);
    await sb.close();
  });
});

describe('the daemon against a sandbox started by hand', () => {
  it('signs in to what insurance.baseUrl points at and reads 医保码 there too, without starting its own sandbox', async () => {
    const port = await freePort();
    const { origin } = await sandboxProcess(port, tempDir('sandbox-own-'));
    const center = `${origin}/center`;
    const daemon = await startDaemon({
      KIOSK_CONFIG: configFile(tempDir(), { insurance: { baseUrl: center }, his: { baseUrl: `${origin}/his` }, payment: { baseUrl: `${origin}/payment` } }),
    });
    try {
      expect(daemon.stdout()).toContain(`platform ${center}`);
      expect(daemon.stdout()).not.toContain('sandbox platform');
      await expect.poll(async () => (await (await fetch(new URL('/api/health', daemon.url))).json()).platform).toEqual({ reachable: true, signedIn: true });
      const [p] = await testPersons(origin);
      const opened = await identify({ url: daemon.url, sandbox: origin }, p!);
      expect(opened.status).toBe(201);
    } finally {
      expect((await daemon.stop()).code).toBe(0);
    }
  });

  it('signs in again at once when the platform has lost its sign-in, and health notices a platform that stopped answering', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const { origin } = await sandboxProcess(port, tempDir('sandbox-lost-'));
    const daemon = await startDaemon({
      KIOSK_CONFIG: configFile(tempDir(), { insurance: { baseUrl: `${origin}/center` }, his: { baseUrl: `${origin}/his` }, payment: { baseUrl: `${origin}/payment` } }),
    });
    const health = async () => (await (await fetch(new URL('/api/health', daemon.url))).json()).platform;
    try {
      await expect.poll(health).toEqual({ reachable: true, signedIn: true });
      // The platform forgets every sign-in (a restart of its own, a new day on its clock).
      await fetch(`${origin}/center/admin/reset`, { method: 'POST' });
      const [p] = await testPersons(origin);
      const first = await identify({ url: daemon.url, sandbox: origin }, p!);
      expect(first).toMatchObject({ status: 503, body: { error: { message: { en: expect.stringContaining('connecting to the insurance platform') } } } });
      await expect.poll(health).toEqual({ reachable: true, signedIn: true });
      expect((await identify({ url: daemon.url, sandbox: origin }, p!)).status).toBe(201);
      // Nothing is asked of the platform while idle, yet health finds out it is gone.
      running.at(-1)!.kill('SIGKILL');
      await expect.poll(async () => (await health()).reachable, { timeout: 40_000, interval: 1000 }).toBe(false);
    } finally {
      expect((await daemon.stop()).code).toBe(0);
    }
  });

  it('uses a sandbox already answering on its own sandbox port (npm run sandbox, then npm start)', async () => {
    const port = await freePort();
    const { origin } = await sandboxProcess(port, tempDir('sandbox-first-'));
    const daemon = await startDaemon({
      KIOSK_CONFIG: configFile(tempDir(), {
        sandbox: { port, dataDir: tempDir('sandbox-unused-') },
        insurance: { baseUrl: `${origin}/center` },
        his: { baseUrl: `${origin}/his` },
        payment: { baseUrl: `${origin}/payment` },
      }),
    });
    try {
      expect(daemon.stdout()).toContain(`platform ${origin}/center`);
      await expect.poll(async () => (await (await fetch(new URL('/api/health', daemon.url))).json()).platform).toEqual({ reachable: true, signedIn: true });
    } finally {
      expect((await daemon.stop()).code).toBe(0);
    }
  });
});
