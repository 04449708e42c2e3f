// Serial transport shared by the serial drivers: is the port there, open it with errors a clerk
// understands, close it without leaking. serialport does not reconnect by itself; the manager
// reopens, and asks `serialPresent` first so an unplugged device shows as absent, not broken.
import { existsSync, realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { DeviceFault } from './driver.ts';
import type { Reason } from './state.ts';

let listUnavailable = false;

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Whether the serial device is there. `SerialPort.list()` needs udevadm and does not list ptys
 * or every platform UART, so a path it does not know (or a list that fails) falls back to the
 * device node itself; a USB adapter's node disappears when it is unplugged.
 */
export async function serialPresent(path: string): Promise<boolean> {
  if (!listUnavailable) {
    try {
      const real = realpath(path);
      const ports = await SerialPort.list();
      if (ports.some((p) => p.path === path || p.path === real)) return true;
    } catch {
      // udevadm missing (containers, minimal images): do not spawn it again on every poll.
      listUnavailable = true;
    }
  }
  return existsSync(path);
}

/** serialport's open errors carry no code, only strerror text: match either. */
function errorKind(err: unknown): 'absent' | 'permission' | 'busy' | 'other' {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  const text = String(err);
  if (/^(ENOENT|ENXIO|ENODEV)$/.test(code) || /No such file or directory|No such device/i.test(text)) return 'absent';
  if (/^(EACCES|EPERM)$/.test(code) || /Permission denied|Operation not permitted/i.test(text)) return 'permission';
  if (code === 'EBUSY' || /Cannot lock port|Device or resource busy/i.test(text)) return 'busy';
  return 'other';
}

function openFault(what: Reason, path: string, err: unknown): DeviceFault {
  switch (errorKind(err)) {
    case 'absent':
      return new DeviceFault({ zh: `${what.zh}未连接（${path} 不存在）`, en: `The ${what.en} is not connected (${path} does not exist)` }, 'absent', { cause: err });
    case 'permission':
      return new DeviceFault(
        { zh: `没有权限打开${what.zh}（${path}），请把终端用户加入 dialout 组`, en: `No permission to open the ${what.en} (${path}); add the kiosk user to the dialout group` },
        'error',
        { cause: err },
      );
    case 'busy':
      return new DeviceFault({ zh: `${what.zh}（${path}）被其他程序占用`, en: `The ${what.en} (${path}) is in use by another program` }, 'error', { cause: err });
    default:
      return new DeviceFault({ zh: `无法打开${what.zh}（${path}）`, en: `Cannot open the ${what.en} (${path})` }, 'error', { cause: err });
  }
}

/** Opens a serial port; rejects with a DeviceFault naming the device. */
export function openSerial(path: string, baudRate: number, what: Reason): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    let port: SerialPort;
    try {
      port = new SerialPort({ path, baudRate, autoOpen: false });
    } catch (err) {
      reject(openFault(what, path, err));
      return;
    }
    port.open((err) => (err ? reject(openFault(what, path, err)) : resolve(port)));
  });
}

/** Closes a port if it is open; never rejects. */
export function closeSerial(port: SerialPort): Promise<void> {
  return new Promise((resolve) => {
    port.removeAllListeners('data');
    if (!port.isOpen) return resolve();
    port.close(() => resolve());
  });
}
