// Filings (备案) end to end through the patient API against a real daemon and its sandbox: each kind
// filed, read back, revoked, its proof read off the simulated printer, the platform's state
// compared with what the API said, and the effect of a chronic-disease filing on settlement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type RunningDaemon } from '../../helpers/daemon.ts';
import { api, finalState, identify, ledger, payQr, testPersons, type TestPerson } from '../../helpers/patient.ts';

let daemon: RunningDaemon;
let call: ReturnType<typeof api>;
let persons: TestPerson[];
let catalogue: Array<{ med_list_codg: string; name: string }>;
const used = new Set<string>();

const DAY_MS = 24 * 3600_000;
/** A China-time day, `offset` days from today. */
const day = (offset = 0) => new Date(Date.now() + 8 * 3600_000 + offset * DAY_MS).toISOString().slice(0, 10);
/** China time now, as yyyy-MM-dd HH:mm, `minutesAgo` minutes back. */
const minute = (minutesAgo: number) => new Date(Date.now() + 8 * 3600_000 - minutesAgo * 60_000).toISOString().slice(0, 16).replace('T', ' ');
/** A signature pad's image: the PNG signature bytes, then the drawing. */
const SIGNATURE = `data:image/png;base64,${Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 9)]).toString('base64')}`;
/** A resident ID number that passes its check (the agent's). */
const AGENT_CERTNO = '150102198503150041';
const SELF = 'H15010200021';
const contact = { tel: '13800001234', addr: '沙盒市新城区和平路1号' };

const person = (tag: string, ok: (p: TestPerson) => boolean = (p) => p.tags.length === 1) => {
  const p = persons.find((x) => x.tags.includes(tag) && !used.has(x.psnNo) && ok(x));
  if (!p) throw new Error(`no unused test person tagged ${tag}`);
  used.add(p.psnNo);
  return p;
};
const open = async (p: TestPerson) => (await identify(daemon, p)).body.sessionId as string;
const code = (name: string) => catalogue.find((c) => c.name === name)!.med_list_codg;
const lastReceipt = async () => (await call('GET', '/api/sim/printer/receipts')).body.at(-1) as { lines: Array<{ kind: string; text?: string; data?: string }> };
const adminPerson = async (psnNo: string) =>
  (await (await fetch(`${daemon.sandbox}/center/admin/persons/${psnNo}`)).json()) as {
    chronic_filings: Array<{ trt_dcla_detl_sn: string; opsp_dise_code: string }>;
    designation_filings: Array<{ trt_dcla_detl_sn: string; biz_appy_type: string }>;
  };
const file = (sid: string, body: Record<string, unknown>) => call('POST', `/api/sessions/${sid}/filings`, { ...contact, begin: day(), ...body });

/** The proof just printed: it carries the serial and a QR of it, and no full name or ID number. */
async function expectProof(p: TestPerson, filingSn: string, type: string, ...texts: string[]) {
  const receipt = await lastReceipt();
  const text = receipt.lines.map((l) => l.text ?? '').join('\n');
  expect(text).toContain('医疗保障备案凭证');
  expect(text).toContain(filingSn);
  for (const t of texts) expect(text).toContain(t);
  expect(receipt.lines.find((l) => l.kind === 'qr')?.data).toBe(`NHSA-FILING|${filingSn}|${type}`);
  expect(text).not.toContain(p.name);
  expect(text).not.toContain(p.certno);
}

/** A new unpaid HIS bill for this person. */
async function bill(p: TestPerson, lines: Array<[string, number]>, extra: Record<string, unknown> = {}) {
  const res = await fetch(`${daemon.sandbox}/his/admin/bills`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ certno: p.certno, lines: lines.map(([name, quantity]) => ({ med_list_codg: code(name), quantity })), ...extra }),
  });
  return (await res.json()).billId as string;
}

beforeAll(async () => {
  daemon = await startDaemon();
  call = api(daemon.url);
  persons = await testPersons(daemon.sandbox);
  catalogue = await (await fetch(`${daemon.sandbox}/center/admin/catalogue`)).json();
});
afterAll(async () => {
  await daemon?.stop();
});

