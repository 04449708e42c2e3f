import { describe, expect, it } from 'vitest';
import { IdleWatch, type Timers } from '../../../kiosk-ui/src/idle.ts';
import { DEFAULTS, idleTimes, startOptions } from '../../../kiosk-ui/src/config.ts';

/** Timers on a hand-turned clock. */
function clock() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
    now: () => now,
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { timers, advance };
}

function watch() {
  const c = clock();
  const log: string[] = [];
  const idle = new IdleWatch({ warn: (s) => log.push(`warn ${s}`), tick: (s) => log.push(`tick ${s}`), expire: () => log.push('expire') }, c.timers);
  return { idle, log, advance: c.advance };
}

describe('idle patient', () => {
  it('[003-elderly] waits 60 s (120 s in 大字版) before asking, by default', () => {
    expect(idleTimes(DEFAULTS, 'standard').idleMs).toBe(60_000);
    expect(idleTimes(DEFAULTS, 'elderly').idleMs).toBe(120_000);
    expect(idleTimes(DEFAULTS, 'elderly').graceMs).toBeGreaterThan(idleTimes(DEFAULTS, 'standard').graceMs);
    expect(startOptions('?idle=5&grace=3')).toMatchObject({ idleSeconds: 5, graceSeconds: 3 });
    expect(startOptions('?idle=-1&grace=abc')).toMatchObject({ idleSeconds: 60, graceSeconds: 20 });
  });

  it('asks after the idle time, counts down, then expires', () => {
    const { idle, log, advance } = watch();
    idle.configure(60_000, 3_000);
    idle.watch();
    advance(59_999);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['warn 3']);
    expect(idle.warning).toBe(true);
    advance(3_000);
    expect(log).toEqual(['warn 3', 'tick 2', 'tick 1', 'expire']);
  });

  it('starts the wait again on every touch, but a touch does not answer the question', () => {
    const { idle, log, advance } = watch();
    idle.configure(10_000, 2_000);
    idle.watch();
    advance(9_000);
    idle.touch();
    advance(9_000);
    expect(log).toEqual([]);
    advance(1_000);
    expect(log).toEqual(['warn 2']);
    idle.touch();
    advance(2_000);
    expect(log.at(-1)).toBe('expire');
  });

  it('stays quiet while stopped (paying on the phone) and asks only after watching again', () => {
    const { idle, log, advance } = watch();
    idle.configure(1_000, 1_000);
    idle.watch();
    idle.stop();
    advance(10_000);
    expect(log).toEqual([]);
    idle.watch();
    advance(1_000);
    expect(log).toEqual(['warn 1']);
  });
});
