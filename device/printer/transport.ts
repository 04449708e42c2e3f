// How bytes reach a printer and its status bytes come back. Every call is bounded by a timeout:
// a printer that accepts a connection and never reads must not hang the daemon.
import type { Reason } from '../state.ts';

export interface PrinterTransport {
  /** Sends a real-time query; resolves with the first byte of the answer. */
  query(command: Buffer): Promise<number>;
  /** Sends a job; resolves when the bytes are handed to the printer. */
  send(bytes: Buffer): Promise<void>;
  close(): Promise<void>;
}

/** A transport failure, with whether the printer is simply not there. */
export class TransportError extends Error {
  constructor(
    readonly reason: Reason,
    readonly absent: boolean,
    options?: { cause?: unknown },
  ) {
    super(reason.en, options);
    this.name = 'TransportError';
  }
}

export const NOT_ANSWERING: Reason = { zh: '打印机无响应', en: 'The printer is not answering' };
export const NOT_CONNECTED: Reason = { zh: '打印机未连接', en: 'The printer is not connected' };

/** Rejects with NOT_ANSWERING if the promise has not settled in time. */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransportError(NOT_ANSWERING, false)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