describe('filing lists', () => {
  it("[001-8.2.1.1b] lists the platform's chronic diseases with pinyin and initials for search", async () => {
    const { status, body } = await call('GET', '/api/filings/dictionary/chronic-diseases');
    expect(status).toBe(200);
    expect(body).toContainEqual({ code: 'M03900', name: '高血压', pinyin: 'gaoxueya', initials: 'GXY' });
    expect(body.find((e: { name: string }) => e.name === '慢性阻塞性肺疾病')).toMatchObject({ initials: 'MXZSXFJB' });
  });

  it('lists institutions, items needing a filing and the doctors, and refuses an unknown list', async () => {
    expect((await call('GET', '/api/filings/dictionary/institutions')).body).toContainEqual(expect.objectContaining({ code: SELF, name: '沙盒市第二人民医院', level: 2, kind: 'hospital', initials: 'SHSDERMYY' }));
    expect((await call('GET', '/api/filings/dictionary/special-drugs')).body.map((e: { name: string }) => e.name)).toContain('阿达木单抗注射液');
    expect((await call('GET', '/api/filings/doctors')).body).toContainEqual({ code: 'D1001', name: '王建华', dept: { zh: '内科门诊', en: 'Internal Medicine Clinic' }, pinyin: 'wangjianhua', initials: 'WJH' });
    expect((await call('GET', '/api/filings/dictionary/nonsense')).status).toBe(400);
  });

  it('[002-commit] gives the trauma commitment text in both languages', async () => {
    const { body } = await call('GET', '/api/filings/trauma-commitment');
    expect(body).toMatchObject({ version: expect.any(String), text: { zh: expect.stringContaining('第三方'), en: expect.stringContaining('third party') } });
  });
});

