// Cold start of the built daemon to ready (first successful /api/health), and its RSS at idle —
// once the start-up work after ready (the price list read and indexed in the pinyin worker, which
// then ends) is over:
// as `npm start` runs it (platform sandbox and device simulators inside), and with the sandbox in
// a process of its own, which is the daemon's own footprint (the budget's subject).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFile, DAEMON_FLAGS, freePort, isolatedConfig, tempDir } from '../helpers/daemon.ts';
import { median, report } from './report.ts';

const DAEMON = join(process.cwd(), 'dist', 'server', 'main.js');
const IDLE_AFTER_MS = 8000;

async function once(config: string): Promise<{ readyMs: number; rssMb: number }> {
  const started = performance.now();
  const proc = spawn(process.execPath, [...DAEMON_FLAGS, DAEMON], {
    env: { ...process.env, PORT: '0', KIOSK_DATA_DIR: tempDir('bench-start-'), KIOSK_CONFIG: config },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /touchscreen UI (http:\/\/\S+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    proc.on('exit', (code) => reject(new Error(`daemon exited with ${code}`)));
  });
  const res = await fetch(new URL('/api/health', url));
  if (!res.ok) throw new Error(`health answered ${res.status}`);
  const readyMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, IDLE_AFTER_MS));
  const rssMb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))![1]) / 1024;
  await new Promise((resolve) => {
    proc.once('exit', resolve);
    proc.kill('SIGTERM');
  });
  return { readyMs, rssMb };
}

async function runs(config: () => Promise<string>) {
  const results = [];
  for (let i = 0; i < 5; i++) results.push(await once(await config()));
  return { readyMs: median(results.map((r) => r.readyMs)), rssMb: median(results.map((r) => r.rssMb)) };
}

export async function benchDaemonStart(): Promise<void> {
  const allInOne = await runs(() => isolatedConfig());
  report({ name: 'daemon cold start to ready, as npm start (median of 5)', value: allInOne.readyMs, unit: 'ms', budget: { max: 1000 }, note: 'sandbox and simulators inside' });

  const port = await freePort();
  const sandbox = spawn(process.execPath, [join(process.cwd(), 'dist', 'sandbox', 'main.js'), '--port', String(port), '--data', tempDir('bench-sandbox-')], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => sandbox.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
  const center = `http://127.0.0.1:${port}/center`;
  try {
    const alone = await runs(async () => configFile(tempDir(), { insurance: { baseUrl: center, ecBaseUrl: center } }));
    report({ name: 'daemon cold start to ready, sandbox apart (median of 5)', value: alone.readyMs, unit: 'ms', budget: { max: 1000 } });
    report({ name: 'daemon RSS at idle, sandbox apart (median of 5)', value: alone.rssMb, unit: 'MB', budget: { max: 120 }, note: `as npm start, with the sandbox inside: ${allInOne.rssMb.toFixed(1)} MB` });
  } finally {
    sandbox.kill('SIGTERM');
  }
}
