// The device manager with the real drivers against the simulators: states, events, printing with
// kept jobs, reconnects after unplug and silence, and no handle or timer left after close().
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceKind } from '../../../config/schema.ts';
import type { CameraDriver } from '../../../device/camera/driver.ts';
import type { DevicesConfig } from '../../../device/config.ts';
import { simulatedDevices } from '../../../device/config.ts';
import { DeviceFault } from '../../../device/driver.ts';
import type { IdCardRead, CardRejection } from '../../../device/idcard/identity.ts';
import { DeviceManager, type DeviceManagerOptions } from '../../../device/manager.ts';
import { settlementSlip } from '../../../device/printer/templates/settlement-slip.ts';
import { LIBUSB_MISSING } from '../../../device/scanner/hid-backend.ts';
import type { ScanClass } from '../../../device/scanner/classify.ts';
import { EscPosPrinterSim } from '../../../device/sim/escpos-printer.ts';
import { SamReaderSim } from '../../../device/sim/sam-reader.ts';
import { SerialScannerSim } from '../../../device/sim/serial-scanner.ts';
import type { DeviceState } from '../../../device/state.ts';

const NONE: DevicesConfig = { idcard: { driver: 'none' }, scanner: { driver: 'none' }, camera: { driver: 'none' }, printer: { driver: 'none' } };
const FAST: DeviceManagerOptions = {
  backoff: { minMs: 20, maxMs: 100 },
  samTiming: { pollIntervalMs: 20, commandTimeoutMs: 200, readTimeoutMs: 300 },
  printerTimeoutMs: 300,
  printerWatchIntervalMs: 60_000,
  openWaitMs: 2000,
  now: () => new Date('2026-06-01T12:00:00+08:00'),
};

