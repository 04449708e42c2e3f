// The terminal's sign-in with the platform: 9001 at start (retried with back-off until the
// platform answers) and again after each Shanghai midnight; 9002 at shutdown.
import { networkInterfaces } from 'node:os';
import type { Logger } from 'pino';
import type { InsurancePlatform } from './platform.ts';
import { nextShanghaiMidnight, wireDate } from './wire-time.ts';

const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 60_000;

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
  private retryMs = RETRY_MIN_MS;
  private stopped = false;

  constructor(
    private readonly platform: InsurancePlatform,
    private readonly opterNo: string,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Signs in now, in the background; health shows the result. */
  start(): void {
    void this.signIn();
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
    try {
      const { signNo } = await this.platform.signIn({ opterNo: this.opterNo, ...hostAddress() });
      this.signedOn = wireDate(this.clock());
      this.retryMs = RETRY_MIN_MS;
      this.log.info({ signNo }, 'signed in to the insurance platform');
      const now = this.clock();
      // A minute past midnight, so the platform's own day has turned too.
      this.schedule(nextShanghaiMidnight(now).getTime() - now.getTime() + 60_000);
    } catch (err) {
      this.log.warn({ err }, 'sign-in to the insurance platform failed; will retry');
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    }
  }

  /** Stops the schedule and signs out, giving up after `withinMs` so shutdown stays quick. */
  async stop(withinMs: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
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
