// The platform sandbox must not be the bottleneck of the settlement benchmark: 2206 + 2207 pairs
// per second against `npm run sandbox` in its own process, through the daemon's real client.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { EcClient } from '../../server/insurance/ec-client.ts';
import { InsuranceClient } from '../../server/insurance/client.ts';
import { InsurancePlatform } from '../../server/insurance/platform.ts';
import { noSigning } from '../../server/insurance/signing/signer.ts';
import { openVisit, type CatalogueEntry, type Visit } from '../helpers/bill.ts';
import { freePort, tempDir } from '../helpers/daemon.ts';
import { memoryMsgids, type AdminPerson } from '../helpers/sandbox.ts';
import { report } from './report.ts';

const PAIRS = 3000;
const CONCURRENCY = 32;
const TERMINALS = 4;

export async function benchSandboxThroughput(): Promise<void> {
  const port = await freePort();
  const proc = spawn(process.execPath, [...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), join(process.cwd(), 'dist', 'sandbox', 'main.js'), '--port', String(port), '--data', tempDir('bench-sandbox-')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => proc.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
  const origin = `http://127.0.0.1:${port}`;
  try {
    // Several terminals of one hospital, as a bedside fleet would be; each has its msgid slot.
    const terminals = Array.from({ length: TERMINALS }, () => {
      const client = new InsuranceClient({
        baseUrl: `${origin}/center`,
        fixmedinsCode: 'H15010200021',
        fixmedinsName: '沙盒市第二人民医院',
        mdtrtareaAdmvs: '150102',
        recerSysCode: 'BENCH',
        opter: { code: 'B1', name: 'bench' },
        timeoutMs: 30_000,
        retries: 0,
        signer: noSigning,
        msgids: memoryMsgids('H15010200021'),
        log: pino({ level: 'silent' }),
      });
      return new InsurancePlatform(client, new EcClient({ ecBaseUrl: `${origin}/center`, orgId: 'H15010200021', timeoutMs: 30_000 }), 'H15010200021');
    });
    await Promise.all(terminals.map((t) => t.signIn({ opterNo: 'B1', mac: 'm', ip: '127.0.0.1' })));
    const people = ((await (await fetch(`${origin}/center/admin/persons`)).json()) as AdminPerson[]).filter(
      (p) => p.status === 'active' && p.insuplc_admdvs === '150102',
    );
    const catalogue = (await (await fetch(`${origin}/center/admin/catalogue`)).json()) as CatalogueEntry[];
    const visits: Array<{ t: InsurancePlatform; v: Visit }> = [];
    const prepare = async (worker: number) => {
      for (let i = worker; i < PAIRS; i += CONCURRENCY) {
        const t = terminals[i % TERMINALS]!;
        const items = [0, 1, 2].map((k) => ({ item: catalogue[(i * 7 + k * 13) % catalogue.length]!, qty: 1 + (k % 2) }));
        visits.push({ t, v: await openVisit(t, people[i % people.length]!, items) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => prepare(w)));
    let next = 0;
    const started = performance.now();
    const run = async () => {
      while (next < visits.length) {
        const { t, v } = visits[next++]!;
        const pre = await t.preSettle(v.args(), v.opts);
        await t.settle(v.args(), pre, v.opts);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, run));
    const seconds = (performance.now() - started) / 1000;
    report({ name: `sandbox 2206+2207 pairs/s (${PAIRS}, ${CONCURRENCY} concurrent)`, value: PAIRS / seconds, unit: 'pairs/s', budget: { min: 1000 } });
  } finally {
    proc.kill('SIGTERM');
  }
}
