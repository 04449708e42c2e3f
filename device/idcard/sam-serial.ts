// The `sam-serial` driver: a SAM module reader on a serial port. Checks the SAM once, then polls
// (find about once a second; on 9F select, then read text + photo) and reports each card as
// `card` or `card-rejected`. A reader that stops answering, or a port that goes away, is a fault:
// the manager closes and reopens the driver.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { SerialPort } from 'serialport';
import type { SamSerialConfig } from '../config.ts';
import { asFault, DeviceFault, errorInfo, silentLogger, type DeviceDriver, type DeviceLogger, type DriverStatus } from '../driver.ts';
import { closeSerial, openSerial } from '../serial.ts';
import { decodeReply, encodeCommand, type CommandName, type SamReply } from './frame.ts';
import { SamFrameParser } from './framer.ts';
import type { CardRejection, IdCardRead } from './identity.ts';
import { PHOTO_BYTES, TEXT_BYTES } from './layouts.ts';
import { sw3Meaning } from './sw3.ts';
import { parseCardText } from './text.ts';
import { cardRejection } from './validity.ts';

export interface SamTiming {
  /** Between two finds; readers expect about one a second. */
  pollIntervalMs: number;
  /** For status, find and select. */
  commandTimeoutMs: number;
  /** For the text + photo read, which takes the reader up to a second plus wire time. */
  readTimeoutMs: number;
}

export const DEFAULT_SAM_TIMING: SamTiming = { pollIntervalMs: 1000, commandTimeoutMs: 1000, readTimeoutMs: 3000 };

export interface SamSerialOptions {
  log?: DeviceLogger;
  timing?: Partial<SamTiming>;
  /** The clock expiry is judged by. */
  now?: () => Date;
}

export type SamSerialEvents = {
  status: [DriverStatus];
  fault: [DeviceFault];
  card: [IdCardRead];
  'card-rejected': [CardRejection];
};

const READER = { zh: '身份证读卡器', en: 'ID card reader' };
const NOT_ANSWERING = { zh: '身份证读卡器无响应，正在重新连接', en: 'The ID card reader is not answering; reconnecting' };
const DISCONNECTED = { zh: '身份证读卡器已断开', en: 'The ID card reader was disconnected' };
const COMMS = { zh: '与身份证读卡器通信失败', en: 'Communication with the ID card reader failed' };
const DAMAGED_READ: CardRejection = {
  code: 'unreadable',
  reason: { zh: '读取身份证时数据出错，请拿起身份证后重新放置', en: 'The card data arrived damaged; lift the card and place it again' },
};

/** No reply at all in time. */
class ReplyTimeout extends Error {}
/** Bytes came back, but not a valid frame. */
class ReplyDamaged extends Error {}
class Closed extends Error {}

