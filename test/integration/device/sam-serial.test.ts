// The real sam-serial driver against the SAM reader simulator over a socat pty pair.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceFault, DriverStatus } from '../../../device/driver.ts';
import type { CardRejection, IdCardRead } from '../../../device/idcard/identity.ts';
import { SamSerialDriver } from '../../../device/idcard/sam-serial.ts';
import { DEMO_CARDS } from '../../../device/sim/demo-cards.ts';
import { SamReaderSim } from '../../../device/sim/sam-reader.ts';

const TIMING = { pollIntervalMs: 20, commandTimeoutMs: 300, readTimeoutMs: 400 };
const NOW = () => new Date('2026-06-01T12:00:00+08:00');

function next<T>(emitter: { once(event: string, listener: (value: T) => void): unknown }, event: string, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    emitter.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe('sam-serial driver against the simulated reader', () => {
  let sim: SamReaderSim;
  let driver: SamSerialDriver;

  beforeEach(async () => {
    sim = await SamReaderSim.start();
    driver = new SamSerialDriver({ path: sim.devicePath, baudRate: 115200 }, { timing: TIMING, now: NOW });
  });

  afterEach(async () => {
    await driver.close();
    await sim.stop();
  });

  it('reads a presented card into a parsed identity and an opaque photo', async () => {
    await driver.open();
    const statuses: DriverStatus['state'][] = [];
    driver.on('status', (s) => statuses.push(s.state));
    const read = next<IdCardRead>(driver, 'card');
    sim.present(0);
    const { identity, photo } = await read;
    expect(identity).toEqual({
      kind: 'resident', name: '王小明', sex: 'male', nation: '01', nationName: '汉', birth: '1980-01-01',
      address: '内蒙古自治区呼和浩特市新城区沙盒路1号', certno: '150102198001011236',
      authority: '呼和浩特市公安局新城分局', validFrom: '2015-03-01', validTo: '2035-03-01',
    });
    expect(photo).toHaveLength(1024);
    await new Promise((r) => setTimeout(r, 10));
    expect(statuses).toEqual(['busy', 'ready']);
  });

  it('reads a card once until it is lifted and presented again', async () => {
    await driver.open();
    let reads = 0;
    driver.on('card', () => reads++);
    sim.present(1);
    await next(driver, 'card');
    await new Promise((r) => setTimeout(r, 150));
    expect(reads).toBe(1);
    sim.lift();
    sim.present(1);
    await next(driver, 'card');
    expect(reads).toBe(2);
  });

  it('rejects an expired card and a bad check digit with a reason, and no identity', async () => {
    await driver.open();
    const expired = next<CardRejection>(driver, 'card-rejected');
    sim.present(2);
    expect(await expired).toMatchObject({ code: 'expired', reason: { zh: expect.stringContaining('过期'), en: expect.stringContaining('expired') } });
    sim.lift();
    const bad = next<CardRejection>(driver, 'card-rejected');
    sim.present(3);
    expect(await bad).toMatchObject({ code: 'invalid-number' });
  });

  it('recovers from a damaged read: the patient is asked to place the card again, and the next read works', async () => {
    await driver.open();
    sim.failNextRead('damaged');
    const rejected = next<CardRejection>(driver, 'card-rejected');
    sim.present(0);
    expect(await rejected).toMatchObject({ code: 'unreadable' });
    sim.lift();
    const read = next<IdCardRead>(driver, 'card');
    sim.present(0);
    expect((await read).identity.certno).toBe('150102198001011236');
  });

  it('faults when the reader stops answering mid-read', async () => {
    await driver.open();
    sim.failNextRead('silent');
    const fault = next<DeviceFault>(driver, 'fault');
    const started = Date.now();
    sim.present(0);
    expect((await fault).reason.en).toMatch(/not answering/);
    expect(Date.now() - started).toBeLessThan(TIMING.readTimeoutMs + 500);
  });

  it('refuses to open when the SAM fails its self-test, naming the cause', async () => {
    sim.setSamStatus(0x60);
    await expect(driver.open()).rejects.toMatchObject({ name: 'DeviceFault', reason: { zh: expect.stringContaining('自检失败') } });
  });

  it('reads every demo card kind', async () => {
    await driver.open();
    for (const index of [4, 5, 6]) {
      const read = next<IdCardRead>(driver, 'card');
      sim.present(index);
      const { identity } = await read;
      expect(identity.kind).toBe(DEMO_CARDS[index]!.kind);
      expect(identity.certno).toBe(DEMO_CARDS[index]!.certno);
      sim.lift();
    }
  });
});
