// Owns every configured device: opens it, watches it, and keeps one state per device. Drivers
// own bytes; the manager owns lifecycles; neither decides what the kiosk does with a reading.
// Readings are passed on as events: `card`, `card-rejected`, `scan`, `scan-rejected`. They carry
// personal data and credentials, in memory only: listeners must not log or store them.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { DEVICE_KINDS, type DeviceKind } from '../config/schema.ts';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import type { CameraDriver } from './camera/driver.ts';
import type { DevicesConfig, PrinterEscPosConfig } from './config.ts';
import { silentLogger, type DeviceLogger } from './driver.ts';
import type { CardRejection, IdCardRead } from './idcard/identity.ts';
import { SamSerialDriver, type SamTiming } from './idcard/sam-serial.ts';
import type { ReceiptDocument } from './printer/document.ts';
import { COLUMNS, renderEscPos } from './printer/escpos.ts';
import { EscPosPrinterDriver } from './printer/escpos-printer.ts';
import { KeptJobs, type KeptJob } from './printer/jobs.ts';
import { NOT_CONNECTED } from './printer/transport.ts';
import type { ScanClass } from './scanner/classify.ts';
import type { HidBackendLoader } from './scanner/hid-backend.ts';
import { HidPosScannerDriver } from './scanner/hid-pos.ts';
import type { ScanRejection } from './scanner/payload.ts';
import type { ScannerDriver } from './scanner/scanner-driver.ts';
import { SerialScannerDriver } from './scanner/serial-scanner.ts';
import { WedgeScannerDriver } from './scanner/wedge.ts';
import { serialPresent } from './serial.ts';
import { DeviceSlot } from './slot.ts';
import type { DeviceStatus, Reason } from './state.ts';

export interface DeviceStateChange {
  device: DeviceKind;
  status: DeviceStatus;
}

export type DeviceManagerEvents = {
  state: [DeviceStateChange];
  card: [IdCardRead];
  'card-rejected': [CardRejection];
  scan: [ScanClass];
  'scan-rejected': [ScanRejection];
};

export interface DeviceManagerOptions {
  log?: DeviceLogger;
  /** The face module; required when devices.camera is "platform-face". */
  camera?: CameraDriver;
  backoff?: BackoffOptions;
  /** Longest open() waits for the devices' first attempts before returning. */
  openWaitMs?: number;
  samTiming?: Partial<SamTiming>;
  printerTimeoutMs?: number;
  printerWatchIntervalMs?: number;
  /** The clock ID card expiry is judged by. */
  now?: () => Date;
  /** How node-hid is loaded (tests put a fake here). */
  loadHid?: HidBackendLoader;
}

export type PrintResult = { status: 'printed'; jobId: string } | { status: 'kept'; jobId: string; reason: Reason };

const NOT_CONFIGURED: Reason = { zh: '本终端未配置此设备', en: 'Not configured on this terminal' };
const NO_PRINTER: Reason = { zh: '本终端未配置打印机', en: 'This terminal has no printer' };
const NO_CAMERA_MODULE: Reason = { zh: '人脸识别模块未接入', en: 'The face authentication module is not connected' };
const DEFAULT_OPEN_WAIT_MS = 500;

export class DeviceManager extends EventEmitter<DeviceManagerEvents> {
  private readonly statuses = new Map<DeviceKind, DeviceStatus>();
  private readonly slots = new Map<DeviceKind, DeviceSlot>();
  private readonly jobs = new KeptJobs();
  private readonly log: DeviceLogger;

  constructor(
    private readonly devices: DevicesConfig,
    private readonly options: DeviceManagerOptions = {},
  ) {
    super();
    this.log = options.log ?? silentLogger;
  }