interface Pending {
  resolve: (reply: SamReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class SamSerialDriver extends EventEmitter<SamSerialEvents> implements DeviceDriver {
  private readonly log: DeviceLogger;
  private readonly timing: SamTiming;
  private readonly now: () => Date;
  private readonly parser = new SamFrameParser((problem) => {
    // A reply with a bad checksum is the reply: fail now rather than wait for the timeout.
    if (problem === 'checksum') this.settle(new ReplyDamaged());
  });
  private port: SerialPort | undefined;
  private pending: Pending | undefined;
  private bytesSinceRequest = 0;
  private pollTimer: NodeJS.Timeout | undefined;
  private running = false;
  private busy = false;

  constructor(
    private readonly config: Pick<SamSerialConfig, 'path' | 'baudRate'>,
    options: SamSerialOptions = {},
  ) {
    super();
    this.log = options.log ?? silentLogger;
    this.timing = { ...DEFAULT_SAM_TIMING, ...options.timing };
    this.now = options.now ?? (() => new Date());
  }

  async open(): Promise<void> {
    const port = await openSerial(this.config.path, this.config.baudRate, READER);
    this.port = port;
    this.running = true;
    this.busy = false;
    port.on('data', (chunk: Buffer) => this.onData(chunk));
    port.on('error', (err) => this.log.warn({ err: errorInfo(err) }, 'ID card reader port error'));
    port.on('close', () => {
      if (this.port === port && this.running) this.fail(new DeviceFault(DISCONNECTED, 'absent'));
    });
    try {
      const status = await this.request('samStatus', this.timing.commandTimeoutMs);
      const meaning = sw3Meaning(status.sw3);
      if (meaning.effect !== 'ok') throw new DeviceFault(meaning.reason);
    } catch (err) {
      await this.close();
      throw asFault(err, err instanceof ReplyTimeout ? NOT_ANSWERING : COMMS);
    }
    this.schedule(0);
  }

  async close(): Promise<void> {
    this.running = false;
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.settle(new Closed());
    this.parser.reset();
    const port = this.port;
    this.port = undefined;
    if (port) await closeSerial(port);
  }

  private fail(problem: DeviceFault): void {
    if (!this.running) return;
    // A port that errors because its device node went away was unplugged, whatever the error says.
    const fault = existsSync(this.config.path) ? problem : new DeviceFault(DISCONNECTED, 'absent', { cause: problem });
    this.running = false;
    clearTimeout(this.pollTimer);
    this.settle(new Closed());
    this.log.warn({ reason: fault.reason.en }, 'ID card reader fault');
    this.emit('fault', fault);
  }

  private schedule(delayMs: number): void {
    if (this.running) this.pollTimer = setTimeout(() => void this.poll(), delayMs);
  }

  private async poll(): Promise<void> {
    try {
      const found = await this.request('findCard', this.timing.commandTimeoutMs);
      const meaning = sw3Meaning(found.sw3);
      if (meaning.effect === 'reader') return this.fail(new DeviceFault(meaning.reason));
      // The reader itself answers 80 for a card it has read until it is lifted and presented again.
      if (meaning.effect === 'found') {
        this.setBusy(true);
        await this.readCard();
      }
    } catch (err) {
      if (!this.handle(err)) return;
    }
    this.setBusy(false);
    this.schedule(this.timing.pollIntervalMs);
  }

  private setBusy(busy: boolean): void {
    if (busy === this.busy) return;
    this.busy = busy;
    this.emit('status', { state: busy ? 'busy' : 'ready' });
  }

  /** Decides what a failed request means; false when polling must stop. */
  private handle(err: unknown): boolean {
    if (err instanceof Closed || !this.running) return false;
    // A garbled answer to a find or select: the next poll asks again.
    if (err instanceof ReplyDamaged) return true;
    this.fail(err instanceof ReplyTimeout ? new DeviceFault(NOT_ANSWERING) : asFault(err, COMMS));
    return false;
  }

  private async readCard(): Promise<void> {
    const selected = await this.request('selectCard', this.timing.commandTimeoutMs);
    if (!this.proceed(selected)) return;
    let read: SamReply;
    try {
      read = await this.request('readTextPhoto', this.timing.readTimeoutMs);
    } catch (err) {
      if (!(err instanceof ReplyDamaged)) throw err;
      this.emit('card-rejected', DAMAGED_READ);
      return;
    }
    if (!this.proceed(read)) return;
    this.deliver(read.data);
  }

  /** Acts on a select or read status; true when it was 90. */
  private proceed(reply: SamReply): boolean {
    const meaning = sw3Meaning(reply.sw3);
    if (meaning.effect === 'ok') return true;
    if (meaning.effect === 'reader') throw new DeviceFault(meaning.reason);
    if (meaning.effect === 'card') {
      this.emit('card-rejected', { code: reply.sw3 === 0x40 ? 'unsupported' : 'unreadable', reason: meaning.reason });
    }
    return false;
  }

  /** Read data: text length, photo length (2 bytes each, big-endian), text, photo. */
  private deliver(data: Buffer): void {
    const textLength = data.length >= 4 ? data.readUInt16BE(0) : -1;
    const photoLength = data.length >= 4 ? data.readUInt16BE(2) : -1;
    if (textLength !== TEXT_BYTES || photoLength > PHOTO_BYTES || data.length < 4 + textLength + photoLength) {
      this.emit('card-rejected', DAMAGED_READ);
      return;
    }
    const parsed = parseCardText(data.subarray(4, 4 + TEXT_BYTES));
    const photo = Buffer.from(data.subarray(4 + TEXT_BYTES, 4 + TEXT_BYTES + photoLength));
    // The frame copy holds the card's text: wipe it once parsed.
    data.fill(0);
    if (parsed.rejection) return void this.emit('card-rejected', parsed.rejection);
    const rejection = cardRejection(parsed.identity, this.now());
    if (rejection) return void this.emit('card-rejected', rejection);
    this.emit('card', { identity: parsed.identity, photo });
  }

  private request(command: CommandName, timeoutMs: number): Promise<SamReply> {
    const port = this.port;
    if (!port || !this.running) return Promise.reject(new Closed());
    // The reader only speaks when spoken to: whatever is buffered now is stale.
    this.parser.reset();
    this.bytesSinceRequest = 0;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.settle(this.bytesSinceRequest > 0 ? new ReplyDamaged() : new ReplyTimeout()), timeoutMs);
      this.pending = { resolve, reject, timer };
      port.write(encodeCommand(command), (err) => {
        if (err) this.settle(err);
      });
    });
  }

  private settle(outcome: SamReply | Error): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
  }

  private onData(chunk: Buffer): void {
    this.bytesSinceRequest += chunk.length;
    for (const body of this.parser.feed(chunk)) {
      this.settle(decodeReply(body) ?? new ReplyDamaged());
    }
  }
}
