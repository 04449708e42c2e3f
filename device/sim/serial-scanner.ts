// A scanner in virtual COM mode on a pty: whatever it is told to scan goes out as UTF-8 bytes and
// a terminator, as a real scanner's would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { openPtyPair, type PtyPair } from './pty-pair.ts';

export type Terminator = '\r' | '\r\n';

export class SerialScannerSim {
  readonly devicePath: string;
  private readonly simPath: string;
  private readonly dir: string;
  private pair: PtyPair | undefined;
  private port: SerialPort | undefined;

  private constructor(devicePath?: string) {
    const dir = mkdtempSync(join(tmpdir(), 'scanner-sim-'));
    this.dir = dir;
    this.devicePath = devicePath ?? join(dir, 'scanner');
    this.simPath = join(dir, 'sim-end');
  }

  static async start(options: { devicePath?: string } = {}): Promise<SerialScannerSim> {
    const sim = new SerialScannerSim(options.devicePath);
    await sim.plug();
    return sim;
  }

  async plug(): Promise<void> {
    if (this.pair) return;
    this.pair = await openPtyPair({ device: this.devicePath, sim: this.simPath });
    const port = new SerialPort({ path: this.simPath, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    port.on('error', () => {});
    this.port = port;
  }

  async unplug(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    await this.pair?.close();
    this.pair = undefined;
  }

  /** Unplugs for good and removes the simulator's temporary directory. */
  async stop(): Promise<void> {
    await this.unplug();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Scans a code: its UTF-8 bytes and the terminator. */
  scan(text: string, terminator: Terminator = '\r'): Promise<void> {
    return this.send(Buffer.from(text + terminator, 'utf8'));
  }

  /** Sends raw bytes, for reads a real scanner garbles. */
  send(bytes: Buffer): Promise<void> {
    const port = this.port;
    if (!port) return Promise.reject(new Error('the scanner simulator is unplugged'));
    return new Promise((resolve, reject) => {
      port.write(bytes);
      port.drain((err) => (err ? reject(err) : resolve()));
    });
  }
}
