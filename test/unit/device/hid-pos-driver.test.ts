// The hid-pos driver with a fake node-hid behind it: device selection, report assembly into
// classified scans, unplug, and a node-hid that cannot load.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DeviceFault } from '../../../device/driver.ts';
import type { HidBackend, HidDeviceInfo, HidPort } from '../../../device/scanner/hid-backend.ts';
import { LIBUSB_MISSING, loadNodeHid } from '../../../device/scanner/hid-backend.ts';
import { HidPosScannerDriver } from '../../../device/scanner/hid-pos.ts';
import type { ScanClass } from '../../../device/scanner/classify.ts';
import { hidPosReports } from '../../../device/sim/hid-pos-reports.ts';

class FakePort extends EventEmitter implements HidPort {
  closed = false;
  async close() {
    this.closed = true;
  }
}

function backend(devices: HidDeviceInfo[]) {
  const opened: string[] = [];
  const port = new FakePort();
  const fake: HidBackend = {
    devices: async () => devices,
    open: async (path) => {
      opened.push(path);
      return port;
    },
  };
  return { fake, opened, port };
}

const SCANNER = { vendorId: 0x0c2e, productId: 0x0b8f };

describe('hid-pos scanner driver', () => {
  it('opens the usage page 0x8C interface of the configured ids and emits classified scans', async () => {
    const { fake, opened, port } = backend([
      { ...SCANNER, path: '/dev/hidraw0', usagePage: 0x01 },
      { ...SCANNER, path: '/dev/hidraw1', usagePage: 0x8c },
    ]);
    const driver = new HidPosScannerDriver({ driver: 'hid-pos', ...SCANNER }, { loadBackend: async () => fake });
    await driver.open();
    expect(opened).toEqual(['/dev/hidraw1']);
    const scans: ScanClass[] = [];
    driver.on('scan', (s) => scans.push(s));
    for (const r of hidPosReports(`NHSAEC1.${'Q'.repeat(100)}`)) port.emit('data', r);
    for (const r of hidPosReports('81234560000000012345')) port.emit('data', r);
    expect(scans).toEqual([
      { kind: 'ecqr', code: `NHSAEC1.${'Q'.repeat(100)}` },
      { kind: 'trace', code: '81234560000000012345' },
    ]);
    await driver.close();
    expect(port.closed).toBe(true);
  });

  it('is absent when no such device is plugged in, by ids or by path', async () => {
    const { fake } = backend([{ vendorId: 1, productId: 2, path: '/dev/hidraw0' }]);
    await expect(new HidPosScannerDriver({ driver: 'hid-pos', ...SCANNER }, { loadBackend: async () => fake }).open()).rejects.toMatchObject({
      state: 'absent',
    });
    await expect(new HidPosScannerDriver({ driver: 'hid-pos', path: '/dev/hidraw9' }, { loadBackend: async () => fake }).open()).rejects.toMatchObject({
      state: 'absent',
    });
  });

  it('faults as absent when reads fail (unplugged)', async () => {
    const { fake, port } = backend([{ ...SCANNER, path: '/dev/hidraw1', usagePage: 0x8c }]);
    const driver = new HidPosScannerDriver({ driver: 'hid-pos', ...SCANNER }, { loadBackend: async () => fake });
    await driver.open();
    const fault = new Promise<DeviceFault>((resolve) => driver.on('fault', resolve));
    port.emit('error', new Error('could not read from HID device'));
    expect(await fault).toMatchObject({ state: 'absent' });
  });

  it('says libusb-1.0 is missing when node-hid cannot load its binary', async () => {
    const driver = new HidPosScannerDriver(
      { driver: 'hid-pos', ...SCANNER },
      {
        loadBackend: async () => {
          throw new DeviceFault(LIBUSB_MISSING);
        },
      },
    );
    await expect(driver.open()).rejects.toMatchObject({ state: 'error', reason: { zh: expect.stringContaining('libusb-1.0'), en: expect.stringContaining('libusb-1.0 is missing') } });
  });

  it('loads the real node-hid lazily on this machine', async () => {
    const real = await loadNodeHid();
    expect(Array.isArray(await real.devices())).toBe(true);
  });
});