const SLIP = settlementSlip({
  institutionName: '沙盒市第二人民医院', patientName: '王小明', certno: '150102198001011236', insuranceType: '职工基本医疗保险',
  visitType: '普通门诊', settledAt: new Date('2026-11-23T08:40:05Z'), settlementId: 'SETL2026112300001',
  total: 35670, fund: 20000, account: 8000, cash: 7670, balance: 123450,
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function manage(devices: DevicesConfig, options: DeviceManagerOptions = {}) {
  const manager = new DeviceManager(devices, { ...FAST, ...options });
  cleanups.push(() => manager.close());
  return manager;
}

function stateOf(manager: DeviceManager, device: DeviceKind, state: DeviceState, timeoutMs = 4000) {
  return new Promise<void>((resolve, reject) => {
    if (manager.status(device).state === state) return resolve();
    const timer = setTimeout(() => reject(new Error(`${device} not ${state} within ${timeoutMs} ms (is ${manager.status(device).state})`)), timeoutMs);
    const listener = ({ device: d, status }: { device: DeviceKind; status: { state: DeviceState } }) => {
      if (d !== device || status.state !== state) return;
      clearTimeout(timer);
      manager.off('state', listener);
      resolve();
    };
    manager.on('state', listener);
  });
}

const once = <T,>(emitter: DeviceManager, event: 'card' | 'card-rejected' | 'scan') =>
  new Promise<T>((resolve) => emitter.once(event, resolve as (value: unknown) => void));

async function simulators() {
  const reader = await SamReaderSim.start();
  const scanner = await SerialScannerSim.start();
  const printer = await EscPosPrinterSim.start();
  cleanups.push(async () => {
    await reader.stop();
    await scanner.stop();
    await printer.stop();
  });
  const devices: DevicesConfig = { ...NONE, ...simulatedDevices({ idcard: reader.devicePath, scanner: scanner.devicePath, printer: printer.address }) };
  return { reader, scanner, printer, devices };
}

class FakeCamera extends EventEmitter implements CameraDriver {
  opens = 0;
  async open() {
    this.opens++;
  }
  async close() {}
  async authorize() {
    return 'AUTH0001';
  }
}

describe('device manager', () => {
  it('reports unconfigured devices as disabled', async () => {
    const manager = manage(NONE);
    await manager.open();
    expect(Object.values(manager.snapshot()).map((s) => s.state)).toEqual(['disabled', 'disabled', 'disabled', 'disabled']);
    expect(manager.status('printer').reason).toEqual({ zh: '本终端未配置此设备', en: 'Not configured on this terminal' });
  });

  it('opens the simulated devices and passes on cards, rejections and scans', async () => {
    const { reader, scanner, devices } = await simulators();
    const manager = manage(devices);
    await manager.open();
    expect(manager.snapshot()).toMatchObject({ idcard: { state: 'ready' }, scanner: { state: 'ready' }, printer: { state: 'ready' }, camera: { state: 'disabled' } });
    const card = once<IdCardRead>(manager, 'card');
    reader.present(1);
    expect((await card).identity).toMatchObject({ name: '李秀兰', validTo: '长期' });
    const rejected = once<CardRejection>(manager, 'card-rejected');
    reader.lift();
    reader.present(2);
    expect(await rejected).toMatchObject({ code: 'expired' });
    const scan = once<ScanClass>(manager, 'scan');
    await scanner.scan('NHSAEC1.dGhpcyBpcyBhIHRlc3QgdG9rZW4');
    expect(await scan).toEqual({ kind: 'ecqr', code: 'NHSAEC1.dGhpcyBpcyBhIHRlc3QgdG9rZW4' });
  });

  it('prints; keeps a job the printer cannot take, with the reason; reprints it once paper is back', async () => {
    const { printer, devices } = await simulators();
    const manager = manage(devices);
    await manager.open();
    expect(await manager.print(SLIP)).toEqual({ status: 'printed', jobId: expect.any(String) });
    printer.setPaperOut(true);
    const kept = await manager.print(SLIP);
    expect(kept).toMatchObject({ status: 'kept', reason: { zh: expect.stringContaining('缺纸'), en: expect.stringContaining('out of paper') } });
    expect(manager.status('printer')).toMatchObject({ state: 'error', reason: { zh: expect.stringContaining('缺纸') } });
    expect(manager.keptJobs()).toEqual([expect.objectContaining({ id: kept.jobId, title: '结算单 / settlement slip' })]);
    printer.setPaperOut(false);
    expect(await manager.reprint(kept.jobId)).toEqual({ status: 'printed', jobId: kept.jobId });
    expect(manager.keptJobs()).toEqual([]);
    expect(printer.lastReceipts()).toHaveLength(2);
    expect(await manager.reprint('no-such-job')).toBeUndefined();
  });

  it('keeps jobs when there is no printer, and says so', async () => {
    const manager = manage(NONE);
    await manager.open();
    expect(await manager.print(SLIP)).toMatchObject({ status: 'kept', reason: { en: 'This terminal has no printer' } });
  });

  it('survives a reader that is unplugged and plugged back in', async () => {
    const { reader, devices } = await simulators();
    const manager = manage({ ...devices, scanner: { driver: 'none' }, printer: { driver: 'none' } });
    await manager.open();
    expect(manager.status('idcard').state).toBe('ready');
    await reader.unplug();
    await stateOf(manager, 'idcard', 'absent');
    expect(manager.status('idcard').reason?.zh).toMatch(/断开|未连接/);
    await reader.plug();
    await stateOf(manager, 'idcard', 'ready');
    const card = once<IdCardRead>(manager, 'card');
    reader.present(0);
    expect((await card).identity.certno).toBe('150102198001011236');
  });

  it('waits for a reader whose path does not exist yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'late-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const devicePath = join(dir, 'reader');
    const manager = manage({ ...NONE, idcard: { driver: 'sam-serial', path: devicePath, baudRate: 115200 } });
    await manager.open();
    expect(manager.status('idcard')).toMatchObject({ state: 'absent', reason: { en: expect.stringContaining(devicePath) } });
    const reader = await SamReaderSim.start({ devicePath });
    cleanups.push(() => reader.stop());
    await stateOf(manager, 'idcard', 'ready');
  });

  it('goes to error when the reader stops answering mid-read, and back to ready when it answers', async () => {
    const { reader, devices } = await simulators();
    const manager = manage({ ...devices, scanner: { driver: 'none' }, printer: { driver: 'none' } });
    await manager.open();
    reader.failNextRead('silent');
    reader.present(0);
    await stateOf(manager, 'idcard', 'error');
    expect(manager.status('idcard').reason).toMatchObject({ zh: expect.stringContaining('无响应'), en: expect.stringContaining('not answering') });
    reader.lift();
    reader.setAnswering(true);
    await stateOf(manager, 'idcard', 'ready');
  });

  it('reports a missing libusb for a HID POS scanner as an error a clerk can act on', async () => {
    const manager = manage(
      { ...NONE, scanner: { driver: 'hid-pos', vendorId: 0x0c2e, productId: 0x0b8f } },
      { loadHid: async () => Promise.reject(new DeviceFault(LIBUSB_MISSING)) },
    );
    await manager.open();
    expect(manager.status('scanner')).toMatchObject({ state: 'error', reason: { en: expect.stringContaining('libusb-1.0 is missing') } });
  });

  it('takes wedge scans from the touchscreen', async () => {
    const manager = manage({ ...NONE, scanner: { driver: 'wedge' } });
    await manager.open();
    expect(manager.status('scanner').state).toBe('ready');
    const scan = once<ScanClass>(manager, 'scan');
    expect(manager.submitWedgeScan('RX202611230001')).toEqual({ kind: 'slip', slip: 'prescription', code: 'RX202611230001' });
    expect(await scan).toMatchObject({ kind: 'slip' });
  });

  it('opens an injected camera, reopens it after a fault, and says when none was injected', async () => {
    const camera = new FakeCamera();
    camera.on('fault', () => {});
    const manager = manage({ ...NONE, camera: { driver: 'platform-face' } }, { camera });
    await manager.open();
    expect(manager.status('camera').state).toBe('ready');
    expect(await manager.camera?.authorize('01', '150102198001011236')).toBe('AUTH0001');
    camera.emit('fault', new DeviceFault({ zh: '摄像头断开', en: 'Camera disconnected' }, 'absent'));
    expect(manager.status('camera').state).toBe('absent');
    await stateOf(manager, 'camera', 'ready');
    expect(camera.opens).toBe(2);
    expect(camera.listenerCount('fault')).toBe(2);

    const without = manage({ ...NONE, camera: { driver: 'platform-face' } });
    await without.open();
    expect(without.status('camera')).toMatchObject({ state: 'error', reason: { en: expect.stringContaining('face authentication module') } });
  });

  it('closes promptly while a silent reader is still being opened', async () => {
    const { reader, devices } = await simulators();
    reader.setAnswering(false);
    const manager = new DeviceManager({ ...NONE, idcard: devices.idcard }, { ...FAST, samTiming: { commandTimeoutMs: 3000 }, openWaitMs: 50 });
    await manager.open();
    expect(manager.status('idcard').state).toBe('connecting');
    const started = Date.now();
    await manager.close();
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('releases every file descriptor and timer on close, even while reconnecting', async () => {
    const { reader, devices } = await simulators();
    // What each descriptor points at: a pty, a socket:[inode], a pipe. Nothing new may remain.
    const fds = () => new Set(readdirSync('/proc/self/fd').map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return 'closed while listing';
      }
    }));
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = { fds: fds(), timers: timers() };
    // A long back-off, so a reopen timer is surely pending when close() comes.
    const manager = new DeviceManager(devices, { ...FAST, backoff: { minMs: 5000, maxMs: 5000 } });
    await manager.open();
    expect(fds().size).toBeGreaterThan(before.fds.size);
    await reader.unplug();
    await stateOf(manager, 'idcard', 'absent');
    await new Promise((r) => setTimeout(r, 50));
    expect(timers()).toBeGreaterThan(before.timers);
    await manager.close();
    expect(timers()).toBeLessThanOrEqual(before.timers);
    const leaked = [...fds()].filter((target) => !before.fds.has(target) && target !== 'closed while listing');
    expect(leaked).toEqual([]);
  });
});
