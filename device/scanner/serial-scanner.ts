// The `serial` scanner driver: a scanner in virtual COM (CDC-ACM) mode, one CR-terminated UTF-8
// read per line.
import type { SerialPort } from 'serialport';
import type { ScannerSerialConfig } from '../config.ts';
import { DeviceFault, errorInfo, silentLogger, type DeviceLogger } from '../driver.ts';
import { closeSerial, openSerial } from '../serial.ts';
import { IDLE_MS, LineFramer, type LineEvent } from './line-framer.ts';
import { TOO_LONG } from './payload.ts';
import { ScannerDriver } from './scanner-driver.ts';

const SCANNER = { zh: '扫码器', en: 'scanner' };
const DISCONNECTED = { zh: '扫码器已断开', en: 'The scanner was disconnected' };

export class SerialScannerDriver extends ScannerDriver {
  private port: SerialPort | undefined;
  private running = false;
  private quiet: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: Pick<ScannerSerialConfig, 'path' | 'baudRate'>,
    private readonly log: DeviceLogger = silentLogger,
  ) {
    super();
  }

  async open(): Promise<void> {
    const port = await openSerial(this.config.path, this.config.baudRate, SCANNER);
    const framer = new LineFramer();
    this.port = port;
    this.running = true;
    const handle = (events: LineEvent[]) => {
      for (const event of events) {
        if (event.type === 'line') this.deliverBytes(event.bytes);
        else {
          this.log.warn({ path: this.config.path, problem: event.type }, 'scanner sent a read without a terminator; dropped');
          this.refuse(TOO_LONG);
        }
      }
    };
    port.on('data', (chunk: Buffer) => {
      clearTimeout(this.quiet);
      handle(framer.feed(chunk));
      this.quiet = setTimeout(() => handle(framer.idle()), IDLE_MS);
    });
    port.on('error', (err) => this.log.warn({ err: errorInfo(err) }, 'scanner port error'));
    port.on('close', () => {
      if (this.port !== port || !this.running) return;
      this.running = false;
      this.emit('fault', new DeviceFault(DISCONNECTED, 'absent'));
    });
  }

  async close(): Promise<void> {
    this.running = false;
    clearTimeout(this.quiet);
    const port = this.port;
    this.port = undefined;
    if (port) await closeSerial(port);
  }
}
