// The real escpos printer driver against the ESC/POS printer simulator, over loopback TCP (through
// node-thermal-printer's network interface) and over a pty (the device-file transport).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceFault, DriverStatus } from '../../../device/driver.ts';
import { renderEscPos } from '../../../device/printer/escpos.ts';
import { EscPosPrinterDriver } from '../../../device/printer/escpos-printer.ts';
import { settlementSlip } from '../../../device/printer/templates/settlement-slip.ts';
import { testPage } from '../../../device/printer/templates/test-page.ts';
import { EscPosPrinterSim } from '../../../device/sim/escpos-printer.ts';
import { openPtyPair, type PtyPair } from '../../../device/sim/pty-pair.ts';

const SLIP = settlementSlip({
  institutionName: '沙盒市第二人民医院', patientName: '王小明', certno: '150102198001011236', insuranceType: '职工基本医疗保险',
  visitType: '普通门诊', settledAt: new Date('2026-11-23T08:40:05Z'), settlementId: 'SETL2026112300001',
  total: 35670, fund: 20000, account: 8000, cash: 7670, balance: 123450,
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function printerOn(address: string, options: ConstructorParameters<typeof EscPosPrinterDriver>[1] = {}) {
  const driver = new EscPosPrinterDriver({ interface: address }, { timeoutMs: 300, watchIntervalMs: 60_000, ...options });
  cleanups.push(() => driver.close());
  return driver;
}

async function tcpSim() {
  const sim = await EscPosPrinterSim.start();
  cleanups.push(() => sim.stop());
  return sim;
}

describe('escpos printer driver over TCP', () => {
  it('prints a receipt the printer reads back as the same text, styles, QR and cut', async () => {
    const sim = await tcpSim();
    const driver = await printerOn(sim.address);
    await driver.open();
    expect(await driver.print(renderEscPos(SLIP, 48))).toEqual({ printed: true });
    const page = renderEscPos(testPage(48), 48);
    expect(await driver.print(page)).toEqual({ printed: true });
    const [slip, test] = sim.lastReceipts();
    expect(slip!.lines[0]).toMatchObject({ kind: 'text', text: '沙盒市第二人民医院', align: 'center', bold: true, height: 2 });
    expect(slip!.lines.map((l) => (l.kind === 'text' ? l.text : ''))).toContainEqual(expect.stringMatching(/^个人现金支付 +￥76\.70$/));
    expect(slip!.cut).toBe('full');
    expect(slip!.problems).toEqual([]);
    expect(test!.lines).toContainEqual(expect.objectContaining({ kind: 'qr', data: 'medins-kiosk 测试' }));
  });

  it('reads the status before printing: paper out or cover open refuse the job with a reason', async () => {
    const sim = await tcpSim();
    const driver = await printerOn(sim.address);
    await driver.open();
    const statuses: DriverStatus[] = [];
    driver.on('status', (s) => statuses.push(s));
    sim.setPaperOut(true);
    expect(await driver.print(renderEscPos(SLIP, 48))).toEqual({ printed: false, reason: expect.objectContaining({ zh: expect.stringContaining('缺纸') }) });
    expect(statuses.at(-1)).toMatchObject({ state: 'error', reason: { en: expect.stringContaining('out of paper') } });
    sim.setPaperOut(false);
    sim.setCoverOpen(true);
    expect(await driver.print(renderEscPos(SLIP, 48))).toMatchObject({ printed: false, reason: { en: expect.stringContaining('cover is open') } });
    sim.setCoverOpen(false);
    sim.setPaperNearEnd(true);
    expect(await driver.print(renderEscPos(SLIP, 48))).toEqual({ printed: true });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', reason: { en: expect.stringContaining('running low') } });
    expect(sim.lastReceipts()).toHaveLength(1);
  });

  it('times out on a printer that accepts the connection and never reads, without hanging', async () => {
    const sim = await tcpSim();
    sim.setReading(false);
    const driver = await printerOn(sim.address);
    const started = Date.now();
    await expect(driver.open()).rejects.toMatchObject({ name: 'DeviceFault', reason: { en: 'The printer is not answering' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('faults when a printer stops reading between jobs, and the job comes back unprinted', async () => {
    const sim = await tcpSim();
    const driver = await printerOn(sim.address);
    await driver.open();
    const fault = new Promise<DeviceFault>((resolve) => driver.on('fault', resolve));
    sim.setReading(false);
    const started = Date.now();
    expect(await driver.print(renderEscPos(SLIP, 48))).toMatchObject({ printed: false, reason: { en: 'The printer is not answering' } });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await fault).toMatchObject({ state: 'error' });
  });

  it('is absent when nothing listens on the port', async () => {
    const sim = await tcpSim();
    const address = sim.address;
    await sim.stop();
    const driver = await printerOn(address);
    await expect(driver.open()).rejects.toMatchObject({ state: 'absent', reason: { zh: '打印机未连接' } });
  });

  it('reads the bare status bytes of devices.md (0x60 paper out, 0x0C near end, 0x04 cover open) as well as Epson\'s', async () => {
    const sim = await tcpSim();
    const driver = await printerOn(sim.address);
    await driver.open();
    sim.setStatusByte(4, 0x60);
    expect(await driver.print(renderEscPos(SLIP, 48))).toMatchObject({ printed: false, reason: { en: expect.stringContaining('out of paper') } });
    sim.setStatusByte(4, 0x0c);
    expect(await driver.print(renderEscPos(SLIP, 48))).toEqual({ printed: true });
    sim.setStatusByte(4, 0x00);
    sim.setStatusByte(2, 0x04);
    expect(await driver.print(renderEscPos(SLIP, 48))).toMatchObject({ printed: false, reason: { en: expect.stringContaining('cover is open') } });
  });

  it('refuses a printer whose status answer is not a status byte', async () => {
    const sim = await tcpSim();
    sim.setStatusByte(4, 0xff);
    const driver = await printerOn(sim.address);
    await expect(driver.open()).rejects.toMatchObject({ reason: { en: expect.stringContaining('garbage') } });
  });

  it('notices paper running out between jobs', async () => {
    const sim = await tcpSim();
    const driver = await printerOn(sim.address, { watchIntervalMs: 30 });
    await driver.open();
    const status = new Promise<DriverStatus>((resolve) => driver.on('status', (s) => s.state === 'error' && resolve(s)));
    sim.setPaperOut(true);
    expect(await status).toMatchObject({ reason: { zh: expect.stringContaining('缺纸') } });
  });
});

describe('escpos printer driver over a device file', () => {
  it('prints and reads the status through a pty as it would through /dev/usb/lp0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const pair: PtyPair = await openPtyPair({ device: join(dir, 'lp0'), sim: join(dir, 'printer-end') });
    cleanups.push(() => pair.close());
    const sim = new EscPosPrinterSim();
    const end = new SerialPort({ path: pair.sim, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => end.open((err) => (err ? reject(err) : resolve())));
    cleanups.push(() => new Promise((resolve) => (end.isOpen ? end.close(() => resolve()) : resolve())));
    sim.attach(end);
    const driver = await printerOn(pair.device);
    await driver.open();
    expect(await driver.print(renderEscPos(SLIP, 32))).toEqual({ printed: true });
    expect(sim.lastReceipts()[0]!.lines).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^个人现金支付 +￥76\.70$/) }));
    sim.setPaperOut(true);
    expect(await driver.print(renderEscPos(SLIP, 32))).toMatchObject({ printed: false });
    sim.setReading(false);
    sim.setPaperOut(false);
    const started = Date.now();
    expect(await driver.print(renderEscPos(SLIP, 32))).toMatchObject({ printed: false, reason: { en: 'The printer is not answering' } });
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