  /** Opens every device named in config; returns once each has had a first try (or openWaitMs passed). */
  async open(): Promise<void> {
    const first: Promise<void>[] = [];
    for (const kind of DEVICE_KINDS) {
      const slot = this.slotFor(kind);
      if (!slot) {
        if (this.devices[kind].driver === 'none') this.set(kind, { state: 'disabled', reason: NOT_CONFIGURED });
        else this.set(kind, { state: 'error', reason: NO_CAMERA_MODULE });
        continue;
      }
      this.slots.set(kind, slot);
      first.push(slot.start());
    }
    let timer: NodeJS.Timeout | undefined;
    const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.openWaitMs ?? DEFAULT_OPEN_WAIT_MS)));
    await Promise.race([Promise.all(first), wait]);
    clearTimeout(timer);
  }

  status(kind: DeviceKind): DeviceStatus {
    return this.statuses.get(kind) ?? { state: 'connecting', since: new Date().toISOString() };
  }

  snapshot(): Record<DeviceKind, DeviceStatus> {
    return Object.fromEntries(DEVICE_KINDS.map((k) => [k, this.status(k)])) as Record<DeviceKind, DeviceStatus>;
  }

  /** Closes every device; resolves when every handle and timer is released. */
  async close(): Promise<void> {
    const slots = [...this.slots.values()];
    this.slots.clear();
    await Promise.all(slots.map((slot) => slot.stop()));
    this.removeAllListeners();
  }

  /** The face module, while it is open and working. */
  get camera(): CameraDriver | undefined {
    return this.slots.get('camera')?.current as CameraDriver | undefined;
  }

  /** A read typed by a keyboard-wedge scanner (sent by the touchscreen); undefined unless the scanner is a wedge. */
  submitWedgeScan(text: string): ScanClass | undefined {
    const scanner = this.slots.get('scanner')?.current;
    return scanner instanceof WedgeScannerDriver ? scanner.submit(text) : undefined;
  }

  /**
   * Prints a receipt, or keeps it for a reprint and says why. Never rejects. A job named by the
   * caller (one per document, e.g. a settlement's slip) is kept once however often it fails, and
   * let go once it prints, whoever printed it.
   */
  print(document: ReceiptDocument, jobId: string = randomUUID().slice(0, 8)): Promise<PrintResult> {
    return this.printAs(jobId, document);
  }

  /** Prints a kept receipt again; undefined when no job has that id. */
  async reprint(jobId: string): Promise<PrintResult | undefined> {
    const document = this.jobs.document(jobId);
    return document && this.printAs(jobId, document);
  }

  /** Keeps a receipt for a reprint without trying the printer: one kept before a restart. */
  keep(document: ReceiptDocument, reason: Reason, jobId: string): void {
    this.jobs.keep(document, reason, jobId);
  }

  isKept(jobId: string): boolean {
    return this.jobs.document(jobId) !== undefined;
  }

  /** Receipts waiting for a reprint, oldest first. */
  keptJobs(): KeptJob[] {
    return this.jobs.list();
  }

  private async printAs(jobId: string, document: ReceiptDocument): Promise<PrintResult> {
    const config = this.devices.printer;
    const driver = this.slots.get('printer')?.current;
    if (config.driver === 'none' || !(driver instanceof EscPosPrinterDriver)) {
      const reason = config.driver === 'none' ? NO_PRINTER : (this.status('printer').reason ?? NOT_CONNECTED);
      return { status: 'kept', jobId: this.jobs.keep(document, reason, jobId), reason };
    }
    const outcome = await driver.print(renderEscPos(document, COLUMNS[config.width]));
    if (outcome.printed) {
      this.jobs.remove(jobId);
      return { status: 'printed', jobId };
    }
    return { status: 'kept', jobId: this.jobs.keep(document, outcome.reason, jobId), reason: outcome.reason };
  }

  private slotFor(kind: DeviceKind): DeviceSlot | undefined {
    const base = { kind, backoff: this.options.backoff ?? DEFAULT_BACKOFF, log: this.log, onStatus: (s: Omit<DeviceStatus, 'since'>) => this.set(kind, s) };
    const device = this.devices[kind];
    switch (device.driver) {
      case 'none':
        return undefined;
      case 'sam-serial':
        return new DeviceSlot({
          ...base,
          presence: {
            check: () => serialPresent(device.path),
            absent: { zh: `身份证读卡器未连接（${device.path}）`, en: `The ID card reader is not connected (${device.path})` },
          },
          create: () => {
            const driver = new SamSerialDriver(device, { log: this.log, timing: this.options.samTiming, now: this.options.now });
            driver.on('card', (read) => this.emit('card', read));
            driver.on('card-rejected', (rejection) => this.emit('card-rejected', rejection));
            return driver;
          },
        });
      case 'serial':
        return new DeviceSlot({
          ...base,
          presence: {
            check: () => serialPresent(device.path),
            absent: { zh: `扫码器未连接（${device.path}）`, en: `The scanner is not connected (${device.path})` },
          },
          create: () => this.forwardScans(new SerialScannerDriver(device, this.log)),
        });
      case 'hid-pos':
        return new DeviceSlot({
          ...base,
          create: () => this.forwardScans(new HidPosScannerDriver(device, { log: this.log, loadBackend: this.options.loadHid })),
        });
      case 'wedge':
        return new DeviceSlot({ ...base, create: () => this.forwardScans(new WedgeScannerDriver()) });
      case 'escpos':
        return new DeviceSlot({ ...base, create: () => this.printerDriver(device) });
      case 'platform-face': {
        const camera = this.options.camera;
        return camera ? new DeviceSlot({ ...base, create: () => camera }) : undefined;
      }
    }
  }

  private forwardScans<D extends ScannerDriver>(driver: D): D {
    driver.on('scan', (scan) => this.emit('scan', scan));
    driver.on('scan-rejected', (rejection) => this.emit('scan-rejected', rejection));
    return driver;
  }

  private printerDriver(config: PrinterEscPosConfig): EscPosPrinterDriver {
    return new EscPosPrinterDriver(config, { log: this.log, timeoutMs: this.options.printerTimeoutMs, watchIntervalMs: this.options.printerWatchIntervalMs });
  }

  private set(device: DeviceKind, status: Omit<DeviceStatus, 'since'>): void {
    const full = { ...status, since: new Date().toISOString() };
    this.statuses.set(device, full);
    this.emit('state', { device, status: full });
  }
}
