// A stand-in for the daemon inside the browser context: the built UI from dist/ui and the patient
// API answered from fixtures (docs/patient-api.md), /api/events as a routed WebSocket the test
// pushes events into. No server, no platform: every screen can be reached in a few clicks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, WebSocketRoute } from 'playwright-core';
import { ROOT } from './daemon.ts';
import { SERVICE_DEFAULTS, serviceAnswer, type ServiceSettings } from './ui-fake-services.ts';
import * as fx from './ui-fixtures.ts';

export const FAKE_ORIGIN = 'http://kiosk.test';

export interface FakeSettings extends ServiceSettings {
  elderly: boolean;
  consent: boolean;
  /** What confirming answers: a QR to pay, or settled at once (nothing left to pay). */
  confirm: 'awaiting-payment' | 'settled';
  receipt: { status: 'printed' | 'kept'; reason?: unknown };
  /** GET /api/settlements/:id says settled with no receipt yet: it is still printing. */
  receiptPrinting: boolean;
  /** Pre-settlement answers 503, as when the platform times out. */
  presettleFails: boolean;
  /** How long the payment QR lives. */
  paymentMs: number;
  /** What GET /api/settlements/:id says. */
  settlementStatus: 'awaiting-payment' | 'settling' | 'settled' | 'expired';
  surveyStatus: number;
}

const DEFAULTS: FakeSettings = {
  elderly: false,
  consent: true,
  confirm: 'awaiting-payment',
  receipt: { status: 'printed' },
  receiptPrinting: false,
  presettleFails: false,
  paymentMs: 5 * 60_000,
  settlementStatus: 'awaiting-payment',
  surveyStatus: 404,
  ...SERVICE_DEFAULTS,
};

export interface FakeDaemon {
  settings: FakeSettings;
  calls: Array<{ method: string; path: string; body: unknown }>;
  push(event: Record<string, unknown>): void;
  reset(settings?: Partial<FakeSettings>): void;
}

const HEALTH = {
  status: 'ok',
  version: '0.1.0',
  profile: 'hospital-kiosk',
  platform: { reachable: true, signedIn: true },
  devices: Object.fromEntries(['idcard', 'scanner', 'camera', 'printer'].map((d) => [d, { state: 'ready', since: '2026-11-24T08:00:00+08:00' }])),
  uptimeSeconds: 60,
};

const UNAVAILABLE = { error: { code: 'PLATFORM_UNAVAILABLE', message: { zh: '医保平台暂时没有响应，请稍后再试。', en: 'The medical insurance platform is not answering. Please try again later.' } } };

export async function fakeDaemon(context: BrowserContext, settings: Partial<FakeSettings> = {}): Promise<FakeDaemon> {
  const ui = join(ROOT, 'dist', 'ui');
  const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', json: 'application/json' };
  /** What the daemon serves from dist/ui: the page, app.js, and what it fetches (the keyboard's level-2 hanzi). */
  const file = (path: string): { body: Buffer; type: string } | undefined => {
    const name = path === '/' ? 'index.html' : path.slice(1);
    const type = TYPES[name.split('.').pop() ?? ''];
    if (!type || name.includes('/') || !existsSync(join(ui, name))) return undefined;
    return { body: readFileSync(join(ui, name)), type };
  };
  const sockets = new Set<WebSocketRoute>();
  const fake: FakeDaemon = {
    settings: { ...DEFAULTS, saleCodes: [], ...settings },
    calls: [],
    push: (event) => {
      for (const ws of sockets) ws.send(JSON.stringify(event));
    },
    reset: (s = {}) => {
      fake.settings = { ...DEFAULTS, saleCodes: [], ...s };
      fake.calls.length = 0;
    },
  };

  await context.routeWebSocket(/\/api\/events$/, (ws) => {
    sockets.add(ws);
    ws.onClose(() => sockets.delete(ws));
    ws.send(JSON.stringify({ type: 'hello', version: '0.1.0', devices: HEALTH.devices }));
  });

  await context.route(`${FAKE_ORIGIN}/**`, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const path = url.pathname;
    const served = path.startsWith('/api/') ? undefined : file(path);
    if (served) return route.fulfill({ status: 200, body: served.body, contentType: served.type });
    let body: unknown;
    try {
      body = req.postDataJSON();
    } catch {
      body = undefined;
    }
    fake.calls.push({ method: req.method(), path, body });
    const s = fake.settings;
    const json = (status: number, answer?: unknown) =>
      route.fulfill({ status, contentType: 'application/json', body: answer === undefined ? '' : JSON.stringify(answer) });
    const m = `${req.method()} ${path.replace(/\/api\/sessions\/[^/]+/, '/api/sessions/:sid').replace(/\/api\/settlements\/[^/]+/, '/api/settlements/:id')}`;
    switch (m) {
      case 'GET /api/health':
        return json(200, HEALTH);
      case 'POST /api/scans':
      case 'POST /api/sessions':
        return json(201, fx.session(s.elderly));
      case 'GET /api/sessions/:sid':
        return json(200, fx.session(s.elderly));
      case 'DELETE /api/sessions/:sid':
        return json(204);
      case 'GET /api/sessions/:sid/bills':
        return json(200, fx.BILLS);
      case 'POST /api/sessions/:sid/settlements':
        return s.presettleFails ? json(503, UNAVAILABLE) : json(201, fx.presettlement(s.consent));
      case 'POST /api/settlements/:id/confirm':
        return json(200, s.confirm === 'settled' ? fx.settled(s.receipt) : fx.awaitingPayment(s.paymentMs));
      case 'GET /api/settlements/:id': {
        const a = fx.awaitingPayment(s.paymentMs);
        if (s.settlementStatus === 'settled') {
          const { receipt: _r, ...printing } = fx.settled(s.receipt);
          return json(200, s.receiptPrinting ? printing : fx.settled(s.receipt));
        }
        return json(200, { ...a, status: s.settlementStatus });
      }
      case 'POST /api/settlements/:id/receipt':
        return json(200, s.receipt);
      case 'POST /api/feedback/survey':
        return json(s.surveyStatus, s.surveyStatus < 300 ? { ok: true } : { error: { code: 'NOT_FOUND', message: { zh: '没有这个地址', en: 'Not found' } } });
      default: {
        const answer = serviceAnswer(req.method(), path, s);
        if (answer) return json(answer.status, answer.body);
        return json(404, { error: { code: 'NOT_FOUND', message: { zh: '没有这个地址', en: 'Not found' } } });
      }
    }
  });
  return fake;
}
