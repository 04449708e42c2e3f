// Idle patient: after `idleMs` without a touch ask "还在吗?", count down `graceMs`, then expire.
// Suspended while the patient is busy elsewhere (paying on their phone) or the terminal is working.
export interface IdleHooks {
  warn(secondsLeft: number): void;
  tick(secondsLeft: number): void;
  expire(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as number),
  now: () => Date.now(),
};

export class IdleWatch {
  private timer: unknown;
  private deadline = 0;
  private phase: 'off' | 'watching' | 'warning' = 'off';
  private idleMs = 60_000;
  private graceMs = 20_000;

  constructor(
    private readonly hooks: IdleHooks,
    private readonly timers: Timers = browserTimers,
  ) {}

  get warning(): boolean {
    return this.phase === 'warning';
  }

  configure(idleMs: number, graceMs: number): void {
    this.idleMs = idleMs;
    this.graceMs = graceMs;
    if (this.phase === 'watching') this.watch();
  }

  /** Starts (or restarts) watching; ends a warning. */
  watch(): void {
    this.timers.clearTimeout(this.timer);
    this.phase = 'watching';
    this.timer = this.timers.setTimeout(() => this.warn(), this.idleMs);
  }

  /** A touch: the countdown to the question starts again. A warning waits for its own answer. */
  touch(): void {
    if (this.phase === 'watching') this.watch();
  }

  stop(): void {
    this.timers.clearTimeout(this.timer);
    this.phase = 'off';
  }

  private warn(): void {
    this.phase = 'warning';
    this.deadline = this.timers.now() + this.graceMs;
    this.hooks.warn(Math.ceil(this.graceMs / 1000));
    this.schedule();
  }

  private schedule(): void {
    const left = this.deadline - this.timers.now();
    if (left <= 0) {
      this.phase = 'off';
      this.hooks.expire();
      return;
    }
    this.timer = this.timers.setTimeout(() => {
      if (this.phase !== 'warning') return;
      const remaining = this.deadline - this.timers.now();
      if (remaining > 0) this.hooks.tick(Math.ceil(remaining / 1000));
      this.schedule();
    }, left % 1000 || 1000);
  }
}
