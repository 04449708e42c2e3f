import { describe, expect, it } from 'vitest';
import { lockedUntil } from '../../server/operator/lockout.ts';
import { isLoopback } from '../../server/net/loopback.ts';
import { DEFAULT_PIN, hashPin, verifyPin } from '../../server/operator/pin.ts';
import { OperatorTokens } from '../../server/operator/tokens.ts';
import { loadConfig } from '../../server/config.ts';

describe('operator credential', () => {
  it('keeps only an scrypt hash and verifies against it', async () => {
    const hash = await hashPin('482913');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('482913');
    expect(await verifyPin('482913', hash)).toBe(true);
    expect(await verifyPin('482914', hash)).toBe(false);
  });

  it('ships the default config with the documented sandbox PIN 000000', async () => {
    expect(await verifyPin(DEFAULT_PIN, loadConfig({}).config.operator.pinHash)).toBe(true);
  });

  it('tells addresses on this machine from others (the /sim page offers sandbox persons only there)', () => {
    expect(isLoopback('http://127.0.0.1:8911/center')).toBe(true);
    expect(isLoopback('http://localhost:8911/center')).toBe(true);
    expect(isLoopback('http://[::1]:8911/center')).toBe(true);
    expect(isLoopback('https://hsa.example.gov.cn/center')).toBe(false);
    expect(isLoopback('http://10.1.2.3/center')).toBe(false);
  });

  it('locks logins after the configured run of wrong PINs, until the lockout has passed', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    const fail = (minAgo: number) => ({ at: new Date(now.getTime() - minAgo * 60_000).toISOString(), ok: false });
    const ok = (minAgo: number) => ({ at: new Date(now.getTime() - minAgo * 60_000).toISOString(), ok: true });
    expect(lockedUntil([fail(1), fail(2), fail(3)], 3, 15, now)).toEqual(new Date('2026-01-01T10:14:00Z'));
    expect(lockedUntil([fail(1), fail(2), ok(3)], 3, 15, now)).toBeNull();
    expect(lockedUntil([fail(16), fail(17), fail(18)], 3, 15, now)).toBeNull();
    expect(lockedUntil([], 3, 15, now)).toBeNull();
  });

  it('issues tokens that expire and can be revoked', () => {
    let t = 0;
    const tokens = new OperatorTokens(1000, () => t);
    const { token } = tokens.issue();
    expect(tokens.valid(token)).toBe(true);
    expect(tokens.valid('forged')).toBe(false);
    t = 1000;
    expect(tokens.valid(token)).toBe(false);
    const second = tokens.issue().token;
    tokens.revoke(second);
    expect(tokens.valid(second)).toBe(false);
  });
});
