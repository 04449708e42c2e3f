// How long a request waited on other systems (platform, HIS, payment), so the daemon can report
// its own share of the time (Server-Timing) and benchmarks can tell the two apart.
import { AsyncLocalStorage } from 'node:async_hooks';

const clock = new AsyncLocalStorage<{ ms: number }>();

/** Starts counting for the current request; what it awaits inherits the counter. */
export function countUpstream(): { ms: number } {
  const counter = { ms: 0 };
  clock.enterWith(counter);
  return counter;
}

/** Adds a call's duration to the current request's count, if one is being counted. */
export function addUpstream(ms: number): void {
  const counter = clock.getStore();
  if (counter) counter.ms += ms;
}
