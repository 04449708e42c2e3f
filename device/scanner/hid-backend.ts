// node-hid, loaded only when a HID POS scanner is configured: its binary needs libusb-1.0 at run
// time, and the daemon must start without it. Loading forces the binary in, so a missing library
// shows up here, as a reason a clerk can act on, and not later inside a read.
import { DeviceFault } from '../driver.ts';

export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  usagePage?: number | undefined;
  usage?: number | undefined;
}

export interface HidPort {
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  close(): Promise<void>;
}

/** The little of node-hid the driver uses; tests put a fake behind it. */
export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidPort>;
}

export type HidBackendLoader = () => Promise<HidBackend>;

export const LIBUSB_MISSING = {
  zh: '扫码器驱动无法加载：缺少 libusb-1.0（请安装 libusb-1.0-0）',
  en: 'The scanner driver cannot load: libusb-1.0 is missing (install libusb-1.0-0)',
};

export const loadNodeHid: HidBackendLoader = async () => {
  try {
    const hid = await import('node-hid');
    hid.getHidapiVersion();
    return { devices: () => hid.devicesAsync(), open: (path) => hid.HIDAsync.open(path) };
  } catch (err) {
    const libusb = /libusb/i.test(String(err));
    throw new DeviceFault(
      libusb ? LIBUSB_MISSING : { zh: '扫码器驱动（node-hid）无法加载', en: 'The scanner driver (node-hid) cannot load' },
      'error',
      { cause: err },
    );
  }
};
