// Receipts that could not be printed, kept in memory so a clerk (or the patient, once paper is
// back) can reprint them. Documents hold masked data only; they are never written to disk (what
// the flows keep lets them be made again after a restart), and the oldest are let go beyond a bound.
import { randomUUID } from 'node:crypto';
import type { Reason } from '../state.ts';
import type { ReceiptDocument } from './document.ts';

export interface KeptJob {
  id: string;
  title: string;
  /** ISO 8601 */
  keptAt: string;
  reason: Reason;
}

const MAX_KEPT_JOBS = 50;

export class KeptJobs {
  private readonly jobs = new Map<string, KeptJob & { document: ReceiptDocument }>();

  constructor(private readonly max = MAX_KEPT_JOBS) {}

  /** Keeps a document (again, under the same id when it is a reprint) and returns its id. */
  keep(document: ReceiptDocument, reason: Reason, id: string = randomUUID().slice(0, 8)): string {
    this.jobs.delete(id);
    this.jobs.set(id, { id, title: document.title, keptAt: new Date().toISOString(), reason, document });
    for (const oldest of this.jobs.keys()) {
      if (this.jobs.size <= this.max) break;
      this.jobs.delete(oldest);
    }
    return id;
  }

  document(id: string): ReceiptDocument | undefined {
    return this.jobs.get(id)?.document;
  }

  remove(id: string): void {
    this.jobs.delete(id);
  }

  list(): KeptJob[] {
    return [...this.jobs.values()].map(({ document: _document, ...job }) => job);
  }
}
