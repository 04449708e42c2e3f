// What the scanner drivers share: the events they emit and what happens to a complete read.
// A refused read leaves a note on the device status (a clerk may need to fix the scanner's
// settings) until the next good read clears it.
import { EventEmitter } from 'node:events';
import type { DeviceDriver, DeviceFault, DriverStatus } from '../driver.ts';
import { classifyScan, type ScanClass } from './classify.ts';
import { decodeScan, type ScanRejection } from './payload.ts';

export type ScannerEvents = {
  status: [DriverStatus];
  fault: [DeviceFault];
  scan: [ScanClass];
  'scan-rejected': [ScanRejection];
};

export abstract class ScannerDriver extends EventEmitter<ScannerEvents> implements DeviceDriver {
  private noted = false;

  abstract open(): Promise<void>;
  abstract close(): Promise<void>;

  /** A complete read as bytes, from a serial line or assembled HID reports. */
  protected deliverBytes(bytes: Uint8Array): void {
    const result = decodeScan(bytes);
    if (!result) return;
    if ('reason' in result) this.refuse(result);
    else this.deliver(result);
  }

  /** A complete read as text, from a keyboard wedge. */
  protected deliverText(text: string): ScanClass | undefined {
    if (text.trim() === '') return undefined;
    const scan = classifyScan(text);
    this.deliver(scan);
    return scan;
  }

  protected refuse(rejection: ScanRejection): void {
    this.noted = true;
    this.emit('status', { state: 'ready', reason: rejection.reason });
    this.emit('scan-rejected', rejection);
  }

  private deliver(scan: ScanClass): void {
    if (this.noted) {
      this.noted = false;
      this.emit('status', { state: 'ready' });
    }
    this.emit('scan', scan);
  }
}
