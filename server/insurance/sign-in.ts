// The terminal's sign-in with the platform: 9001 at start (retried with back-off until the
// platform answers), again after each Shanghai midnight, and at once when the platform says our
// sign-in is gone; 9002 at shutdown. While no call is made, the gateway is probed now and then so
// that health says whether it can be reached.
import { networkInterfaces } from 'node:os';
import type { Logger } from 'pino';
import type { InsurancePlatform } from './platform.ts';
import { nextShanghaiMidnight, wireDate } from './wire-time.ts';

const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 60_000;
/** Probe the gateway when nothing has been exchanged with it for this long. */
const IDLE_PROBE_MS = 10_000;

function hostAddress(): { mac: string; ip: string } {
  for (const list of Object.values(networkInterfaces())) {
    for (const nic of list ?? []) {
      if (!nic.internal && nic.family === 'IPv4') return { mac: nic.mac, ip: nic.address };
    }
  }
  return { mac: '00:00:00:00:00:00', ip: '127.0.0.1' };
}

export class PlatformSignIn {
  private signedOn: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private retryMs = RETRY_MIN_MS;
  private stopped = false;
  private signingIn = false;
  /** Called after every sign-in that succeeded: work the platform refused meanwhile can go on. */
  onSignedIn: (() => void) | undefined;

  constructor(
    private readonly platform: InsurancePlatform,
    private readonly opterNo: string,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    platform.client.signInLost = () => {
      this.log.warn('the platform has no sign-in of ours; signing in again');
      this.signedOn = undefined;
      if (!this.signingIn) this.schedule(0);
    };
  }

  /** Signs in now, in the background; health shows the result. */
  start(): void {
    void this.signIn();
    this.probeTimer = setInterval(() => {
      if (Date.now() - this.platform.client.lastExchangeAt >= IDLE_PROBE_MS) void this.platform.client.probe();
    }, IDLE_PROBE_MS);
    this.probeTimer.unref();
  }

  get signedIn(): boolean {
    return this.signedOn === wireDate(this.clock()) && this.platform.client.signNo !== undefined;
  }

  get reachable(): boolean {
    return this.platform.client.reachable;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.signIn(), ms);
    this.timer.unref();
  }

  private async signIn(): Promise<void> {
    this.signingIn = true;
    try {
      const { signNo } = await this.platform.signIn({ opterNo: this.opterNo, ...hostAddress() });
      this.signedOn = wireDate(this.clock());
      this.retryMs = RETRY_MIN_MS;
      this.log.info({ signNo }, 'signed in to the insurance platform');
      const now = this.clock();
      // A minute past midnight, so the platform's own day has turned too.
      this.schedule(nextShanghaiMidnight(now).getTime() - now.getTime() + 60_000);
      this.onSignedIn?.();
    } catch (err) {
      this.log.warn({ err }, 'sign-in to the insurance platform failed; will retry');
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    } finally {
      this.signingIn = false;
    }
  }

  /** Stops the schedule and signs out, giving up after `withinMs` so shutdown stays quick. */
  async stop(withinMs: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.probeTimer);
    if (!this.platform.client.signNo) return;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), withinMs)));
    try {
      const result = await Promise.race([this.platform.signOut(this.opterNo), deadline]);
      if (result === 'late') this.log.warn('sign-out did not finish in time');
      else this.log.info('signed out of the insurance platform');
    } catch (err) {
      this.log.warn({ err }, 'sign-out failed');
    } finally {
      clearTimeout(timer);
    }
  }
}