describe('chronic-disease filing and settlement', () => {
  it('[001-8.2.1.1b] files a chronic disease, shows it, prints the proof, and a med_type 14 bill then settles at grade C', async () => {
    const p = person('retiree');
    const sid = await open(p);
    const filed = await file(sid, {
      kind: 'chronic-disease',
      disease: { code: 'M01600' },
      diagnosis: { doctor: { code: 'D4001', name: '赵振华' }, date: day(-3) },
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      kind: 'chronic-disease',
      name: { zh: '门诊慢特病' },
      status: 'in-force',
      begin: day(),
      disease: { code: 'M01600', name: '糖尿病' },
      institution: { code: SELF, name: '沙盒市第二人民医院' },
      proof: { status: 'printed' },
    });
    const sn = filed.body.filingSn as string;
    await expectProof(p, sn, '01', '门诊慢特病', '糖尿病', '有效');
    expect((await call('GET', `/api/sessions/${sid}/filings?kind=chronic-disease`)).body).toContainEqual(expect.objectContaining({ filingSn: sn, status: 'in-force' }));
    expect((await adminPerson(p.psnNo)).chronic_filings).toContainEqual({ trt_dcla_detl_sn: sn, opsp_dise_code: 'M01600' });

    const billId = await bill(p, [['盐酸二甲双胍片', 2], ['普通门诊诊查费', 1]], { medType: '14', diagnoses: [{ code: 'E11.900', name: '2型糖尿病' }] });
    const bills = (await call('GET', `/api/sessions/${sid}/bills`)).body;
    expect(bills.find((b: { billId: string }) => b.billId === billId)).toMatchObject({ medType: '14', settleable: true });
    const pre = await call('POST', `/api/sessions/${sid}/settlements`, { billIds: [billId] });
    expect(pre.status).toBe(201);
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    if (confirm.body.status === 'awaiting-payment') await payQr(daemon.sandbox, confirm.body.payment.qrText);
    const done = await finalState(daemon.url, pre.body.settlementId);
    expect(done.status).toBe('settled');
    expect((await ledger(daemon.sandbox)).find((r) => r.setl_id === done.setlId)).toMatchObject({ state: 'settled', psn_no: p.psnNo });
    expect(done.split.fundFen).toBeGreaterThan(0);

    const revoke = await call('POST', `/api/sessions/${sid}/filings/${sn}/revoke`, {});
    expect(revoke).toMatchObject({ status: 422, body: { error: { code: 'PLATFORM_REFUSED', message: { zh: expect.stringContaining('已经用于结算'), en: expect.stringContaining('cannot be revoked') } } } });
  });

  it('[001-8.2.1.1b] revokes a chronic filing; a chronic bill afterwards is refused with a clear message', async () => {
    const p = person('employee');
    const sid = await open(p);
    const filed = await file(sid, { kind: 'chronic-disease', disease: { code: 'M03900' }, diagnosis: { doctor: { code: 'D5001', name: '孙德华' }, date: day() } });
    expect(filed.status).toBe(201);
    const sn = filed.body.filingSn as string;
    const revoked = await call('POST', `/api/sessions/${sid}/filings/${sn}/revoke`, { reason: '填错病种' });
    expect(revoked).toMatchObject({ status: 200, body: { filingSn: sn, status: 'revoked' } });
    expect((await call('GET', `/api/sessions/${sid}/filings`)).body).toContainEqual(expect.objectContaining({ filingSn: sn, status: 'revoked' }));
    expect((await adminPerson(p.psnNo)).chronic_filings).toEqual([]);
    expect((await call('POST', `/api/sessions/${sid}/filings/${sn}/proof`)).body).toEqual({ status: 'printed' });
    await expectProof(p, sn, '01', '已撤销');

    const billId = await bill(p, [['硝苯地平控释片', 1]], { medType: '14', diagnoses: [{ code: 'I10.x00', name: '原发性高血压' }] });
    const refused = await call('POST', `/api/sessions/${sid}/settlements`, { billIds: [billId] });
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { code: 'PLATFORM_REFUSED', message: { zh: expect.stringContaining('没有有效的门诊慢特病备案'), en: expect.stringContaining('no chronic-disease filing in force') } } },
    });
    expect((await call('POST', `/api/sessions/${sid}/filings/${sn}/revoke`, {})).body.error.message.zh).toContain('已经撤销');
  });

  it('refuses the same disease filed twice, and revoking a filing made by another institution', async () => {
    const p = person('chronic', (x) => !x.tags.includes('suspended') && !x.tags.includes('deceased') && !x.tags.includes('cross-region'));
    const sid = await open(p);
    const seeded = (await call('GET', `/api/sessions/${sid}/filings?kind=chronic-disease`)).body[0];
    expect(seeded).toMatchObject({ status: 'in-force', institution: { code: 'H15010200031' } });
    const again = await file(sid, { kind: 'chronic-disease', disease: { code: seeded.disease.code }, diagnosis: { doctor: { code: 'D1001', name: '王建华' }, date: day() } });
    expect(again).toMatchObject({ status: 422, body: { error: { message: { zh: expect.stringContaining('已经办理过相同的备案') } } } });
    const foreign = await call('POST', `/api/sessions/${sid}/filings/${seeded.filingSn}/revoke`, {});
    expect(foreign).toMatchObject({ status: 422, body: { error: { message: { zh: expect.stringContaining('不是在本院办理的') } } } });
    expect((await call('POST', `/api/sessions/${sid}/filings/NOSUCHFILING1/revoke`, {})).status).toBe(404);
  });
});

