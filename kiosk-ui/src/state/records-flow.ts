// The person's own record (一人一档): visits, settlements, filings and more, read live from the
// platform each time and kept only in the page's memory while the session lasts; a visit's fee lines.
import { ApiError } from '../api.ts';
import type { Visit } from '../types/records.ts';
import { errorMessage, type FlowContext } from './flow-context.ts';
import { EMPTY_RECORDS } from './store.ts';

export class RecordsFlow {
  constructor(private readonly ctx: FlowContext) {}

  private failed(err: unknown, again: () => Promise<void>): void {
    this.ctx.retryAction = again;
    this.ctx.fail({ message: errorMessage(err), action: err instanceof ApiError && !err.retryable ? 'restart' : 'retry' });
  }

  async show(): Promise<void> {
    const session = this.ctx.s.session;
    if (!session) return;
    this.ctx.go('records', { busy: true, records: EMPTY_RECORDS });
    try {
      const records = await this.ctx.api.records(session.sessionId);
      this.ctx.set({ busy: false, records: { ...EMPTY_RECORDS, records } });
    } catch (err) {
      this.failed(err, () => this.show());
    }
  }

  page(page: number): void {
    this.ctx.set({ records: { ...this.ctx.s.records, page } });
  }

  async visit(visit: Visit): Promise<void> {
    const session = this.ctx.s.session;
    if (!session) return;
    const records = this.ctx.s.records;
    this.ctx.go('record-visit', { busy: true, records: { ...records, visit, lines: undefined } });
    try {
      const lines = await this.ctx.api.visitLines(session.sessionId, visit.mdtrtId);
      this.ctx.set({ busy: false, records: { ...this.ctx.s.records, lines } });
    } catch (err) {
      this.failed(err, () => this.visit(visit));
    }
  }

  back(): boolean {
    if (this.ctx.s.screen !== 'record-visit') return false;
    this.ctx.go('records', { records: { ...this.ctx.s.records, visit: undefined, lines: undefined } });
    return true;
  }
}
