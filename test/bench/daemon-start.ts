// Cold start of the built daemon to ready (first successful /api/health), and its RSS at idle.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolatedConfig } from '../helpers/daemon.ts';
import { median, report } from './report.ts';

const DAEMON = join(process.cwd(), 'dist', 'server', 'main.js');

async function once(): Promise<{ readyMs: number; rssMb: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const started = performance.now();
  const proc = spawn(process.execPath, [DAEMON], { env: { ...process.env, PORT: '0', KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: await isolatedConfig() }, stdio: ['ignore', 'pipe', 'inherit'] });
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
  await new Promise((r) => setTimeout(r, 2000));
  const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
  await new Promise((resolve) => {
    proc.once('exit', resolve);
    proc.kill('SIGTERM');
  });
  return { readyMs, rssMb };
}

export async function benchDaemonStart(): Promise<void> {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once());
  report({ name: 'daemon cold start to ready (median of 5)', value: median(runs.map((r) => r.readyMs)), unit: 'ms', budget: { max: 1000 } });
  report({
    name: 'daemon RSS at idle (median of 5)',
    value: median(runs.map((r) => r.rssMb)),
    unit: 'MB',
    budget: { max: 120 },
    note: 'the 120 MB budget is for after 1,000 settlements',
  });
}