describe('person designation filings', () => {
  it('[001-8.2.1.1b] files a designated institution for a relative through an agent, masks the agent, and revokes it', async () => {
    const p = person('elderly', (x) => !x.tags.includes('suspended') && !x.tags.includes('deceased') && !x.tags.includes('cross-region'));
    const sid = await open(p);
    const filed = await file(sid, {
      kind: 'designated-institution',
      institution: { code: 'H15012300105' },
      agent: { name: '李晓明', certno: AGENT_CERTNO, tel: '13900001111', addr: '沙盒市新城区', relation: 'son' },
    });
    expect(filed.body).toMatchObject({ kind: 'designated-institution', status: 'in-force', institution: { code: 'H15012300105', name: '沙盒县白塔镇卫生院' }, agent: { maskedName: '李*明', relation: 'son' } });
    const sn = filed.body.filingSn as string;
    await expectProof(p, sn, '03', '沙盒县白塔镇卫生院', '李*明');
    expect(JSON.stringify(await lastReceipt())).not.toContain('李晓明');
    expect((await adminPerson(p.psnNo)).designation_filings).toContainEqual({ trt_dcla_detl_sn: sn, biz_appy_type: '03' });
    expect((await call('POST', `/api/sessions/${sid}/filings/${sn}/revoke`, {})).body).toMatchObject({ status: 'revoked' });
    expect((await adminPerson(p.psnNo)).designation_filings).toEqual([]);
  });

  it('[001-8.2.1.1b] files a cross-region relocation; the fund then pays the local ratio', async () => {
    const p = person('cross-region', (x) => x.tags.length === 1 || (x.tags.includes('cross-region') && x.tags.every((t) => ['cross-region', 'employee', 'resident', 'retiree'].includes(t))));
    const sid = await open(p);
    const lines: Array<[string, number]> = [['胸部CT平扫', 1], ['普通门诊诊查费', 1]];
    const before = await call('POST', `/api/sessions/${sid}/settlements`, { billIds: [await bill(p, lines)] });
    expect(before.status).toBe(201);
    const filed = await file(sid, { kind: 'relocation' });
    expect(filed.body).toMatchObject({ kind: 'relocation', status: 'in-force', institution: { code: SELF } });
    await expectProof(p, filed.body.filingSn, '08', '异地安置');
    // An e-voucher token serves one visit: the second bill is presented with a fresh 医保码.
    const again = await open(p);
    const after = await call('POST', `/api/sessions/${again}/settlements`, { billIds: [await bill(p, lines)] });
    expect(after.body.split.totalFen).toBe(before.body.split.totalFen);
    expect(after.body.split.fundFen).toBeGreaterThan(before.body.split.fundFen);
    expect((await call('POST', `/api/sessions/${again}/filings/${filed.body.filingSn}/revoke`, {})).body.status).toBe('revoked');
  });

  it('refuses a relocation filing for someone insured here', async () => {
    const sid = await open(person('employee'));
    const refused = await file(sid, { kind: 'relocation' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'PLATFORM_REFUSED', message: { zh: expect.stringContaining('不需要办理异地安置备案'), en: expect.stringContaining('no relocation filing') } } } });
  });

  it('[001-8.2.1.1b] files a special treatment and a special drug, and revokes them', async () => {
    const p = person('resident');
    const sid = await open(p);
    const treatment = await file(sid, { kind: 'special-treatment', item: { code: code('血液透析') }, diagnosis: { code: 'N18.500' } });
    expect(treatment.body).toMatchObject({ kind: 'special-treatment', item: { name: '血液透析' }, diagnosis: { code: 'N18.500', name: '慢性肾脏病5期' }, proof: { status: 'printed' } });
    await expectProof(p, treatment.body.filingSn, '05', '血液透析', '慢性肾脏病5期');
    const drug = await file(sid, { kind: 'special-drug', item: { code: code('阿达木单抗注射液') }, diagnosis: { code: 'M06.900' }, end: day(180) });
    expect(drug.body).toMatchObject({ kind: 'special-drug', item: { name: '阿达木单抗注射液' }, end: day(180) });
    await expectProof(p, drug.body.filingSn, '06', '阿达木单抗注射液', day(180));
    const listed = (await call('GET', `/api/sessions/${sid}/filings`)).body.map((f: { filingSn: string }) => f.filingSn);
    expect(listed).toEqual(expect.arrayContaining([treatment.body.filingSn, drug.body.filingSn]));
    for (const sn of [treatment.body.filingSn, drug.body.filingSn]) expect((await call('POST', `/api/sessions/${sid}/filings/${sn}/revoke`, {})).body.status).toBe('revoked');
    expect((await adminPerson(p.psnNo)).designation_filings).toEqual([]);
  });

  it('refuses an item that needs no special filing, naming the field', async () => {
    const sid = await open(person('resident'));
    const refused = await file(sid, { kind: 'special-drug', item: { code: code('阿莫西林胶囊') }, diagnosis: { code: 'J06.900' } });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'FILING_INVALID', message: { zh: expect.stringContaining('body.item.code'), en: expect.stringContaining('body.item.code') } } } });
  });

  it('[001-8.2.1.1b] files a rare disease with its diagnosing doctor, and revokes it', async () => {
    const p = person('child', (x) => !x.tags.includes('cross-region'));
    const sid = await open(p);
    const filed = await file(sid, { kind: 'rare-disease', disease: { code: 'RD0060' }, diagnosis: { institution: { code: 'H15010200031' }, doctor: { code: 'D9001', name: '周医生' }, date: day(-10) } });
    expect(filed.body).toMatchObject({ kind: 'rare-disease', disease: { code: 'RD0060', name: '脊髓性肌萎缩症' }, status: 'in-force' });
    await expectProof(p, filed.body.filingSn, '07', '脊髓性肌萎缩症');
    expect((await call('POST', `/api/sessions/${sid}/filings/${filed.body.filingSn}/revoke`, {})).body.status).toBe('revoked');
  });

  it('[001-8.2.1.1b] files a referral out of this institution, refuses one to itself, and revokes it', async () => {
    const p = person('retiree');
    const sid = await open(p);
    const self = await file(sid, { kind: 'referral', to: { code: SELF }, diagnosis: { code: 'I20.900' }, reason: '需上级医院进一步诊治' });
    expect(self).toMatchObject({ status: 400, body: { error: { code: 'FILING_INVALID', message: { en: expect.stringContaining('body.to.code') } } } });
    const filed = await file(sid, { kind: 'referral', to: { code: 'H15010200031' }, diagnosis: { code: 'I20.900' }, reason: '需上级医院进一步诊治', end: day(30) });
    expect(filed.body).toMatchObject({
      kind: 'referral',
      institution: { code: SELF },
      referral: { to: { code: 'H15010200031', name: '沙盒市人民医院' }, reason: '需上级医院进一步诊治' },
      diagnosis: { name: '心绞痛' },
    });
    await expectProof(p, filed.body.filingSn, '02', '沙盒市人民医院', '需上级医院进一步诊治');
    expect((await call('POST', `/api/sessions/${sid}/filings/${filed.body.filingSn}/revoke`, {})).body.status).toBe('revoked');
  });
});

