import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';

const LOCKOUT = { operator: { maxFailedLogins: 3, lockoutMinutes: 10 } };
let daemon: RunningDaemon;
beforeAll(async () => {
  daemon = await startDaemon({}, LOCKOUT);
});
afterAll(() => daemon?.stop());

const login = (pin: string) =>
  fetch(new URL('/api/operator/login', daemon.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pin }) });

describe('operator lockout', () => {
  it('locks logins after repeated wrong PINs, even a burst of parallel guesses, and audits each', async () => {
    const burst = await Promise.all(['111111', '222222', '333333', '444444', '555555', '666666'].map(login));
    const codes = burst.map((r) => r.status).sort();
    expect(codes).toEqual([401, 401, 401, 429, 429, 429]);
    const locked = await login('000000');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(500);
    expect((await locked.json()).error).toMatchObject({ code: 'OPERATOR_LOCKED', message: { zh: expect.stringContaining('分钟') } });
  });

  it('keeps the lockout across a restart, because it is read from the audit log', async () => {
    const dataDir = daemon.dataDir;
    await daemon.stop();
    daemon = await startDaemon({ KIOSK_DATA_DIR: dataDir }, LOCKOUT);
    expect((await login('000000')).status).toBe(429);
  });
});
