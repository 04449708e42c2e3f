// The real serial scanner driver against the scanner simulator over a socat pty pair.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceFault, DriverStatus } from '../../../device/driver.ts';
import type { ScanClass } from '../../../device/scanner/classify.ts';
import type { ScanRejection } from '../../../device/scanner/payload.ts';
import { IDLE_MS } from '../../../device/scanner/line-framer.ts';
import { SerialScannerDriver } from '../../../device/scanner/serial-scanner.ts';
import { SerialScannerSim } from '../../../device/sim/serial-scanner.ts';

function collect(driver: SerialScannerDriver) {
  const events: (ScanClass | ScanRejection | DriverStatus)[] = [];
  driver.on('scan', (e) => events.push(e));
  driver.on('scan-rejected', (e) => events.push(e));
  driver.on('status', (e) => events.push(e));
  const waitFor = async (n: number) => {
    const deadline = Date.now() + 3000;
    while (events.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    return events;
  };
  return waitFor;
}

describe('serial scanner driver against the simulated scanner', () => {
  let sim: SerialScannerSim;
  let driver: SerialScannerDriver;

  beforeEach(async () => {
    sim = await SerialScannerSim.start();
    driver = new SerialScannerDriver({ path: sim.devicePath, baudRate: 9600 });
    await driver.open();
  });

  afterEach(async () => {
    await driver.close();
    await sim.stop();
  });

  it('reads CR- and CRLF-terminated codes and classifies them', async () => {
    const events = collect(driver);
    await sim.scan('RX202611230001');
    await sim.scan('NHSAEC1.abcdefghijklmnopqrstuvwxyz_-', '\r\n');
    await sim.scan('81234560000000012345', '\r\n');
    expect(await events(3)).toEqual([
      { kind: 'slip', slip: 'prescription', code: 'RX202611230001' },
      { kind: 'ecqr', code: 'NHSAEC1.abcdefghijklmnopqrstuvwxyz_-' },
      { kind: 'trace', code: '81234560000000012345' },
    ]);
  });

  it('drops 4 KB without a terminator with a warning, then reads the next code and clears it', async () => {
    const events = collect(driver);
    await sim.send(Buffer.alloc(4097, 0x41));
    // The warning comes as soon as the limit is passed; the run is dropped up to its terminator.
    expect(await events(2)).toHaveLength(2);
    await sim.send(Buffer.from('AAAA\r'));
    await sim.scan('REG20261123');
    const got = await events(4);
    expect(got[0]).toMatchObject({ state: 'ready', reason: { en: expect.stringContaining('too long') } });
    expect(got[1]).toMatchObject({ code: 'too-long' });
    expect(got.slice(2)).toEqual([{ state: 'ready' }, { kind: 'slip', slip: 'registration', code: 'REG20261123' }]);
  });

  it.each([4096, 5000])('loses no good read after %i bytes with no terminator: the quiet line ends the bad one', async (n) => {
    const events = collect(driver);
    await sim.send(Buffer.alloc(n, 0x42));
    const rejected = (await events(2)).find((e) => 'code' in e && e.code === 'too-long');
    expect(rejected).toBeDefined();
    await new Promise((r) => setTimeout(r, IDLE_MS + 100));
    await sim.scan('REG20261123');
    await expect.poll(async () => (await events(0)).filter((e) => 'kind' in e)).toEqual([{ kind: 'slip', slip: 'registration', code: 'REG20261123' }]);
  });

  it('refuses bytes that are not UTF-8, and keeps reading', async () => {
    const events = collect(driver);
    await sim.send(Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x0d]));
    await sim.scan('RX202611230002');
    const got = await events(4);
    expect(got[1]).toMatchObject({ code: 'not-utf8', reason: { zh: expect.stringContaining('UTF-8') } });
    expect(got[3]).toEqual({ kind: 'slip', slip: 'prescription', code: 'RX202611230002' });
  });

  it('reports an unplugged scanner as an absent fault', async () => {
    const fault = new Promise<DeviceFault>((resolve) => driver.on('fault', resolve));
    await sim.unplug();
    expect(await fault).toMatchObject({ state: 'absent' });
  });
});