describe('trauma filing and its credit commitment', () => {
  it('[002-commit] [001-13.1] files trauma with the signed no-third-party commitment, archives it and shows it in the record', async () => {
    const p = person('employee');
    const sid = await open(p);
    const injury = { at: minute(90), place: '小区楼道', cause: '下楼时踩空摔伤右踝，联系电话13812345678' };
    const filed = await file(sid, { kind: 'trauma', injury, commitment: { accepted: true, signature: SIGNATURE } });
    expect(filed.status).toBe(201);
    const sn = filed.body.filingSn as string;
    expect(filed.body).toMatchObject({
      kind: 'trauma',
      status: 'in-force',
      injury,
      commitment: {
        text: { zh: expect.stringContaining('第三方'), en: expect.any(String) },
        statement: { at: `${injury.at}:00`, place: '小区楼道', cause: '下楼时踩空摔伤右踝，联系电话138****5678' },
        signedBy: 'patient',
        signature: SIGNATURE,
      },
    });
    await expectProof(p, sn, '04', '外伤', '小区楼道', '信用承诺', '已签署');
    const shown = (await call('GET', `/api/sessions/${sid}/filings?kind=trauma`)).body.find((f: { filingSn: string }) => f.filingSn === sn);
    expect(shown.commitment).toEqual(filed.body.commitment);
    expect((await call('POST', `/api/sessions/${sid}/filings/${sn}/revoke`, {})).body).toMatchObject({ status: 'revoked', commitment: { signature: SIGNATURE } });
  });

  it('refuses an injury more than 30 days ago with a clear message', async () => {
    const sid = await open(person('resident'));
    const refused = await file(sid, { kind: 'trauma', begin: day(-20), injury: { at: `${day(-35)} 10:00`, place: '公园', cause: '跑步时扭伤' }, commitment: { accepted: true, signature: SIGNATURE } });
    expect(refused).toMatchObject({ status: 422, body: { error: { message: { zh: expect.stringContaining('超过30天') } } } });
  });
});

