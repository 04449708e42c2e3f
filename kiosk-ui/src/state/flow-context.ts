// What every part of the patient's flow shares: the state, the daemon's API, moving to a screen,
// saying what went wrong, and the one action "再试一次" repeats.
import { ApiError, type Api } from '../api.ts';
import type { KioskState, Message, Problem, ScreenName, Store } from './store.ts';

export const errorMessage = (err: unknown): Message => (err instanceof ApiError ? { text: err.bilingual } : { key: 'error.network' });

/** Screens where a card or code may start a new patient's session. */
export const OPEN_TO_NEW_SESSION: ScreenName[] = ['welcome', 'services', 'identify', 'person', 'bills', 'goodbye', 'problem', 'prices', 'info', 'info-page'];

export class FlowContext {
  /** What "再试一次" on the problem screen does; only set where trying again is safe. */
  retryAction: (() => Promise<void>) | undefined;

  constructor(
    readonly store: Store,
    readonly api: Api,
  ) {}

  get s(): KioskState {
    return this.store.state;
  }

  set(patch: Partial<KioskState>): void {
    this.store.set(patch);
  }

  go(screen: ScreenName, patch: Partial<KioskState> = {}): void {
    this.set({ notice: undefined, overlay: 'none', ...patch, screen });
  }

  fail(problem: Problem): void {
    this.go('problem', { problem, busy: false });
  }
}
