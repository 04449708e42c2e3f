// The `hid-pos` scanner driver: a scanner in HID POS mode, through node-hid. Finds the device by
// USB ids (preferring its usage page 0x8C interface) or by hidraw path, and assembles its input
// reports into reads.
import type { ScannerHidPosConfig } from '../config.ts';
import { DeviceFault, errorInfo, silentLogger, type DeviceLogger } from '../driver.ts';
import { loadNodeHid, type HidBackend, type HidBackendLoader, type HidPort } from './hid-backend.ts';
import { DEFAULT_HID_POS_LAYOUT, HidPosDecoder, type HidPosLayout } from './hid-pos-decoder.ts';
import { TOO_LONG } from './payload.ts';
import { ScannerDriver } from './scanner-driver.ts';

const HID_POS_USAGE_PAGE = 0x8c;
const NOT_FOUND = { zh: '未找到扫码器（HID POS）', en: 'The scanner (HID POS) is not connected' };
const DISCONNECTED = { zh: '扫码器已断开', en: 'The scanner was disconnected' };
const CANNOT_OPEN = { zh: '无法打开扫码器（HID POS），请检查 hidraw 设备权限', en: 'Cannot open the scanner (HID POS); check the hidraw device permissions' };

export interface HidPosOptions {
  log?: DeviceLogger;
  loadBackend?: HidBackendLoader;
  layout?: HidPosLayout;
}

export class HidPosScannerDriver extends ScannerDriver {
  private readonly log: DeviceLogger;
  private readonly loadBackend: HidBackendLoader;
  private readonly layout: HidPosLayout;
  private backend: HidBackend | undefined;
  private port: HidPort | undefined;
  private running = false;

  constructor(
    private readonly config: ScannerHidPosConfig,
    options: HidPosOptions = {},
  ) {
    super();
    this.log = options.log ?? silentLogger;
    this.loadBackend = options.loadBackend ?? loadNodeHid;
    this.layout = options.layout ?? DEFAULT_HID_POS_LAYOUT;
  }

  async open(): Promise<void> {
    this.backend ??= await this.loadBackend();
    const path = await this.find(this.backend);
    let port: HidPort;
    try {
      port = await this.backend.open(path);
    } catch (err) {
      throw new DeviceFault(CANNOT_OPEN, 'error', { cause: err });
    }
    const decoder = new HidPosDecoder(this.layout);
    this.port = port;
    this.running = true;
    port.on('data', (report) => {
      const event = decoder.feed(report);
      if (event?.type === 'read') this.deliverBytes(event.read.bytes);
      else if (event?.type === 'overflow') this.refuse(TOO_LONG);
    });
    port.on('error', (err) => {
      if (this.port !== port || !this.running) return;
      this.running = false;
      this.log.warn({ err: errorInfo(err) }, 'HID scanner read failed');
      this.emit('fault', new DeviceFault(DISCONNECTED, 'absent'));
    });
  }

  async close(): Promise<void> {
    this.running = false;
    const port = this.port;
    this.port = undefined;
    await port?.close().catch(() => {});
  }

  /** The hidraw path to open: the configured one, or the POS interface of the configured ids. */
  private async find(backend: HidBackend): Promise<string> {
    const config = this.config;
    const devices = await backend.devices();
    if ('path' in config) {
      if (devices.some((d) => d.path === config.path)) return config.path;
      throw new DeviceFault(NOT_FOUND, 'absent');
    }
    const matching = devices.filter((d) => d.vendorId === config.vendorId && d.productId === config.productId && d.path);
    const pos = matching.find((d) => d.usagePage === HID_POS_USAGE_PAGE) ?? matching[0];
    if (!pos?.path) throw new DeviceFault(NOT_FOUND, 'absent');
    return pos.path;
  }
}
