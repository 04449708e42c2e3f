import { describe, expect, it } from 'vitest';
import { MsgidGenerator, type MsgidMark } from '../../../server/insurance/msgid.ts';

function storage() {
  let mark: MsgidMark | undefined;
  let saves = 0;
  return {
    load: async () => mark,
    save: async (m: MsgidMark) => {
      mark = m;
      saves++;
    },
    saves: () => saves,
  };
}

const at = (iso: string) => () => new Date(iso);

describe('msgid', () => {
  it('is fixmedins_code + Shanghai yyyyMMddHHmmss + 4-digit sequence', async () => {
    const gen = new MsgidGenerator('H15010200021', storage(), at('2026-11-23T02:03:04Z'));
    expect(await gen.next()).toBe('H15010200021202611231003040000');
    expect(await gen.next()).toBe('H15010200021202611231003040001');
  });

  it('stays unique across a restart within the same second', async () => {
    const store = storage();
    const clock = at('2026-11-23T02:03:04Z');
    const first = new MsgidGenerator('H15010200021', store, clock);
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(await first.next());
    const restarted = new MsgidGenerator('H15010200021', store, clock);
    for (let i = 0; i < 5; i++) ids.add(await restarted.next());
    expect(ids.size).toBe(10);
  });

  it('reserves in blocks, so storage is not written for every id', async () => {
    const store = storage();
    const gen = new MsgidGenerator('H15010200021', store, at('2026-11-23T02:03:04Z'));
    await Promise.all(Array.from({ length: 250 }, () => gen.next()));
    expect(store.saves()).toBe(3);
  });

  it('moves to the next second when a second is spent, and never goes back in time', async () => {
    let now = new Date('2026-11-23T02:03:04Z');
    const gen = new MsgidGenerator('H15010200021', storage(), () => now);
    const ids = await Promise.all(Array.from({ length: 1001 }, () => gen.next()));
    expect(new Set(ids).size).toBe(1001);
    expect(ids.at(-1)).toBe('H15010200021202611231003050000');
    now = new Date('2026-11-23T02:03:00Z');
    expect((await gen.next()) > ids.at(-1)!).toBe(true);
  });

  it("keeps terminals of one institution apart by their slot", async () => {
    const clock = at('2026-11-23T02:03:04Z');
    const a = new MsgidGenerator('H15010200021', storage(), clock, 0);
    const b = new MsgidGenerator('H15010200021', storage(), clock, 7);
    expect(await a.next()).not.toBe(await b.next());
    expect(await b.next()).toMatch(/7001$/);
  });
});
