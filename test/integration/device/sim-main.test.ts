// The standalone simulator entry, built as the integrator will run it, paired with real drivers.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdCardRead } from '../../../device/idcard/identity.ts';
import { SamSerialDriver } from '../../../device/idcard/sam-serial.ts';
import { renderEscPos } from '../../../device/printer/escpos.ts';
import { EscPosPrinterDriver } from '../../../device/printer/escpos-printer.ts';
import { testPage } from '../../../device/printer/templates/test-page.ts';
import { ROOT } from '../../helpers/daemon.ts';
import { persons, sandbox } from '../../helpers/sandbox.ts';

let entry: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  // Under node_modules so the bundle's bare imports resolve; dist/ is the build's.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  entry = join(mkdtempSync(join(cache, 'sim-main-')), 'main.js');
  await esbuild.build({ entryPoints: [join(ROOT, 'device/sim/main.ts')], outfile: entry, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
});

afterAll(() => {
  for (const proc of running) if (proc.exitCode === null) proc.kill('SIGKILL');
  rmSync(dirname(entry), { recursive: true, force: true });
});

function start(...args: string[]) {
  const proc = spawn(process.execPath, [entry, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  running.push(proc);
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const waitFor = (pattern: RegExp, timeoutMs = 5000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const started = Date.now();
      const check = setInterval(() => {
        const match = pattern.exec(out);
        if (match) {
          clearInterval(check);
          resolve(match);
        } else if (Date.now() - started > timeoutMs) {
          clearInterval(check);
          reject(new Error(`no ${pattern} in ${timeoutMs} ms:\n${out}`));
        }
      }, 10);
    });
  const exit = () => new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, waitFor, exit };
}

describe('standalone simulators', () => {
  it('refuses an unknown device with its usage', async () => {
    const { proc, exit } = start('modem');
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    expect(await exit()).toBe(64);
    expect(err).toMatch(/^usage: node dist\/sim\/main\.js idcard\|scanner\|printer/);
  });

  it('[001-8.1.3] runs a SAM reader with the cards of the sandbox\'s test persons, so a read identifies someone the platform knows', async () => {
    const sb = await sandbox();
    try {
      const known = await persons(sb);
      const sim = start('idcard', '--sandbox', `${sb.origin}/center`);
      const [, path] = await sim.waitFor(/SAM reader simulator on pty (\S+)/);
      await sim.waitFor(new RegExp(`${known.length} cards of the sandbox's test persons`));
      const driver = new SamSerialDriver({ path: path!, baudRate: 115200 }, { timing: { pollIntervalMs: 20 } });
      await driver.open();
      const card = new Promise<IdCardRead>((resolve) => driver.once('card', resolve));
      sim.proc.stdin!.write('present 3\n');
      expect((await card).identity.certno).toBe(known[3]!.certno);
      sim.proc.stdin!.write('list expired-id-card\n');
      await sim.waitFor(/card \d+: .*\[.*expired-id-card.*\]/);
      await driver.close();
      sim.proc.kill('SIGTERM');
      expect(await sim.exit()).toBe(0);
    } finally {
      await sb.close();
    }
  });

  it('runs a SAM reader with built-in cards when no sandbox answers', async () => {
    const sim = start('idcard', '--sandbox', 'http://127.0.0.1:1/center');
    await sim.waitFor(/no sandbox answers at http:\/\/127\.0\.0\.1:1\/center: built-in cards/);
    const [, path] = await sim.waitFor(/SAM reader simulator on pty (\S+)/);
    await sim.waitFor(/"idcard": \{"driver":"sam-serial"/);
    const driver = new SamSerialDriver({ path: path!, baudRate: 115200 }, { timing: { pollIntervalMs: 20 } });
    await driver.open();
    const card = new Promise<IdCardRead>((resolve) => driver.once('card', resolve));
    sim.proc.stdin!.write('present 1\n');
    expect((await card).identity.name).toBe('李秀兰');
    await driver.close();
    sim.proc.kill('SIGTERM');
    expect(await sim.exit()).toBe(0);
  });

  it('runs an ESC/POS printer on TCP that shows what it printed', async () => {
    const sim = start('printer', '--port', '0');
    const [, address] = await sim.waitFor(/ESC\/POS printer simulator on (tcp:\/\/\S+)/);
    const driver = new EscPosPrinterDriver({ interface: address! }, { timeoutMs: 500 });
    await driver.open();
    expect(await driver.print(renderEscPos(testPage(48), 48))).toEqual({ printed: true });
    await sim.waitFor(/打印机测试页[\s\S]*\[QR medins-kiosk 测试\]/);
    sim.proc.stdin!.write('paper out\n');
    await sim.waitFor(/ok\n$/);
    expect(await driver.print(renderEscPos(testPage(48), 48))).toMatchObject({ printed: false });
    await driver.close();
    sim.proc.stdin!.write('quit\n');
    expect(await sim.exit()).toBe(0);
  });
});
