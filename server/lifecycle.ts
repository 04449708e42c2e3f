// The daemon's phase and its in-flight work. Shutdown flips the phase so no new work starts,
// then waits for what is running; a journaled step that cannot finish in time stays journaled
// and is resolved by recovery on the next start.
import { KioskError } from './errors.ts';

export type Phase = 'starting' | 'ready' | 'stopping';

export const SHUTTING_DOWN = new KioskError('SHUTTING_DOWN', 503, {
  zh: '终端正在关闭，请稍后再试或联系工作人员。',
  en: 'This terminal is shutting down. Please try again shortly or ask a member of staff.',
});

export class Lifecycle {
  phase: Phase = 'starting';
  private readonly inflight = new Set<Promise<unknown>>();

  /** Runs a unit of work that shutdown must wait for; refused once shutdown has begun. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.phase === 'stopping') return Promise.reject(SHUTTING_DOWN);
    const promise = work();
    this.inflight.add(promise);
    const forget = () => this.inflight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  get busy(): number {
    return this.inflight.size;
  }

  /** Stops new work and waits up to `timeoutMs` for running work; true if all of it finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.phase = 'stopping';
    if (this.inflight.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const settled = Promise.allSettled([...this.inflight]).then(() => true as const);
    const finished = await Promise.race([settled, timeout]);
    clearTimeout(timer);
    return finished;
  }
}
