// One configured device's lifecycle: check it is there, open its driver, follow what the driver
// reports, and after a failed open or a fault close it and try again after a capped back-off.
// A fresh driver per attempt, so nothing of a broken session survives into the next.
import type { DeviceKind } from '../config/schema.ts';
import { Backoff, type BackoffOptions } from './backoff.ts';
import { asFault, type DeviceDriver, type DeviceFault, type DeviceLogger, type DriverStatus } from './driver.ts';
import type { DeviceState, DeviceStatus, Reason } from './state.ts';

export interface SlotOptions {
  kind: DeviceKind;
  create: () => DeviceDriver;
  /** Whether the device is there at all, checked before each open, and what to say when not. */
  presence?: { check: () => Promise<boolean>; absent: Reason };
  backoff: BackoffOptions;
  log: DeviceLogger;
  onStatus: (status: Omit<DeviceStatus, 'since'>) => void;
}

const CANNOT_OPEN = { zh: '设备无法打开', en: 'The device cannot be opened' };

export class DeviceSlot {
  private driver: DeviceDriver | undefined;
  private opening: DeviceDriver | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private attempting: Promise<void> = Promise.resolve();
  private readonly backoff: Backoff;
  private last: { state: DeviceState; reason?: Reason } | undefined;
  private readonly detach = new Map<DeviceDriver, () => void>();

  constructor(private readonly options: SlotOptions) {
    this.backoff = new Backoff(options.backoff);
  }

  /** The driver while it is open and working. */
  get current(): DeviceDriver | undefined {
    return this.driver;
  }

  /** Starts; resolves when the first attempt is over, whatever its outcome. */
  start(): Promise<void> {
    this.set({ state: 'connecting' });
    this.attempting = this.attempt();
    return this.attempting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    // Cut short an open in progress (a reader being asked for its SAM status) rather than wait it out.
    await this.opening?.close().catch(() => {});
    await this.attempting;
    const driver = this.driver;
    this.driver = undefined;
    if (driver) await this.dispose(driver);
  }

  private async attempt(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    const { presence, create } = this.options;
    if (presence && !(await presence.check())) {
      this.set({ state: 'absent', reason: presence.absent });
      return this.retry();
    }
    const driver = create();
    let opened = false;
    let initial: DriverStatus = { state: 'ready' };
    const onStatus = (status: DriverStatus) => {
      if (!opened) initial = status;
      else if (this.driver === driver) this.set(status);
    };
    const onFault = (fault: DeviceFault) => {
      if (this.driver === driver) void this.onFault(driver, fault);
    };
    driver.on('status', onStatus);
    driver.on('fault', onFault);
    // Only our own listeners go: an injected driver (the camera) may have others.
    this.detach.set(driver, () => {
      driver.off('status', onStatus);
      driver.off('fault', onFault);
    });
    this.opening = driver;
    try {
      await driver.open();
    } catch (err) {
      this.opening = undefined;
      await this.dispose(driver);
      if (this.stopped) return;
      const fault = asFault(err, CANNOT_OPEN);
      this.options.log.info({ device: this.options.kind, reason: fault.reason.en }, 'device not opened');
      this.set({ state: fault.state, reason: fault.reason });
      return this.retry();
    }
    this.opening = undefined;
    if (this.stopped) return this.dispose(driver);
    opened = true;
    this.driver = driver;
    this.backoff.reset();
    this.set(initial);
  }

  private async onFault(driver: DeviceDriver, fault: DeviceFault): Promise<void> {
    this.driver = undefined;
    this.set({ state: fault.state, reason: fault.reason });
    await this.dispose(driver);
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.attempting = this.attempt();
    }, this.backoff.next());
  }

  private async dispose(driver: DeviceDriver): Promise<void> {
    this.detach.get(driver)?.();
    this.detach.delete(driver);
    await driver.close().catch(() => {});
  }

  /** Reports a status, unless it is the one already reported (retries must not flood the log). */
  private set(status: { state: DeviceState; reason?: Reason }): void {
    const last = this.last;
    if (last && last.state === status.state && last.reason?.zh === status.reason?.zh && last.reason?.en === status.reason?.en) return;
    this.last = status;
    this.options.onStatus(status.reason ? { state: status.state, reason: status.reason } : { state: status.state });
  }
}
