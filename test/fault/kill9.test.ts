// The SIGKILL campaign: hundreds of settlements with the daemon killed at random moments and
// started again on the same data. Afterwards, with recovery done, the invariants must hold
// against the platform's, the HIS's and the payment provider's own records:
// no bill is settled twice; every platform settlement of this institution has one journal row
// that says so; every captured payment belongs to a settled settlement or is refunded; nothing
// is recorded as settled that the platform does not hold.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/store/db.ts';
import { configFile, freePort, ROOT, startDaemon, tempDir, type RunningDaemon } from '../helpers/daemon.ts';
import { api, ledger, payments, payQr, testPersons, type TestPerson } from '../helpers/patient.ts';

const KILLS = 14;
const WORKERS = 8;

let sandbox: ChildProcess;
let origin: string;
let dataDir: string;
let config: Record<string, unknown>;
let daemon: RunningDaemon | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rnd = (a: number, b: number) => a + Math.floor(Math.random() * (b - a + 1));

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  sandbox = spawn(process.execPath, [join(ROOT, 'dist', 'sandbox', 'main.js'), '--port', String(port), '--data', tempDir('kill9-sandbox-')], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => sandbox.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
  dataDir = tempDir('kill9-kiosk-');
  config = {
    sandbox: { enabled: false },
    insurance: { baseUrl: `${origin}/center`, ecBaseUrl: `${origin}/center`, timeoutMs: 2000 },
    his: { baseUrl: `${origin}/his` },
    payment: { baseUrl: `${origin}/payment` },
    simulators: { idcard: false, scanner: false, printer: false },
    devices: { idcard: { driver: 'none' }, scanner: { driver: 'none' }, camera: { driver: 'none' }, printer: { driver: 'none' } },
    session: { maxOpen: 50 },
  };
});
afterAll(async () => {
  await daemon?.stop();
  sandbox?.kill('SIGTERM');
});

const start = async () => (daemon = await startDaemon({ KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: configFile(tempDir(), config) }));

/** One patient's attempt; any failure (the daemon died under it) just ends the attempt. */
async function attempt(p: TestPerson, tally: Record<string, number>): Promise<void> {
  const base = daemon?.url;
  // While the daemon is down, wait rather than spin (a bare return would starve the event loop).
  if (!base) {
    await sleep(100);
    return;
  }
  const call = api(base);
  const billId = (await (await fetch(`${origin}/his/admin/bills`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ certno: p.certno }) })).json()).billId;
  const qr = (await testPersons(origin)).find((x) => x.psnNo === p.psnNo)!.ecqr;
  const session = await call('POST', '/api/sessions', { credential: { type: 'ecqr', code: qr } });
  if (session.status !== 201) return;
  const pre = await call('POST', `/api/sessions/${session.body.sessionId}/settlements`, { billIds: [billId] });
  if (pre.status !== 201) return;
  tally.presettled = (tally.presettled ?? 0) + 1;
  const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: Math.random() < 0.7 });
  if (confirm.body?.status === 'awaiting-payment' && Math.random() < 0.9) {
    await sleep(rnd(0, 300));
    if ((await payQr(origin, confirm.body.payment.qrText)) === 200) tally.paid = (tally.paid ?? 0) + 1;
  }
  for (let i = 0; i < 20; i++) {
    const s = await call('GET', `/api/settlements/${pre.body.settlementId}`);
    if (!['presettled', 'awaiting-payment', 'settling'].includes(s.body?.status)) break;
    await sleep(100);
  }
}

