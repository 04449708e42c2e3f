// Settlement through one daemon against the sandbox, each in its own process, as a bedside fleet
// would run it: many sessions at once, each identified by 医保码, its bill listed, pre-settled
// (2201/2203/2204/3101/2206) and settled from the personal account (2207, HIS, receipt).
// Figures: the daemon's own time per settlement (Server-Timing app time, platform/HIS waits
// excluded) p50/p99, settlements per second, and the daemon's RSS after 1,000 and 10,000.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFile, freePort, startDaemon, tempDir } from '../helpers/daemon.ts';
import { percentile, report } from './report.ts';

const CONCURRENCY = 32;
const SEQUENTIAL = 200;

interface Person {
  psn_no: string;
  certno: string;
  ecqr: string;
  tags: string[];
}

const appMs = (res: Response) => Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? 0);
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

export async function benchSettlement(): Promise<void> {
  const count = Number(process.env.BENCH_SETTLEMENTS ?? 10_000);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const sandbox: ChildProcess = spawn(process.execPath, [join(process.cwd(), 'dist', 'sandbox', 'main.js'), '--port', String(port), '--data', tempDir('bench-settle-sb-')], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => sandbox.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
  const daemon = await startDaemon({
    KIOSK_CONFIG: configFile(tempDir(), {
      sandbox: { enabled: false },
      insurance: { baseUrl: `${origin}/center`, ecBaseUrl: `${origin}/center` },
      his: { baseUrl: `${origin}/his` },
      payment: { baseUrl: `${origin}/payment` },
      simulators: { idcard: false, scanner: false, printer: false },
      devices: { idcard: { driver: 'none' }, scanner: { driver: 'none' }, camera: { driver: 'none' }, printer: { driver: 'none' } },
      session: { maxOpen: 500 },
      log: { level: 'warn' },
    }),
  });
  try {
    // Employees, their accounts topped up whenever low: the self-pay part always comes from the
    // account, so nobody waits on a phone payment.
    const people = ((await (await fetch(`${origin}/center/admin/persons`)).json()) as Person[]).filter((p) => p.tags.length === 1 && p.tags[0] === 'employee');
    const balance = new Map<string, number>();
    const topUp = async (p: Person) => {
      if ((balance.get(p.psn_no) ?? 0) >= 10_000) return;
      const res = await fetch(`${origin}/center/admin/persons/${p.psn_no}/account`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ balc: '5000.00' }) });
      if (!res.ok) throw new Error(`sandbox admin: ${res.status} ${await res.text()}`);
      balance.set(p.psn_no, 500_000);
    };
    const catalogue = (await (await fetch(`${origin}/center/admin/catalogue`)).json()) as Array<{ med_list_codg: string; name: string }>;
    const lines = ['阿莫西林胶囊', '血细胞分析(血常规)', '普通门诊诊查费'].map((name) => ({ med_list_codg: catalogue.find((c) => c.name === name)!.med_list_codg, quantity: 1 }));
    const times: number[] = [];
    const rssAt: Record<number, number> = {};
    let started = 0;
    let done = 0;
    /** A fresh 医保码 for one person (a payload resolves once). */
    const qrOf = async (psnNo: string) => ((await (await fetch(`${origin}/center/admin/persons/${psnNo}`)).json()) as Person).ecqr;
    const one = async (p: Person) => {
      const post = (path: string, body: unknown) => fetch(new URL(path, daemon.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const bill = (await (await fetch(`${origin}/his/admin/bills`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ certno: p.certno, lines }) })).json()) as { billId: string };
      await topUp(p);
      let own = 0;
      const session = await post('/api/sessions', { credential: { type: 'ecqr', code: await qrOf(p.psn_no) } });
      own += appMs(session);
      const opened = (await session.json()) as { sessionId: string };
      if (!opened.sessionId) throw new Error(`identification failed: ${JSON.stringify(opened)}`);
      const { sessionId } = opened;
      const bills = await fetch(new URL(`/api/sessions/${sessionId}/bills`, daemon.url));
      own += appMs(bills);
      await bills.arrayBuffer();
      const pre = await post(`/api/sessions/${sessionId}/settlements`, { billIds: [bill.billId] });
      own += appMs(pre);
      const presettled = (await pre.json()) as { settlementId: string };
      if (!presettled.settlementId) throw new Error(`pre-settlement failed: ${JSON.stringify(presettled)}`);
      const confirm = await post(`/api/settlements/${presettled.settlementId}/confirm`, { useAccount: true });
      own += appMs(confirm);
      const result = (await confirm.json()) as { status: string; split: { accountFen: number } };
      if (result.status !== 'settled') throw new Error(`settlement ended ${JSON.stringify(result)}`);
      balance.set(p.psn_no, balance.get(p.psn_no)! - result.split.accountFen);
      await fetch(new URL(`/api/sessions/${sessionId}`, daemon.url), { method: 'DELETE' });
      done++;
      if (done === 1000 || done === count) rssAt[done] = rss(daemon.proc.pid!);
      return own;
    };

    // The daemon's own time, one patient at a time: nothing queues behind anyone else.
    for (let i = 0; i < SEQUENTIAL; i++) times.push(await one(people[i % people.length]!));
    times.sort((a, b) => a - b);
    report({ name: `daemon time per settlement, p50 (alone, platform/HIS excluded)`, value: percentile(times, 50), unit: 'ms', budget: { max: 15 } });
    report({ name: `daemon time per settlement, p99 (alone, platform/HIS excluded)`, value: percentile(times, 99), unit: 'ms', budget: { max: 15 } });

    // Throughput: many sessions at once, each worker with its own patients.
    started = done;
    const cpu0 = { daemon: cpuSeconds(daemon.proc.pid!), sandbox: cpuSeconds(sandbox.pid!), load: process.cpuUsage() };
    const t0 = performance.now();
    const loaded: number[] = [];
    const worker = async (w: number) => {
      const mine = people.filter((_, i) => i % CONCURRENCY === w);
      for (let i = 0; started < count; i++) {
        started++;
        loaded.push(await one(mine[i % mine.length]!));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, people.length) }, (_, w) => worker(w)));
    const seconds = (performance.now() - t0) / 1000;
    const load = process.cpuUsage(cpu0.load);
    const cpu = {
      daemon: (cpuSeconds(daemon.proc.pid!) - cpu0.daemon) / seconds,
      sandbox: (cpuSeconds(sandbox.pid!) - cpu0.sandbox) / seconds,
      load: (load.user + load.system) / 1e6 / seconds,
    };
    loaded.sort((a, b) => a - b);
    report({
      name: `settlements/s, ${CONCURRENCY} sessions at once (${loaded.length} in ${seconds.toFixed(0)} s)`,
      value: loaded.length / seconds,
      unit: '/s',
      budget: { min: 300 },
      note: `CPU cores busy: daemon ${cpu.daemon.toFixed(2)}, sandbox ${cpu.sandbox.toFixed(2)}, load ${cpu.load.toFixed(2)}; daemon time p99 under load ${percentile(loaded, 99).toFixed(0)} ms`,
    });
    report({ name: 'daemon RSS after 1,000 settlements', value: rssAt[1000] ?? 0, unit: 'MB', budget: { max: 120 } });
    if (count > 1000) {
      report({ name: `daemon RSS after ${count.toLocaleString('en')} settlements`, value: rssAt[count] ?? 0, unit: 'MB', budget: { max: 120 }, note: 'flat is the aim' });
    }
  } finally {
    await daemon.stop();
    sandbox.kill('SIGTERM');
  }
}
