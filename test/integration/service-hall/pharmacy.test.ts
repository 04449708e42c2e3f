// The pharmacy-counter profile end to end: a sale for an identified person, drug trace codes from
// the scanner and typed, each checked against the price list's drug and against earlier sales,
// reported with 3505 to the sandbox platform, which refuses a code it already has as sold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, ROOT, type RunningDaemon } from '../../helpers/daemon.ts';
import { listen, type EventLog } from '../../helpers/events.ts';
import { api, faults, identify, testPersons, type TestPerson } from '../../helpers/patient.ts';
import { platformFor } from '../../helpers/sandbox.ts';
import type { InsurancePlatform } from '../../../server/insurance/platform.ts';
import { fen } from '../../../server/insurance/money.ts';
import { wireDateTime } from '../../../server/insurance/wire-time.ts';
import type { RunningSandbox } from '../../../server/sandbox/server.ts';

interface Drug {
  med_list_codg: string;
  name: string;
  kind: string;
  pric: string;
  trace_product_id?: string;
}

let daemon: RunningDaemon;
let events: EventLog;
let call: ReturnType<typeof api>;
let persons: TestPerson[];
let drugs: Drug[];
const used = new Set<string>();
let serial = 0;
/** Another pharmacy, selling through the same platform. */
let elsewhere: InsurancePlatform;
const OTHER_PHARMACY = { code: 'P15010200412', name: '沙盒市康宁大药房', region: '150102' };

const drug = (name: string) => drugs.find((d) => d.name === name)!;
/** A fresh package of that drug: its product id, then a 13-digit serial. */
const pkg = (name: string) => `${drug(name).trace_product_id}${String(Date.now() % 1e9).padStart(9, '0')}${String(++serial).padStart(4, '0')}`;
const person = () => {
  const p = persons.find((x) => x.tags.length === 1 && x.tags[0] === 'employee' && !used.has(x.psnNo))!;
  used.add(p.psnNo);
  return p;
};
async function sale(proxy?: Record<string, unknown>) {
  const p = person();
  const session = (await identify(daemon, p)).body;
  const res = await call('POST', `/api/sessions/${session.sessionId}/pharmacy-sales`, proxy ? { proxy } : {});
  expect(res.status).toBe(201);
  return { p, session, sale: res.body };
}

