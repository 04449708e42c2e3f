// Signed records — prior consents (seed 001 §6.2.4) and credit commitments (seed 002) — are part of
// the institution's 医保档案 (seed 001 §13.1): kept for `archive.keepYears`, then deleted, so that
// signatures are not held for ever. Checked at start and daily; each deletion is audited.
import type { Database } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';

const DAY_MS = 86_400_000;

export class ArchiveRetention {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly keepYears: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async start(): Promise<void> {
    await this.purge();
    this.timer = setInterval(() => void this.purge().catch(() => undefined), DAY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Deletes what was signed before the cutoff; answers how many of each. */
  purge(): Promise<{ consents: number; commitments: number }> {
    const cutoff = this.clock();
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - this.keepYears);
    const before = cutoff.toISOString();
    return this.db.transaction(async (tx) => {
      const consents = (await tx.run('DELETE FROM consents WHERE signed_at < ?', [before])).changes;
      const commitments = (await tx.run('DELETE FROM credit_commitments WHERE signed_at < ?', [before])).changes;
      if (consents + commitments > 0) await appendAudit(tx, this.db.auditKey, { actor: 'system', action: 'archive.purged', detail: { before, consents, commitments } });
      return { consents, commitments };
    });
  }
}
