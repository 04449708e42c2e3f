// The daemon with its simulated devices, as `npm start` runs it: an ID card on the reader or a
// 医保码 under the scanner opens a session through the platform; a face needs the ID number; the
// printer prints and keeps what it cannot; nothing personal reaches the data directory or the log.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { listen, type EventLog } from '../helpers/events.ts';

interface TestPerson {
  psnNo: string;
  name: string;
  certno: string;
  tags: string[];
  card: string;
}

let daemon: RunningDaemon;
let events: EventLog;
let persons: TestPerson[];
const seen = new Set<string>();

const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(new URL(path, daemon.url), {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
};
const who = (tag: string, extra: (p: TestPerson) => boolean = () => true) => {
  const p = persons.find((x) => x.tags.includes(tag) && extra(x))!;
  seen.add(p.name).add(p.certno);
  return p;
};

beforeAll(async () => {
  daemon = await startDaemon();
  events = await listen(daemon.url);
  persons = (await api('GET', '/api/sim/persons')).body;
});
afterAll(async () => {
  events?.close();
  await daemon?.stop();
});

describe('the terminal with simulated devices', () => {
  it('has every device ready, driven by the real drivers', async () => {
    await expect.poll(async () => (await api('GET', '/api/health')).body.status).toBe('ok');
    const { body } = await api('GET', '/api/health');
    expect(Object.fromEntries(Object.entries(body.devices).map(([k, v]) => [k, (v as { state: string }).state]))).toEqual({
      idcard: 'ready',
      scanner: 'ready',
      camera: 'ready',
      printer: 'ready',
    });
  });

  it('[001-8.1.3] opens a session from an ID card on the reader, showing only a masked name', async () => {
    const p = who('retiree', (x) => x.card === 'resident');
    await api('POST', '/api/sim/idcard/present', { psnNo: p.psnNo });
    const opened = await events.next((e) => e.type === 'session.opened');
    await api('POST', '/api/sim/idcard/lift');
    expect(opened).toMatchObject({ via: 'idcard', person: { maskedName: expect.stringContaining('*'), elderly: true, insuranceInForce: true } });
    expect(JSON.stringify(opened)).not.toContain(p.certno);
    expect(JSON.stringify(opened)).not.toContain(p.name);
    expect((await api('GET', `/api/sessions/${opened.sessionId}`)).status).toBe(200);
    expect((await api('DELETE', `/api/sessions/${opened.sessionId}`)).status).toBe(204);
    expect((await api('GET', `/api/sessions/${opened.sessionId}`)).status).toBe(404);
    expect(await events.next((e) => e.type === 'session.closed')).toMatchObject({ sessionId: opened.sessionId, reason: 'ended' });
  });

  it('refuses an expired ID card with a clear message and no session', async () => {
    const p = who('expired-id-card');
    await api('POST', '/api/sim/idcard/present', { psnNo: p.psnNo });
    const failed = await events.next((e) => e.type === 'identify.failed');
    await api('POST', '/api/sim/idcard/lift');
    expect(failed.reason.zh).toMatch(/过期/);
    expect(failed.reason.en).toMatch(/expired/);
    expect(events.events.filter((e) => e.type === 'session.opened')).toHaveLength(1);
  });

  it('reads the J, I and Y card kinds of the sandbox persons', async () => {
    for (const tag of ['hk-macau-taiwan', 'foreigner']) {
      for (const p of persons.filter((x) => x.tags.includes(tag))) {
        seen.add(p.name).add(p.certno);
        await api('POST', '/api/sim/idcard/present', { psnNo: p.psnNo });
        expect(await events.next((e) => e.type === 'session.opened' || e.type === 'identify.failed')).toMatchObject({ type: 'session.opened', via: 'idcard' });
        await api('POST', '/api/sim/idcard/lift');
      }
    }
  });

  it('recovers from a damaged read: the patient is asked to place the card again', async () => {
    const p = who('employee');
    await api('POST', '/api/sim/idcard/damage');
    await api('POST', '/api/sim/idcard/present', { psnNo: p.psnNo });
    await events.next((e) => e.type === 'identify.failed');
    await api('POST', '/api/sim/idcard/lift');
    await api('POST', '/api/sim/idcard/present', { psnNo: p.psnNo });
    expect(await events.next((e) => e.type === 'session.opened')).toMatchObject({ via: 'idcard' });
    await api('POST', '/api/sim/idcard/lift');
  });

  it('[003-ecqr] opens a session from a 医保码 under the serial scanner', async () => {
    const p = who('resident');
    await api('POST', '/api/sim/scanner/scan', { ecqrOf: p.psnNo });
    expect(await events.next((e) => e.type === 'session.opened')).toMatchObject({ via: 'ecqr', person: { insutype: '390' } });
  });

  it('tells a trace code and a slip from a 医保码, and explains anything else', async () => {
    await api('POST', '/api/sim/scanner/scan', { text: '86000130000000000123' });
    expect(await events.next((e) => e.type === 'scan.read')).toEqual({ type: 'scan.read', kind: 'trace', code: '86000130000000000123' });
    await api('POST', '/api/sim/scanner/scan', { text: 'RX202611230001' });
    expect(await events.next((e) => e.type === 'scan.read')).toMatchObject({ kind: 'slip' });
    await api('POST', '/api/sim/scanner/scan', { text: 'hello' });
    expect((await events.next((e) => e.type === 'scan.rejected')).reason.zh).toMatch(/不是医保码/);
  });

  it('takes a keyboard-wedge code from the touchscreen the same way', async () => {
    const ecqr = (await api('GET', '/api/sim/persons')).body.find((x: TestPerson) => x.tags.includes('child')).ecqr;
    const opened = await api('POST', '/api/scans', { code: ecqr });
    expect(opened).toMatchObject({ status: 201, body: { via: 'ecqr', person: { elderly: false } } });
    expect(await api('POST', '/api/scans', { code: 'RX202611230001' })).toMatchObject({ status: 200, body: { kind: 'slip' } });
    expect(await api('POST', '/api/scans', { code: '12345' })).toMatchObject({ status: 422, body: { error: { code: 'NOT_AN_ECQR' } } });
    const again = await api('POST', '/api/sessions', { credential: { type: 'ecqr', code: ecqr } });
    expect(again).toMatchObject({ status: 422, body: { error: { message: { zh: expect.stringMatching(/已经用过|已使用/) } } } });
  });

  it('[003-face] identifies by face with the typed ID number, and refuses a face that does not match', async () => {
    const p = who('employee', (x) => x.tags.length === 1);
    const ok = await api('POST', '/api/sessions', { credential: { type: 'face', certno: p.certno } });
    expect(ok).toMatchObject({ status: 201, body: { via: 'face' } });
    const m = who('face-mismatch');
    const refused = await api('POST', '/api/sessions', { credential: { type: 'face', certno: m.certno } });
    expect(refused).toMatchObject({ status: 422, body: { error: { message: { en: expect.stringMatching(/Face verification did not succeed/) } } } });
    expect((await api('POST', '/api/sessions', { credential: { type: 'face', certno: '150102199001011235' } })).status).toBe(422);
  });

  it('prints the operator test page, keeps it when the paper is out, and reprints it', async () => {
    const { body: login } = await api('POST', '/api/operator/login', { pin: '000000' });
    const auth = { authorization: `Bearer ${login.token}` };
    expect((await api('POST', '/api/operator/printer/test')).status).toBe(401);
    expect((await api('POST', '/api/operator/printer/test', undefined, auth)).body).toMatchObject({ status: 'printed' });
    const [receipt] = (await api('GET', '/api/sim/printer/receipts')).body.slice(-1);
    expect(receipt.cut).toBe('full');
    expect(receipt.problems).toEqual([]);
    expect(receipt.lines.some((l: { text?: string }) => l.text?.includes('打印机测试页'))).toBe(true);
    expect(receipt.lines.some((l: { kind: string }) => l.kind === 'qr')).toBe(true);

    await api('PUT', '/api/sim/printer', { paperOut: true });
    const kept = await api('POST', '/api/operator/printer/test', undefined, auth);
    expect(kept.body).toMatchObject({ status: 'kept', reason: { zh: expect.stringContaining('缺纸') } });
    await expect.poll(async () => (await api('GET', '/api/health')).body.devices.printer.state).toBe('error');
    await api('PUT', '/api/sim/printer', { paperOut: false });
    const reprint = await api('POST', `/api/operator/printer/jobs/${kept.body.jobId}/reprint`, undefined, auth);
    expect(reprint.body).toMatchObject({ status: 'printed' });
    expect((await api('GET', '/api/operator/printer/jobs', undefined, auth)).body).toEqual([]);
  });

  it('[001-8.1.12] keeps no name or ID number that went through in its data directory or log', async () => {
    await daemon.stop();
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const contents = files(daemon.dataDir).map((f) => readFileSync(f).toString('utf8'));
    expect(seen.size).toBeGreaterThan(6);
    for (const secret of seen) for (const c of contents) expect(c.includes(secret), secret).toBe(false);
  });
});
