// The `wedge` scanner driver: a keyboard-wedge scanner types into the touchscreen, which sends the
// text to the daemon. There is nothing to open; it is ready whenever the daemon runs.
import { ScannerDriver } from './scanner-driver.ts';
import type { ScanClass } from './classify.ts';

export class WedgeScannerDriver extends ScannerDriver {
  async open(): Promise<void> {}

  async close(): Promise<void> {}

  /** A read typed by the scanner; emits `scan` and returns it (undefined when blank). */
  submit(text: string): ScanClass | undefined {
    return this.deliverText(text);
  }
}
