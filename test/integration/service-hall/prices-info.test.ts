// Price lookup and information pages through the patient API of a real daemon, with the price list
// taken from the sandbox HIS.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runToExit, startDaemon, tempDir, type RunningDaemon } from '../../helpers/daemon.ts';
import { api } from '../../helpers/patient.ts';

let daemon: RunningDaemon;
let call: ReturnType<typeof api>;

/** The price list loads behind the ready line; wait for it. */
async function pricesReady(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await call('GET', '/api/prices?limit=1')).status !== 200) {
    if (Date.now() > deadline) throw new Error('the price list never loaded');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  daemon = await startDaemon();
  call = api(daemon.url);
  await pricesReady();
});
afterAll(async () => {
  await daemon?.stop();
});

const names = (body: { items: Array<{ name: string }> }) => body.items.map((i) => i.name);

describe('price lookup', () => {
  it('[001-6.3.1] shows name, spec, unit, unit price, list class and self-pay share of a drug, and where to complain', async () => {
    const { status, body } = await call('GET', `/api/prices?q=${encodeURIComponent('头孢克肟')}`);
    expect(status).toBe(200);
    expect(body.items[0]).toEqual({
      code: expect.stringMatching(/^XA/),
      hospitalCode: expect.stringMatching(/^HIS-/),
      name: '头孢克肟胶囊',
      spec: '0.1g×6粒',
      unit: '盒',
      kind: 'drug',
      kindName: { zh: '药品', en: 'Medicine' },
      unitPriceFen: 2860,
      listClass: '乙',
      listClassName: { zh: '乙类', en: 'Class B: covered after a self-pay share' },
      selfPayPermille: 100,
    });
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    const page = await call('GET', `/api/info/${body.complaintPage}`);
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.body.blocks.zh)).toContain('12393');
  });

  it('[001-6.3.1] covers consumables and service items, filtered by kind', async () => {
    const services = await call('GET', '/api/prices?kind=service&limit=100');
    expect(services.body.total).toBe(24);
    expect(services.body.items.every((i: { kind: string }) => i.kind === 'service')).toBe(true);
    expect(services.body.items.find((i: { name: string }) => i.name === '普通门诊诊查费')).toMatchObject({ unit: '次', unitPriceFen: 1000, listClass: '甲', selfPayPermille: 0 });
    const consumables = await call('GET', `/api/prices?kind=consumable&q=${encodeURIComponent('口罩')}`);
    expect(consumables.body.items).toEqual([expect.objectContaining({ name: '医用外科口罩', listClass: '丙', selfPayPermille: 1000, unitPriceFen: 120 })]);
  });

  it('finds an item by hanzi, full pinyin, initials and a mix of them', async () => {
    for (const q of ['阿莫西林', 'amoxilin', 'amxljn', '阿莫xl', 'AMXL', 'ａｍｘｌ']) {
      expect(names((await call('GET', `/api/prices?q=${encodeURIComponent(q)}`)).body)[0], q).toBe('阿莫西林胶囊');
    }
    expect(names((await call('GET', `/api/prices?q=${encodeURIComponent('维生素c')}`)).body)).toEqual(['维生素C片']);
    expect(names((await call('GET', '/api/prices?q=xcg')).body)).toEqual(['血细胞分析(血常规)']);
  });

  it('ranks names that start with the query before names that contain it, and pages through them', async () => {
    const { body } = await call('GET', '/api/prices?q=xue&limit=3');
    expect(body.total).toBe(5);
    expect(names(body)).toEqual(['血糖试纸', '血液透析', '血细胞分析(血常规)']);
    const rest = await call('GET', '/api/prices?q=xue&limit=3&offset=3');
    expect(names(rest.body)).toEqual(['人血白蛋白', '糖化血红蛋白测定']);
  });

  it('says clearly when the query is not acceptable', async () => {
    const bad = await call('GET', '/api/prices?kind=food');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'BAD_REQUEST', message: { zh: expect.stringContaining('kind'), en: expect.stringContaining('kind') } });
    expect((await call('GET', '/api/prices?limit=1000')).status).toBe(400);
    expect((await call('GET', `/api/prices?q=${'a'.repeat(41)}`)).status).toBe(400);
  });
});

describe('information pages', () => {
  it('[001-8.2.3.2] lists the policy, process, 医保码, phone and complaint, price and commitment pages in both languages', async () => {
    const { status, body } = await call('GET', '/api/info');
    expect(status).toBe(200);
    expect(body.pages.map((p: { id: string }) => p.id)).toEqual([
      'insurance-process',
      'ecqr-guide',
      'price-disclosure',
      'consultation-complaints',
      'policy-documents',
      'credit-commitment',
    ]);
    for (const p of body.pages) expect(p.title.zh && p.title.en).toBeTruthy();
  });

  it('[001-8.2.3.4] serves each page in zh-CN and English, as plain text blocks', async () => {
    const { body } = await call('GET', '/api/info/ecqr-guide');
    expect(body.title).toEqual({ zh: '如何激活和使用医保码', en: 'How to Activate and Use the Medical Insurance QR Code' });
    expect(body.blocks.zh[0]).toMatchObject({ type: 'paragraph' });
    expect(body.blocks.en).toContainEqual({ type: 'heading', text: 'Activating the QR Code' });
    const steps = body.blocks.zh.find((b: { type: string; ordered?: boolean }) => b.type === 'list' && b.ordered);
    expect(steps.items[0]).toContain('国家医保服务平台');
    expect(JSON.stringify(body)).not.toMatch(/\*\*|^#|<[a-z]/);
  });

  it('[002-commit] shows the institution\'s credit commitment', async () => {
    const { body } = await call('GET', '/api/info/credit-commitment');
    expect(body.title.zh).toBe('医保信用承诺书');
    expect(body.blocks.zh.find((b: { type: string }) => b.type === 'list').items).toContainEqual(expect.stringContaining('不收集、不留存参保人员医保凭证'));
  });

  it('answers 404 with a bilingual message for an unknown page', async () => {
    const { status, body } = await call('GET', '/api/info/no-such-page');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'INFO_PAGE_NOT_FOUND', message: { zh: '没有这个信息页面。', en: 'No such information page.' } });
  });
});

describe('content an operator broke', () => {
  it('stops the start with exit 78 and the file and line at fault', async () => {
    const dir = join(tempDir(), 'content');
    cpSync(join(ROOT, 'config', 'content'), dir, { recursive: true });
    writeFileSync(join(dir, 'en', 'ecqr-guide.md'), '# How to use the QR code\n\nOpen the app.\n\n<img src="qr.png">\n');
    const exited = await runToExit({}, { content: { dir } });
    expect(exited.code).toBe(78);
    expect(exited.stderr.trim()).toBe(`content error: ${join(dir, 'en', 'ecqr-guide.md')} line 5: HTML is not shown on the kiosk; write plain text`);
  });
});
