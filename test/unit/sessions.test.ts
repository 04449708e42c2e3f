import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_RECEIPT_MS, SessionStore, type Session } from '../../server/flows/sessions.ts';

const person = { via: 'ecqr', person: {}, view: {}, services: [], credential: { type: '01', no: 'token' } } as unknown as Omit<Session, 'id' | 'openedAt' | 'touchedAt'>;

describe('patient sessions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('[001-8.1.12] ends a session by itself a little after the receipt, unless the patient goes on', () => {
    const closed: Array<[string, string]> = [];
    const store = new SessionStore(10 * 60_000, 2, { opened: () => undefined, closed: (id, reason) => closed.push([id, reason]) });
    const done = store.open(person);
    const goesOn = store.open(person);
    store.windDown(done.id, AFTER_RECEIPT_MS);
    store.windDown(goesOn.id, AFTER_RECEIPT_MS);
    vi.advanceTimersByTime(AFTER_RECEIPT_MS / 2);
    expect(store.touch(goesOn.id)).toBeDefined();
    vi.advanceTimersByTime(AFTER_RECEIPT_MS / 2 + 30_000);
    expect(closed).toEqual([[done.id, 'ended']]);
    expect(store.touch(done.id)).toBeUndefined();
    vi.advanceTimersByTime(10 * 60_000);
    expect(closed).toEqual([[done.id, 'ended'], [goesOn.id, 'idle']]);
    store.close();
  });
});
