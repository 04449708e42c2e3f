// Works through the outbox: each job kind has a handler; a failed attempt is retried with a
// growing back-off, so a HIS or payment outage only delays the work.
import type { Logger } from 'pino';
import type { Database } from '../store/db.ts';
import { complete, due, retryLater } from '../store/outbox.ts';

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly handlers: Record<string, (payload: any) => Promise<void>>,
    private readonly log: Pick<Logger, 'warn'>,
    private readonly intervalMs = 2000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** One pass over what is due; passes never overlap. */
  tick(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    for (const item of await due(this.db)) {
      const handler = this.handlers[item.kind];
      if (!handler) continue;
      try {
        await handler(item.payload);
        await complete(this.db, item.id);
      } catch (err) {
        this.log.warn({ err, kind: item.kind, attempts: item.attempts + 1 }, 'outbox job failed; will retry');
        await retryLater(this.db, item, err instanceof Error ? err.message : String(err));
      }
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
