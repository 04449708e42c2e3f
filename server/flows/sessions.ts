// Patient sessions: who is being served, with the credential the platform needs for this visit.
// In memory only (seed 001 §8.1.12): ended on request, a little after the receipt, on idle, or
// when the next patient identifies beyond the terminal's capacity (one for a kiosk, several for a
// bedside cart); ending one drops every reference to the person and the credential.
import { randomUUID } from 'node:crypto';
import type { InsuredPerson } from '../insurance/transactions/1101.ts';
import type { Service } from '../policy/grade.ts';
import type { PersonView } from './person-view.ts';

export type IdentifiedVia = 'idcard' | 'ecqr' | 'face';
export type SessionEnd = 'ended' | 'replaced' | 'idle' | 'shutdown';

/** mdtrt_cert_type and number, as 2201/2206/2207 must present them. */
export interface VisitCredential {
  type: '01' | '02' | '03';
  no: string;
  cardSn?: string;
}

export interface Session {
  id: string;
  via: IdentifiedVia;
  person: InsuredPerson;
  view: PersonView;
  services: Service[];
  credential: VisitCredential;
  openedAt: number;
  touchedAt: number;
  /** After a receipt: when the session ends unless the patient goes on (pays another bill). */
  endsBy?: number;
}

/** After the receipt, time for the survey or another bill before the session ends by itself. */
export const AFTER_RECEIPT_MS = 3 * 60_000;

export interface SessionEvents {
  opened(session: Session): void;
  closed(id: string, reason: SessionEnd): void;
}

const SWEEP_MS = 15_000;

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly idleMs: number,
    private readonly maxOpen: number,
    private readonly events: SessionEvents,
    private readonly clock: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(SWEEP_MS, idleMs)).unref();
  }

  /** Opens a session; at capacity, the oldest one is ended to make room. */
  open(s: Omit<Session, 'id' | 'openedAt' | 'touchedAt'>): Session {
    // Map iteration is in insertion order: the first keys are the oldest sessions.
    for (const id of [...this.sessions.keys()].slice(0, Math.max(0, this.sessions.size - this.maxOpen + 1))) this.end(id, 'replaced');
    const now = this.clock();
    const session: Session = { ...s, id: randomUUID(), openedAt: now, touchedAt: now };
    this.sessions.set(session.id, session);
    this.events.opened(session);
    return session;
  }

  /** The session, marked as just used; undefined when it has ended. */
  touch(id: string): Session | undefined {
    const session = this.sessions.get(id);
    if (session) {
      session.touchedAt = this.clock();
      delete session.endsBy;
    }
    return session;
  }

  /** Ends the session `withinMs` from now unless it is used again meanwhile. */
  windDown(id: string, withinMs: number): void {
    const session = this.sessions.get(id);
    if (session) session.endsBy = this.clock() + withinMs;
  }

  end(id: string, reason: SessionEnd): boolean {
    if (!this.sessions.delete(id)) return false;
    this.events.closed(id, reason);
    return true;
  }

  get size(): number {
    return this.sessions.size;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [id, s] of this.sessions) {
      if (s.endsBy !== undefined && s.endsBy <= now) this.end(id, 'ended');
      else if (s.touchedAt < now - this.idleMs) this.end(id, 'idle');
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const id of [...this.sessions.keys()]) this.end(id, 'shutdown');
  }
}
