// A printer behind a device file (/dev/usb/lp0, a serial port). node-thermal-printer's file
// interface only writes (status cannot be read back) and retries for minutes, so this one is ours.
// The file is opened non-blocking: a blocking read of a silent printer would hold a libuv thread
// for ever, so reads are polled until the deadline instead.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { NOT_ANSWERING, NOT_CONNECTED, TransportError, type PrinterTransport } from './transport.ts';

const POLL_MS = 10;

const wouldBlock = (err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EAGAIN' || code === 'EWOULDBLOCK';
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class FileTransport implements PrinterTransport {
  private handle: FileHandle | undefined;

  constructor(
    private readonly path: string,
    private readonly timeoutMs: number,
  ) {}

  async query(command: Buffer): Promise<number> {
    const handle = await this.file();
    await this.drain(handle);
    await this.write(handle, command);
    const byte = Buffer.alloc(1);
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      try {
        const { bytesRead } = await handle.read(byte, 0, 1, null);
        if (bytesRead === 1) return byte[0]!;
      } catch (err) {
        if (!wouldBlock(err)) throw this.fail(err);
      }
      if (Date.now() >= deadline) throw new TransportError(NOT_ANSWERING, false);
      await sleep(POLL_MS);
    }
  }

  async send(bytes: Buffer): Promise<void> {
    await this.write(await this.file(), bytes);
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close().catch(() => {});
  }

  private async file(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    try {
      this.handle = await open(this.path, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
      return this.handle;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new TransportError(NOT_CONNECTED, code === 'ENOENT' || code === 'ENXIO' || code === 'ENODEV', { cause: err });
    }
  }

  /** Discards a late answer to an earlier query, so it is not taken for this one's. */
  private async drain(handle: FileHandle): Promise<void> {
    const scratch = Buffer.alloc(64);
    try {
      while ((await handle.read(scratch, 0, scratch.length, null)).bytesRead > 0);
    } catch (err) {
      if (!wouldBlock(err)) throw this.fail(err);
    }
  }

  private async write(handle: FileHandle, bytes: Buffer): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
        continue;
      } catch (err) {
        if (!wouldBlock(err)) throw this.fail(err);
      }
      if (Date.now() >= deadline) throw new TransportError(NOT_ANSWERING, false);
      await sleep(POLL_MS);
    }
  }

  /** The device went away under us: forget the handle so the next call reopens. */
  private fail(err: unknown): TransportError {
    void this.close();
    return new TransportError(NOT_CONNECTED, true, { cause: err });
  }
}
