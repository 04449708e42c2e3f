import { describe, expect, it } from 'vitest';
import { Lifecycle } from '../../server/lifecycle.ts';

describe('lifecycle', () => {
  it('waits for running work when draining, and refuses new work', async () => {
    const life = new Lifecycle();
    life.phase = 'ready';
    let finish!: () => void;
    const work = life.run(() => new Promise<string>((r) => (finish = () => r('done'))));
    expect(life.busy).toBe(1);
    const drained = life.drain(1000);
    await expect(life.run(async () => 'late')).rejects.toMatchObject({ code: 'SHUTTING_DOWN', statusCode: 503 });
    finish();
    await expect(drained).resolves.toBe(true);
    await expect(work).resolves.toBe('done');
    expect(life.busy).toBe(0);
  });

  it('gives up waiting after the deadline and says so', async () => {
    const life = new Lifecycle();
    void life.run(() => new Promise(() => undefined));
    await expect(life.drain(20)).resolves.toBe(false);
  });
});
