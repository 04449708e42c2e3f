// An ESC/POS receipt printer on loopback TCP (or any byte stream, such as a pty): it decodes what
// it is sent into receipts, answers DLE EOT with status bytes that tests and the /sim page can set
// (paper out, near end, cover open), keeps the last receipts, and can be told to stop reading
// altogether, like a jammed printer that still accepts connections.
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { EscPosDecoder, type Receipt } from './escpos-decoder.ts';

export interface EscPosPrinterSimOptions {
  host?: string;
  /** 0 for any free port. */
  port?: number;
  /** How many receipts to keep. */
  keep?: number;
}

const ALL_OK = 0x12;

export class EscPosPrinterSim extends EventEmitter<{ receipt: [Receipt]; 'status-query': [number] }> {
  private server: Server | undefined;
  private readonly streams = new Set<Duplex>();
  private readonly receipts: Receipt[] = [];
  private readonly keep: number;
  private readonly decoder = new EscPosDecoder(
    (receipt) => this.onReceipt(receipt),
    (n) => this.statusByte(n),
  );
  private paperOut = false;
  private paperNearEnd = false;
  private coverOpen = false;
  private reading = true;
  private readonly overrides = new Map<number, number>();

  constructor(options: { keep?: number } = {}) {
    super();
    this.keep = options.keep ?? 20;
  }

  static async start(options: EscPosPrinterSimOptions = {}): Promise<EscPosPrinterSim> {
    const sim = new EscPosPrinterSim(options);
    await sim.listen(options.host ?? '127.0.0.1', options.port ?? 0);
    return sim;
  }

  /** What the printer reports about itself, as set. */
  get conditions(): { paperOut: boolean; paperNearEnd: boolean; coverOpen: boolean } {
    return { paperOut: this.paperOut, paperNearEnd: this.paperNearEnd, coverOpen: this.coverOpen };
  }

  /** tcp://host:port, for the printer's `interface` config. */
  get address(): string {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('the printer simulator is not listening');
    return `tcp://${address.address}:${address.port}`;
  }

  /** Serves a byte stream (a TCP socket, a pty port) as the printer's interface. */
  attach(stream: Duplex): void {
    this.streams.add(stream);
    stream.on('data', (chunk: Buffer) => {
      const answers = this.decoder.feed(chunk);
      if (answers.length > 0) stream.write(answers);
    });
    stream.on('error', () => {});
    stream.on('close', () => this.streams.delete(stream));
    if (!this.reading) stream.pause();
  }

  async stop(): Promise<void> {
    for (const stream of this.streams) stream.destroy();
    this.streams.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  setPaperOut(out: boolean): void {
    this.paperOut = out;
  }

  setPaperNearEnd(nearEnd: boolean): void {
    this.paperNearEnd = nearEnd;
  }

  setCoverOpen(open: boolean): void {
    this.coverOpen = open;
  }

  /** Answers DLE EOT n with this byte regardless of the conditions above (undefined: stop overriding). */
  setStatusByte(n: number, byte: number | undefined): void {
    if (byte === undefined) this.overrides.delete(n);
    else this.overrides.set(n, byte);
  }

  /** false: accept connections but never read from them. */
  setReading(reading: boolean): void {
    this.reading = reading;
    for (const stream of this.streams) {
      if (reading) stream.resume();
      else stream.pause();
    }
  }

  /** The most recent receipts, oldest first. */
  lastReceipts(count = this.keep): Receipt[] {
    return this.receipts.slice(-count);
  }

  clearReceipts(): void {
    this.receipts.length = 0;
  }

  private listen(host: string, port: number): Promise<void> {
    const server = createServer((socket: Socket) => this.attach(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  }

  private statusByte(n: number): number {
    this.emit('status-query', n);
    const override = this.overrides.get(n);
    if (override !== undefined) return override;
    if (n === 4) return ALL_OK | (this.paperNearEnd ? 0x0c : 0) | (this.paperOut ? 0x60 : 0);
    if (n === 2) return ALL_OK | (this.coverOpen ? 0x04 : 0) | (this.paperOut ? 0x20 : 0);
    if (n === 1) return 0x16 | (this.coverOpen || this.paperOut ? 0x08 : 0);
    return ALL_OK;
  }

  private onReceipt(receipt: Receipt): void {
    this.receipts.push(receipt);
    if (this.receipts.length > this.keep) this.receipts.shift();
    this.emit('receipt', receipt);
  }
}