beforeAll(async () => {
  const profile = JSON.parse(readFileSync(join(ROOT, 'config', 'profiles', 'pharmacy-counter.json'), 'utf8'));
  daemon = await startDaemon({}, profile);
  call = api(daemon.url);
  events = await listen(daemon.url);
  persons = await testPersons(daemon.sandbox);
  drugs = (await (await fetch(`${daemon.sandbox}/center/admin/catalogue`)).json()) as Drug[];
  elsewhere = platformFor({ origin: daemon.sandbox } as RunningSandbox, { institution: OTHER_PHARMACY });
  await elsewhere.signIn({ opterNo: 'YD02', mac: '00:00:00:00:00:02', ip: '10.0.0.10' });
  const deadline = Date.now() + 10_000;
  while ((await call('GET', '/api/prices?limit=1')).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  events?.close();
  await daemon?.stop();
});

describe('pharmacy sale with trace codes', () => {
  it('[004-trace] sells scanned packages and reports each drug to the platform with its trace codes', async () => {
    const { sale: s } = await sale();
    expect(s).toMatchObject({ state: 'open', lines: [], totalFen: 0, person: { maskedName: expect.stringContaining('*'), maskedCertno: expect.stringMatching(/\*{10}/) } });
    const a = [pkg('盐酸二甲双胍片'), pkg('盐酸二甲双胍片')];
    const b = pkg('布洛芬缓释胶囊');
    for (const code of [...a, b]) expect((await call('POST', `/api/pharmacy-sales/${s.saleId}/codes`, { code })).status).toBe(201);
    const before = (await call('GET', `/api/pharmacy-sales/${s.saleId}`)).body;
    expect(before.lines).toEqual([
      expect.objectContaining({ listCode: drug('盐酸二甲双胍片').med_list_codg, name: '盐酸二甲双胍片', quantity: 2, unitPriceFen: 980, amountFen: 1960, traceCodes: a, state: 'open', prescription: true }),
      expect.objectContaining({ name: '布洛芬缓释胶囊', quantity: 1, amountFen: 1580, traceCodes: [b], prescription: false }),
    ]);
    expect(before.totalFen).toBe(3540);

    const done = await call('POST', `/api/pharmacy-sales/${s.saleId}/complete`, {});
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'completed', completedAt: expect.any(String) });
    expect(done.body.lines.map((l: { state: string }) => l.state)).toEqual(['reported', 'reported']);

    // The platform has them as sold: another pharmacy may not sell them again.
    await expect(
      elsewhere.reportDrugSale({
        listCode: drug('布洛芬缓释胶囊').med_list_codg,
        hospitalItem: { id: 'YP0002', name: '布洛芬缓释胶囊' },
        prescription: false,
        split: false,
        unitPriceFen: fen(1580),
        quantity: 10_000,
        soldAt: wireDateTime(new Date()),
        traceCodes: [b],
      }),
    ).rejects.toThrow(/已销售/);
    expect((await call('POST', `/api/pharmacy-sales/${s.saleId}/codes`, { code: pkg('维生素C片') })).body.error.code).toBe('SALE_CLOSED');
  });

  it('[004-trace] refuses a code sold here before, one scanned twice, one not 20 digits, and one of no listed drug', async () => {
    const first = await sale();
    const code = pkg('阿莫西林胶囊');
    await call('POST', `/api/pharmacy-sales/${first.sale.saleId}/codes`, { code });
    const twice = await call('POST', `/api/pharmacy-sales/${first.sale.saleId}/codes`, { code });
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'TRACE_CODE_SCANNED', message: { zh: `追溯码 ${code} 已经扫描过了。`, en: `Trace code ${code} has already been scanned.` } } } });
    await call('POST', `/api/pharmacy-sales/${first.sale.saleId}/complete`, {});

    const second = await sale();
    const again = await call('POST', `/api/pharmacy-sales/${second.sale.saleId}/codes`, { code });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'TRACE_CODE_SOLD', message: { zh: expect.stringContaining('已经售出过'), en: expect.stringContaining('already been sold') } } } });
    const short = await call('POST', `/api/pharmacy-sales/${second.sale.saleId}/codes`, { code: code.slice(1) });
    expect(short).toMatchObject({ status: 422, body: { error: { code: 'TRACE_CODE_FORMAT' } } });
    const unknown = await call('POST', `/api/pharmacy-sales/${second.sale.saleId}/codes`, { code: `1234567${code.slice(7)}` });
    expect(unknown).toMatchObject({ status: 422, body: { error: { code: 'TRACE_CODE_UNKNOWN', message: { zh: expect.stringContaining('1234567'), en: expect.stringContaining('1234567') } } } });
    expect((await call('GET', `/api/pharmacy-sales/${second.sale.saleId}`)).body.lines).toEqual([]);
  });

  it('[004-trace] checks a code against the drug the clerk chose', async () => {
    const { sale: s } = await sale();
    const mismatch = await call('POST', `/api/pharmacy-sales/${s.saleId}/codes`, { code: pkg('阿托伐他汀钙片'), listCode: drug('硝苯地平控释片').med_list_codg });
    expect(mismatch).toMatchObject({ status: 422, body: { error: { code: 'TRACE_CODE_MISMATCH', message: { zh: expect.stringContaining('阿托伐他汀钙片') } } } });
    const ok = await call('POST', `/api/pharmacy-sales/${s.saleId}/codes`, { code: pkg('硝苯地平控释片'), listCode: drug('硝苯地平控释片').med_list_codg });
    expect(ok.status).toBe(201);
    // The next customer identifies: this one's unreported sale is cancelled and its codes freed.
    await identify(daemon, person());
    await events.next((e) => e.type === 'session.closed' && e.reason === 'replaced');
    await expect.poll(async () => (await call('GET', `/api/pharmacy-sales/${s.saleId}`)).body.state).toBe('cancelled');
  });

  it('[004-trace] the sandbox platform refuses a code that does not belong to the drug reported', async () => {
    await expect(
      elsewhere.reportDrugSale({
        listCode: drug('硝苯地平控释片').med_list_codg,
        hospitalItem: { id: 'YP0003', name: '硝苯地平控释片' },
        prescription: true,
        split: false,
        unitPriceFen: fen(3240),
        quantity: 10_000,
        soldAt: wireDateTime(new Date()),
        traceCodes: [pkg('阿卡波糖片')],
      }),
    ).rejects.toThrow(/与药品\[硝苯地平控释片\]不符/);
  });

  it('[003-trace] a code sold elsewhere is refused by the platform on its line; removed, the rest is reported', async () => {
    const soldElsewhere = pkg('头孢克肟胶囊');
    await elsewhere.reportDrugSale({
      listCode: drug('头孢克肟胶囊').med_list_codg,
      hospitalItem: { id: 'YP0004', name: '头孢克肟胶囊' },
      prescription: true,
      split: false,
      unitPriceFen: fen(2860),
      quantity: 10_000,
      soldAt: wireDateTime(new Date()),
      traceCodes: [soldElsewhere],
    });
    const { sale: s } = await sale();
    const fine = pkg('头孢克肟胶囊');
    const vitamin = pkg('维生素C片');
    for (const code of [soldElsewhere, fine, vitamin]) await call('POST', `/api/pharmacy-sales/${s.saleId}/codes`, { code });
    const first = await call('POST', `/api/pharmacy-sales/${s.saleId}/complete`, {});
    expect(first.body.state).toBe('open');
    const refused = first.body.lines.find((l: { name: string }) => l.name === '头孢克肟胶囊');
    expect(refused).toMatchObject({ state: 'refused', refusal: { zh: expect.stringContaining(soldElsewhere) } });
    expect(first.body.lines.find((l: { name: string }) => l.name === '维生素C片').state).toBe('reported');
    expect((await call('GET', '/api/pharmacy-sales?state=open')).body.sales.map((x: { saleId: string }) => x.saleId)).toContain(s.saleId);

    expect((await call('DELETE', `/api/pharmacy-sales/${s.saleId}/codes/${vitamin}`)).body.error.code).toBe('LINE_REPORTED');
    const removed = await call('DELETE', `/api/pharmacy-sales/${s.saleId}/codes/${soldElsewhere}`);
    expect(removed.body.lines.find((l: { name: string }) => l.name === '头孢克肟胶囊')).toMatchObject({ state: 'open', traceCodes: [fine], quantity: 1 });
    const second = await call('POST', `/api/pharmacy-sales/${s.saleId}/complete`, {});
    expect(second.body.state).toBe('completed');
    expect((await call('GET', '/api/pharmacy-sales?state=open')).body.sales.map((x: { saleId: string }) => x.saleId)).not.toContain(s.saleId);
    expect((await call('DELETE', `/api/pharmacy-sales/${s.saleId}`)).body.error.code).toBe('SALE_CLOSED');
  });

  it('a report whose answer was lost is reversed, then sent again once: never sold twice', async () => {
    const { sale: s } = await sale();
    const code = pkg('复方甘草片');
    await call('POST', `/api/pharmacy-sales/${s.saleId}/codes`, { code });
    await faults(daemon.sandbox, { infno: '3505', kind: 'commit-then-drop' });
    try {
      const lost = await call('POST', `/api/pharmacy-sales/${s.saleId}/complete`, {});
      expect(lost).toMatchObject({ status: 503, body: { error: { code: 'PLATFORM_UNAVAILABLE' } } });
      expect((await call('GET', `/api/pharmacy-sales/${s.saleId}`)).body.lines[0].state).toBe('open');
    } finally {
      await faults(daemon.sandbox);
    }
    const done = await call('POST', `/api/pharmacy-sales/${s.saleId}/complete`, {});
    expect(done.body).toMatchObject({ state: 'completed', lines: [{ state: 'reported', traceCodes: [code] }] });
  });

  it('cancels a sale of which nothing was reported, and frees its codes', async () => {
    const first = await sale();
    const code = pkg('蒙脱石散');
    await call('POST', `/api/pharmacy-sales/${first.sale.saleId}/codes`, { code });
    expect((await call('DELETE', `/api/pharmacy-sales/${first.sale.saleId}`)).status).toBe(204);
    expect((await call('GET', `/api/pharmacy-sales/${first.sale.saleId}`)).body).toMatchObject({ state: 'cancelled', lines: [] });
    const second = await sale();
    expect((await call('POST', `/api/pharmacy-sales/${second.sale.saleId}/codes`, { code })).status).toBe(201);
    expect((await call('POST', `/api/pharmacy-sales/${second.sale.saleId}/complete`, { settlementId: 'S-none' })).body.error.code).toBe('SETTLEMENT_NOT_FOUND');
    expect((await call('POST', `/api/pharmacy-sales/${second.sale.saleId}/complete`, {})).body.state).toBe('completed');
  });

  it('adds codes from the serial scanner to the one open sale, and says why one is refused', async () => {
    const { sale: s } = await sale();
    const code = pkg('六味地黄丸');
    await call('POST', '/api/sim/scanner/scan', { text: code });
    expect(await events.next((e) => e.type === 'pharmacy.code-added' && e.code === code)).toEqual({ type: 'pharmacy.code-added', saleId: s.saleId, code, listCode: drug('六味地黄丸').med_list_codg });
    await call('POST', '/api/sim/scanner/scan', { text: code });
    expect(await events.next((e) => e.type === 'pharmacy.code-rejected' && e.code === code)).toMatchObject({ saleId: s.saleId, errorCode: 'TRACE_CODE_SCANNED', reason: { zh: expect.any(String), en: expect.any(String) } });
    const wedge = pkg('六味地黄丸');
    expect((await call('POST', '/api/scans', { code: wedge })).body).toEqual({ kind: 'trace', code: wedge });
    expect((await call('GET', `/api/pharmacy-sales/${s.saleId}`)).body.lines[0].traceCodes).toEqual([code, wedge]);
    await call('DELETE', `/api/pharmacy-sales/${s.saleId}`);
  });

  it('[004-archive] records a purchase for someone else (代购) with the buyer masked and nothing whole on disk', async () => {
    const proxy = { name: '欧阳建国', certno: '150102198001011236', relation: 'child', phone: '13698765432' };
    const bad = await call('POST', `/api/sessions/${(await identify(daemon, person())).body.sessionId}/pharmacy-sales`, { proxy: { ...proxy, certno: '150102198001011235' } });
    expect(bad).toMatchObject({ status: 422, body: { error: { code: 'CERTNO_INVALID', message: { zh: expect.stringContaining('代购人'), en: expect.stringContaining('buyer') } } } });
    const { p, sale: s } = await sale(proxy);
    expect(s.proxy).toEqual({ maskedName: '欧**国', maskedCertno: '1501**********1236', relation: 'child', maskedPhone: '136****5432' });
    await call('POST', `/api/pharmacy-sales/${s.saleId}/codes`, { code: pkg('阿卡波糖片') });
    expect((await call('POST', `/api/pharmacy-sales/${s.saleId}/complete`, {})).body).toMatchObject({ state: 'completed', proxy: s.proxy });

    await daemon.stop();
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const contents = files(daemon.dataDir).map((f) => readFileSync(f).toString('utf8'));
    for (const secret of [proxy.name, proxy.certno, proxy.phone, p.name, p.certno]) for (const c of contents) expect(c.includes(secret), secret).toBe(false);
  });
});

describe('a terminal that does not sell drugs', () => {
  it('answers 404 PHARMACY_DISABLED', async () => {
    const hospital = await startDaemon();
    try {
      const res = await api(hospital.url)('GET', '/api/pharmacy-sales/PS0000000000');
      expect(res).toMatchObject({ status: 404, body: { error: { code: 'PHARMACY_DISABLED', message: { zh: '本终端不提供药品销售。', en: 'This terminal does not sell drugs.' } } } });
    } finally {
      await hospital.stop();
    }
  });
});
