// The contract between the manager and every driver. A driver owns bytes: it opens its
// transport, speaks the protocol and reports what it sees. The manager owns the lifecycle:
// it opens, watches, closes and reopens. Neither decides what the kiosk does with a reading.
import type { DeviceState, Reason } from './state.ts';

/** pino-compatible; drivers never pass personal data to it. */
export interface DeviceLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: DeviceLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** What a working driver reports between open and close: busy, ready, or a condition. */
export interface DriverStatus {
  state: Extract<DeviceState, 'ready' | 'busy' | 'error'>;
  reason?: Reason;
}

/**
 * A driver cannot work: it failed to open, or stopped working after it opened. `absent` means
 * the device is not there (unplugged, nothing listening); the manager reopens either way.
 */
export class DeviceFault extends Error {
  constructor(
    readonly reason: Reason,
    readonly state: 'absent' | 'error' = 'error',
    options?: { cause?: unknown },
  ) {
    super(reason.en, options);
    this.name = 'DeviceFault';
  }
}

export interface DeviceDriver {
  /** Resolves when the device answers; rejects with a DeviceFault. */
  open(): Promise<void>;
  /** Releases every handle and timer; safe to call twice, never rejects. */
  close(): Promise<void>;
  on(event: 'status', listener: (status: DriverStatus) => void): unknown;
  on(event: 'fault', listener: (fault: DeviceFault) => void): unknown;
  off(event: 'status', listener: (status: DriverStatus) => void): unknown;
  off(event: 'fault', listener: (fault: DeviceFault) => void): unknown;
}

/** Any error as a DeviceFault, keeping the reason when it already is one. */
export function asFault(err: unknown, fallback: Reason, state: 'absent' | 'error' = 'error'): DeviceFault {
  return err instanceof DeviceFault ? err : new DeviceFault(fallback, state, { cause: err });
}

/** A short, non-personal description of an error for a log line. */
export function errorInfo(err: unknown): { code?: string; message: string } {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code ? { code, message: err.message } : { message: err.message };
  }
  return { message: String(err) };
}