describe('bad input', () => {
  let sid: string;
  beforeAll(async () => {
    sid = await open(person('employee'));
  });
  const expect400 = async (body: Record<string, unknown>, field: string, code = 'BAD_REQUEST') => {
    const res = await call('POST', `/api/sessions/${sid}/filings`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.zh).toContain(field);
    expect(res.body.error.message.en).toContain(field);
  };
  const chronic = { kind: 'chronic-disease', ...contact, begin: day(), disease: { code: 'M03900' }, diagnosis: { doctor: { code: 'D1001', name: '王建华' }, date: day() } };
  const trauma = { kind: 'trauma', ...contact, begin: day(), injury: { at: minute(30), place: '家中', cause: '切菜时割伤左手' }, commitment: { accepted: true, signature: SIGNATURE } };

  it('names a missing begin date', async () => {
    const { begin: _, ...rest } = chronic;
    await expect400(rest, 'body.begin');
  });

  it('names an unknown disease', async () => {
    await expect400({ ...chronic, disease: { code: 'M99999' } }, 'body.disease.code', 'FILING_INVALID');
  });

  it('names an end before the begin, a diagnosis in the future and a begin out of range', async () => {
    await expect400({ ...chronic, end: day(-1) }, 'body.end', 'FILING_INVALID');
    await expect400({ ...chronic, begin: day(1), diagnosis: { ...chronic.diagnosis, date: day(2) } }, 'body.diagnosis.date', 'FILING_INVALID');
    await expect400({ ...chronic, begin: day(-40) }, 'body.begin', 'FILING_INVALID');
    await expect400({ ...chronic, begin: '2026-02-30' }, 'body.begin', 'FILING_INVALID');
  });

  it('names a missing trauma signature, a refused commitment and a signature that is not an image', async () => {
    await expect400({ ...trauma, commitment: { accepted: true } }, 'body.commitment.signature');
    await expect400({ ...trauma, commitment: { accepted: false, signature: SIGNATURE } }, 'body.commitment.accepted', 'FILING_INVALID');
    await expect400({ ...trauma, commitment: { accepted: true, signature: `data:image/png;base64,${Buffer.alloc(200, 7).toString('base64')}` } }, 'body.commitment.signature', 'FILING_INVALID');
    await expect400({ ...trauma, injury: { ...trauma.injury, at: minute(-60) } }, 'body.injury.at', 'FILING_INVALID');
  });

  it('names an incomplete agent and an agent ID number that fails its check', async () => {
    const agent = { name: '李晓明', certno: AGENT_CERTNO, tel: '13900001111', addr: '沙盒市新城区', relation: 'son' };
    const { certno: _, ...incomplete } = agent;
    const designated = { kind: 'designated-institution', ...contact, begin: day(), institution: { code: 'H15010200031' } };
    await expect400({ ...designated, agent: incomplete }, 'body.agent.certno');
    await expect400({ ...designated, agent: { ...agent, certno: '150102198503150042' } }, 'body.agent.certno', 'FILING_INVALID');
  });

  it('names an unknown kind', async () => {
    await expect400({ kind: 'holiday', ...contact, begin: day() }, 'body.kind');
  });

  it('sends nothing to the platform when the input is bad', async () => {
    const before = (await (await fetch(`${daemon.sandbox}/center/admin/persons?tag=employee`)).json()).flatMap((x: { designation_filings: unknown[] }) => x.designation_filings).length;
    await call('POST', `/api/sessions/${sid}/filings`, { ...trauma, commitment: { accepted: false, signature: SIGNATURE } });
    const after = (await (await fetch(`${daemon.sandbox}/center/admin/persons?tag=employee`)).json()).flatMap((x: { designation_filings: unknown[] }) => x.designation_filings).length;
    expect(after).toBe(before);
  });
});