describe('kill -9 at random moments', () => {
  it('keeps every invariant across crashes', async () => {
    await start();
    const people = (await testPersons(origin)).filter((p) => ['employee', 'resident', 'retiree'].includes(p.tags[0]!) && p.tags.length === 1);
    const tally: Record<string, number> = {};
    let stop = false;
    const workers = Array.from({ length: WORKERS }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        await attempt(people[(w * 37 + i) % people.length]!, tally).catch(() => sleep(50));
      }
    });
    for (let k = 0; k < KILLS; k++) {
      await sleep(rnd(700, 2500));
      daemon!.proc.kill('SIGKILL');
      await new Promise((r) => daemon!.proc.once('exit', r));
      daemon = undefined;
      await sleep(rnd(0, 300));
      await start();
    }
    stop = true;
    await Promise.all(workers);
    expect(tally.presettled ?? 0).toBeGreaterThan(50);

    // Let recovery and the outbox finish: nothing open, nothing due.
    const db = await Database.open(join(dataDir, 'kiosk.sqlite'));
    try {
      await expect
        .poll(
          async () => {
            const open = await db.get<{ n: number }>("SELECT count(*) AS n FROM settlements WHERE state IN ('preparing', 'presettled', 'awaiting-payment', 'settling')");
            const due = await db.get<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE done_at IS NULL');
            return open!.n + due!.n;
          },
          { timeout: 40_000, interval: 500 },
        )
        .toBe(0);
      const settled = await db.all<{ id: string; setl_id: string; order_id: string | null }>("SELECT id, setl_id, order_id FROM settlements WHERE state = 'settled'");
      const journal = await db.all<{ settlement_id: string; state: string; outcome: string | null }>("SELECT settlement_id, state, outcome FROM journal WHERE step = '2207'");
      const bills = await db.all<{ bill_id: string; n: number }>(
        "SELECT bill_id, count(*) AS n FROM settlement_bills b JOIN settlements s ON s.id = b.settlement_id WHERE s.state = 'settled' GROUP BY bill_id",
      );
      const platform = (await ledger(origin)).filter((r) => r.state === 'settled');
      const orders = await payments(origin);

      // Every platform settlement has one kiosk settlement and one journal row that says so.
      const ours = new Map(settled.map((s) => [s.setl_id, s]));
      for (const r of platform) {
        expect(ours.has(r.setl_id), `platform settlement ${r.setl_id} missing at the terminal`).toBe(true);
        const rows = journal.filter((j) => j.state === 'ok' && j.outcome && JSON.parse(j.outcome).setlId === r.setl_id);
        expect(rows, r.setl_id).toHaveLength(1);
      }
      // Nothing settled here that the platform does not hold.
      expect(new Set(platform.map((r) => r.setl_id))).toEqual(new Set(ours.keys()));
      // No bill settled twice.
      expect(bills.filter((b) => b.n > 1)).toEqual([]);
      // Every captured payment belongs to a settled settlement or was refunded.
      const settledIds = new Set(settled.map((s) => s.id));
      for (const o of orders) {
        if (o.state === 'paid') expect(settledIds.has(o.merchantOrderNo), `paid order ${o.orderId} of ${o.merchantOrderNo}`).toBe(true);
        if (settledIds.has(o.merchantOrderNo)) expect(o.state).toBe('paid');
      }
      // The HIS shows exactly the settled bills as paid, each by its settlement.
      const paidAtHis = new Map(((await (await fetch(`${origin}/his/admin/bills?state=paid`)).json()) as Array<{ billId: string; setlId: string }>).map((b) => [b.billId, b.setlId]));
      const settledBills = await db.all<{ bill_id: string; setl_id: string }>(
        "SELECT b.bill_id, s.setl_id FROM settlement_bills b JOIN settlements s ON s.id = b.settlement_id WHERE s.state = 'settled'",
      );
      expect(new Map(settledBills.map((b) => [b.bill_id, b.setl_id]))).toEqual(paidAtHis);
      process.stdout.write(`kill -9 campaign: ${KILLS} kills, ${tally.presettled} pre-settled, ${tally.paid ?? 0} paid, ${settled.length} settled, ${orders.filter((o) => o.state === 'refunded').length} refunded\n`);
    } finally {
      await db.close();
    }
  }, 180_000);
});
