// A SAM ID card reader on a pty: it speaks the reader's side of the SAM protocol byte for byte,
// so the real `sam-serial` driver runs against it. Cards are presented and lifted by hand, and the
// reader can be told to garble a read, fall silent, fail its SAM, or be unplugged.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { encodeReply } from '../idcard/frame.ts';
import { SamFrameParser } from '../idcard/framer.ts';
import { TEXT_BYTES } from '../idcard/layouts.ts';
import { encodeCardText, testPhoto, type TestCard } from './card-text.ts';
import { DEMO_CARDS } from './demo-cards.ts';
import { openPtyPair, type PtyPair } from './pty-pair.ts';

export interface SamReaderSimOptions {
  /** Where the driver's end of the pty pair appears; a fresh temp path by default. */
  devicePath?: string;
  cards?: readonly TestCard[];
}

export type ReadFailure = 'damaged' | 'silent';

const SW = { ok: 0x90, found: 0x9f, noCard: 0x80, selectFailed: 0x81, hostChecksum: 0x10, hostLength: 0x11, badCommand: 0x21, readFailed: 0x41 };

export class SamReaderSim extends EventEmitter<{ command: [string] }> {
  readonly cards: readonly TestCard[];
  readonly devicePath: string;
  private readonly simPath: string;
  private readonly dir: string;
  private pair: PtyPair | undefined;
  private port: SerialPort | undefined;
  private card: TestCard | undefined;
  /** A presented card is read once; it must be lifted and presented again. */
  private consumed = false;
  private selected = false;
  private answering = true;
  private nextRead: ReadFailure | undefined;
  private samStatus = SW.ok;
  private readonly parser = new SamFrameParser((problem) => {
    if (this.answering && problem !== 'torn') this.reply(problem === 'checksum' ? SW.hostChecksum : SW.hostLength);
  });

  private constructor(options: SamReaderSimOptions) {
    super();
    this.cards = options.cards ?? DEMO_CARDS;
    const dir = mkdtempSync(join(tmpdir(), 'sam-sim-'));
    this.dir = dir;
    this.devicePath = options.devicePath ?? join(dir, 'reader');
    this.simPath = join(dir, 'sim-end');
  }

  static async start(options: SamReaderSimOptions = {}): Promise<SamReaderSim> {
    const sim = new SamReaderSim(options);
    await sim.plug();
    return sim;
  }

  /** Creates the pty pair (again) and opens the reader's end. */
  async plug(): Promise<void> {
    if (this.pair) return;
    this.pair = await openPtyPair({ device: this.devicePath, sim: this.simPath });
    const port = new SerialPort({ path: this.simPath, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    port.on('data', (chunk: Buffer) => this.onData(chunk));
    port.on('error', () => {});
    this.port = port;
  }

  /** Removes the pty pair: the driver's path disappears and its open port hangs up. */
  async unplug(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    await this.pair?.close();
    this.pair = undefined;
    this.parser.reset();
  }

  /** Unplugs for good and removes the simulator's temporary directory. */
  async stop(): Promise<void> {
    await this.unplug();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Places a card (or the n-th configured card) on the reader. */
  present(card: TestCard | number): void {
    const chosen = typeof card === 'number' ? this.cards[card] : card;
    if (!chosen) throw new RangeError(`no test card ${String(card)}`);
    this.card = chosen;
    this.consumed = false;
    this.selected = false;
  }

  lift(): void {
    this.card = undefined;
    this.consumed = false;
    this.selected = false;
  }

  get presented(): TestCard | undefined {
    return this.card;
  }

  /** The next read is garbled in transit (bad checksum), or the reader falls silent from it on. */
  failNextRead(failure: ReadFailure): void {
    this.nextRead = failure;
  }

  /** false: the reader ignores every command, as a hung reader does. */
  setAnswering(answering: boolean): void {
    this.answering = answering;
  }

  /** The SW3 the SAM status command answers: 90, or 60 (self-test failed) / 66 (not authorised). */
  setSamStatus(sw3: number): void {
    this.samStatus = sw3;
  }

  private onData(chunk: Buffer): void {
    for (const body of this.parser.feed(chunk)) {
      if (!this.answering) continue;
      this.handle(body);
    }
  }

  private handle(body: Buffer): void {
    const command = `${body[0]?.toString(16).padStart(2, '0')} ${body[1]?.toString(16).padStart(2, '0')}`;
    this.emit('command', command);
    const available = this.card !== undefined && !this.consumed;
    switch (command) {
      case '11 ff':
        return this.reply(this.samStatus);
      case '20 01':
        return available ? this.reply(SW.found, Buffer.alloc(4)) : this.reply(SW.noCard);
      case '20 02':
        this.selected = available;
        return available ? this.reply(SW.ok, Buffer.alloc(8)) : this.reply(SW.selectFailed);
      case '30 01':
        return this.read();
      default:
        return this.reply(SW.badCommand);
    }
  }

  private read(): void {
    const card = this.card;
    if (!card || !this.selected) return this.reply(SW.readFailed);
    this.selected = false;
    this.consumed = true;
    const failure = this.nextRead;
    this.nextRead = undefined;
    if (failure === 'silent') {
      this.answering = false;
      return;
    }
    const photo = testPhoto(card);
    const data = Buffer.alloc(4 + TEXT_BYTES + photo.length);
    data.writeUInt16BE(TEXT_BYTES, 0);
    data.writeUInt16BE(photo.length, 2);
    encodeCardText(card).copy(data, 4);
    photo.copy(data, 4 + TEXT_BYTES);
    const frame = encodeReply(SW.ok, data);
    if (failure === 'damaged') frame[frame.length - 100]! ^= 0x5a;
    this.write(frame);
  }

  private reply(sw3: number, data?: Buffer): void {
    this.write(encodeReply(sw3, data));
  }

  private write(frame: Buffer): void {
    if (this.port?.isOpen) this.port.write(frame);
  }
}
