// The built daemon as `npm start` runs it: health, docs, UI, events, operator login, shutdown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';

let daemon: RunningDaemon;
beforeAll(async () => {
  daemon = await startDaemon();
});
afterAll(async () => {
  await daemon?.stop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(path, daemon.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('daemon', () => {
  it('prints one ready line with the UI address, the profile and the data directory', () => {
    const lines = daemon.stdout().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^medins-kiosk \S+ ready: touchscreen UI http:\/\/127\.0\.0\.1:\d+\/ · profile hospital-kiosk · data in \/\S+/);
    expect(lines[0]).toContain(daemon.dataDir);
  });

  it('answers /api/health with status, version, platform and the four devices', async () => {
    const get = () => fetch(new URL('/api/health', daemon.url));
    // Sign-in (9001) runs in the background right after start.
    await expect.poll(async () => (await (await get()).json()).platform).toEqual({ reachable: true, signedIn: true });
    const res = await get();
    expect(res.status).toBe(200);
    const health = await res.json();
    expect(health).toMatchObject({
      status: expect.stringMatching(/^(ok|degraded)$/),
      version: JSON.parse(readFileSync('package.json', 'utf8')).version,
    });
    for (const device of ['idcard', 'scanner', 'camera', 'printer']) {
      expect(health.devices[device].state).toMatch(/^(disabled|absent|connecting|ready|busy|error)$/);
    }
  });

  it('serves the built Lit UI at /', async () => {
    const html = await (await fetch(daemon.url)).text();
    expect(html).toContain('<kiosk-app>');
    const js = await fetch(new URL('/app.js', daemon.url));
    expect(js.status).toBe(200);
    expect(await js.text()).toContain('kiosk-app');
  });

  it('serves OpenAPI docs at /docs generated from every route schema', async () => {
    expect((await fetch(new URL('/docs', daemon.url))).status).toBe(200);
    const spec = await (await fetch(new URL('/docs/json', daemon.url))).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of ['/api/health', '/api/events', '/api/operator/login', '/api/operator/audit', '/api/operator/audit/verify']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    // Every operator route but the login needs the token, and says what it answers without one.
    const operatorOps = Object.entries(spec.paths as Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>)
      .filter(([path]) => path.startsWith('/api/operator/') && path !== '/api/operator/login')
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ at: `${method} ${path}`, op })));
    expect(operatorOps.length).toBeGreaterThan(8);
    for (const { at, op } of operatorOps) {
      expect(op.security, at).toEqual([{ operator: [] }]);
      expect(Object.keys(op.responses), at).toContain('401');
    }
  });

  it('pushes a hello with device states on the /api/events WebSocket', async () => {
    const ws = new WebSocket(new URL('/api/events', daemon.url.replace('http', 'ws')));
    const first = await new Promise<Record<string, unknown>>((resolve, reject) => {
      ws.once('message', (data) => resolve(JSON.parse(String(data))));
      ws.once('error', reject);
    });
    ws.close();
    expect(first).toMatchObject({ type: 'hello', devices: { idcard: { state: expect.any(String) } } });
  });

  it('answers unknown addresses and bad bodies with the bilingual error shape', async () => {
    const missing = await fetch(new URL('/api/nothing', daemon.url));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: { zh: expect.any(String), en: expect.any(String) } } });
    const bad = await post('/api/operator/login', { pin: 'abc' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message.zh).toContain('body.pin');
    const notJson = await fetch(new URL('/api/operator/login', daemon.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"pin":',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: { code: 'BAD_JSON', message: { zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' } } });
    const form = await fetch(new URL('/api/operator/login', daemon.url), { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'pin,000000' });
    expect(form.status).toBe(415);
    expect((await form.json()).error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: { zh: expect.stringMatching(/^[^A-Za-z]*application\/json[^A-Za-z]*$/) } });
    const huge = await post('/api/operator/login', { pin: '0'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('BODY_TOO_LARGE');
  });

  it('guards operator routes with a bearer token from the PIN login, and audits logins', async () => {
    expect((await fetch(new URL('/api/operator/audit', daemon.url))).status).toBe(401);
    const login = await post('/api/operator/login', { pin: '000000' });
    expect(login.status).toBe(200);
    const { token } = await login.json();
    const auth = { authorization: `Bearer ${token}` };
    const entries = await (await fetch(new URL('/api/operator/audit', daemon.url), { headers: auth })).json();
    expect(entries.map((e: { action: string }) => e.action)).toContain('operator.login');
    const verdict = await (await fetch(new URL('/api/operator/audit/verify', daemon.url), { headers: auth })).json();
    expect(verdict).toMatchObject({ ok: true });
    expect((await post('/api/operator/logout', {}, auth)).status).toBe(204);
    expect((await fetch(new URL('/api/operator/audit', daemon.url), { headers: auth })).status).toBe(401);
  });

  it('writes its log in the data directory', () => {
    expect(readFileSync(join(daemon.dataDir, 'logs', 'kioskd.log'), 'utf8')).toContain('"msg":"ready"');
  });
});
