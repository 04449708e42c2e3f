// Settlement end to end through the patient API against the sandbox: every branch, compared
// with the platform's and the payment provider's ledgers to the fen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yuanToFen } from '../../../server/insurance/money.ts';
import { startDaemon, type RunningDaemon } from '../../helpers/daemon.ts';
import { listen, type EventLog } from '../../helpers/events.ts';
import { api, finalState, identify, ledger, payments, payQr, testPersons, type TestPerson } from '../../helpers/patient.ts';

let daemon: RunningDaemon;
let events: EventLog;
let call: ReturnType<typeof api>;
let persons: TestPerson[];
let catalogue: Array<{ med_list_codg: string; name: string; list_class: string; pric: string }>;
const used = new Set<string>();

/** A person of that situation not used by an earlier test (one open session each). */
const person = (tag: string, ok: (p: TestPerson) => boolean = () => true) => {
  const p = persons.find((x) => x.tags.includes(tag) && !used.has(x.psnNo) && ok(x))!;
  used.add(p.psnNo);
  return p;
};
const code = (name: string) => catalogue.find((c) => c.name === name)!.med_list_codg;
const bill = async (p: TestPerson, lines: Array<[string, number]>, extra: Record<string, unknown> = {}) => {
  const res = await fetch(`${daemon.sandbox}/his/admin/bills`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ certno: p.certno, lines: lines.map(([name, quantity]) => ({ med_list_codg: code(name), quantity })), ...extra }),
  });
  return (await res.json()).billId as string;
};
const presettle = async (p: TestPerson, billId: string) => {
  const session = (await identify(daemon, p)).body;
  const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [billId] });
  return { session, pre };
};

beforeAll(async () => {
  daemon = await startDaemon();
  call = api(daemon.url);
  events = await listen(daemon.url);
  persons = await testPersons(daemon.sandbox);
  catalogue = await (await fetch(`${daemon.sandbox}/center/admin/catalogue`)).json();
});
afterAll(async () => {
  events?.close();
  await daemon?.stop();
});

describe('settlement', () => {
  it("[001-8.1.9] lists the patient's bills from the HIS with totals", async () => {
    const p = person('employee');
    const billId = await bill(p, [['阿莫西林胶囊', 2], ['普通门诊诊查费', 1]]);
    const session = (await identify(daemon, p)).body;
    const { status, body } = await call('GET', `/api/sessions/${session.sessionId}/bills`);
    expect(status).toBe(200);
    const b = body.find((x: { billId: string }) => x.billId === billId);
    expect(b).toMatchObject({ medType: '11', settleable: true, totalFen: 2 * 1250 + 1000, lines: [{ name: '阿莫西林胶囊', quantity: 2, amountFen: 2500 }, { name: '普通门诊诊查费' }] });
    // In China time, whatever zone the HIS answered in, and the same instant.
    const his = (await (await fetch(`${daemon.sandbox}/his/admin/bills?certno=${p.certno}`)).json()).find((x: { billId: string }) => x.billId === billId);
    expect(b.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(Date.parse(b.createdAt)).toBe(Math.floor(Date.parse(his.createdAt) / 1000) * 1000);
  });

  it('[001-8.1.9] settles from the personal account alone, prints the slip and fee list, and marks the bill paid', async () => {
    const p = person('employee', (x) => x.tags.length === 1);
    const billId = await bill(p, [['布洛芬缓释胶囊', 1], ['普通门诊诊查费', 1]]);
    const { pre } = await presettle(p, billId);
    expect(pre).toMatchObject({ status: 201, body: { status: 'presettled', consentRequired: false } });
    const split = pre.body.split;
    expect(split.fundFen + split.accountFen + split.cashFen).toBe(split.totalFen);
    expect(split.cashFen).toBe(0);
    const done = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    expect(done.body).toMatchObject({ status: 'settled', setlId: expect.any(String), receipt: { status: 'printed' }, invoiceUrl: expect.stringContaining('/his/einvoice/') });
    const entry = (await ledger(daemon.sandbox)).find((r) => r.setl_id === done.body.setlId)!;
    expect({ total: yuanToFen(entry.medfee_sumamt), fund: yuanToFen(entry.fund_pay_sumamt), account: yuanToFen(entry.acct_pay), cash: yuanToFen(entry.psn_cash_pay) }).toEqual({
      total: split.totalFen,
      fund: split.fundFen,
      account: split.accountFen,
      cash: split.cashFen,
    });
    const hisBills = await (await fetch(`${daemon.sandbox}/his/admin/bills?certno=${p.certno}`)).json();
    expect(hisBills.find((b: { billId: string }) => b.billId === billId)).toMatchObject({ state: 'paid', setlId: done.body.setlId });
    expect(await (await fetch(done.body.invoiceUrl)).text()).toContain(done.body.setlId);
  });

  it('[001-8.1.11] takes the cash part by phone payment, then settles by itself and says so', async () => {
    const p = person('resident', (x) => x.tags.length === 1);
    const billId = await bill(p, [['胸部CT平扫', 1], ['普通门诊诊查费', 1]]);
    const { pre } = await presettle(p, billId);
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    expect(confirm.body).toMatchObject({ status: 'awaiting-payment', payment: { amountFen: pre.body.split.cashFen, qrText: expect.any(String), expiresAt: expect.any(String) } });
    expect(await payQr(daemon.sandbox, confirm.body.payment.qrText)).toBe(200);
    const settled = await events.next((e) => e.type === 'settlement.settled' && e.settlementId === pre.body.settlementId);
    expect(settled).toMatchObject({ split: pre.body.split, receipt: { status: 'printed' } });
    expect((await payments(daemon.sandbox)).find((o) => o.merchantOrderNo === pre.body.settlementId)).toMatchObject({ state: 'paid', amountFen: pre.body.split.cashFen });
    expect(await call('GET', `/api/settlements/${pre.body.settlementId}`)).toMatchObject({ body: { status: 'settled', setlId: settled.setlId } });
  });

  it('leaves the personal account alone when the patient says so', async () => {
    const p = person('employee', (x) => x.tags.length === 1);
    const billId = await bill(p, [['头孢克肟胶囊', 2]]);
    const { pre } = await presettle(p, billId);
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: false });
    expect(confirm.body.status).toBe('awaiting-payment');
    expect(confirm.body.split).toMatchObject({ accountFen: 0, cashFen: pre.body.split.accountFen + pre.body.split.cashFen });
  });

  it('[001-6.2.4] asks for consent with a signature when non-covered items reach ￥200, and keeps the record', async () => {
    const p = person('employee', (x) => x.tags.length === 1);
    const billId = await bill(p, [['注射用胸腺法新', 1], ['普通门诊诊查费', 1]]);
    const { pre } = await presettle(p, billId);
    expect(pre.body).toMatchObject({ consentRequired: true, consent: { totalFen: 26_800, items: [{ name: '注射用胸腺法新', unitPriceFen: 26_800 }] } });
    expect(pre.body.lines.find((l: { name: string }) => l.name === '注射用胸腺法新')).toMatchObject({ listClass: '丙', selfPayFen: 26_800 });
    expect(pre.body.warnings.map((w: { code: string }) => w.code)).toContain('R003');
    const id = pre.body.settlementId;
    expect((await call('POST', `/api/settlements/${id}/confirm`, { useAccount: true })).body.error.code).toBe('CONSENT_REQUIRED');
    expect((await call('POST', `/api/settlements/${id}/confirm`, { useAccount: true, consent: { accepted: true, signature: 'not-an-image' } })).status).toBe(422);
    const signature = `data:image/png;base64,${Buffer.alloc(300, 7).toString('base64')}`;
    const done = await call('POST', `/api/settlements/${id}/confirm`, { useAccount: true, consent: { accepted: true, signature } });
    expect(['settled', 'awaiting-payment']).toContain(done.body.status);
  });

  it('[001-6.2.4] does not ask for consent for small non-covered items', async () => {
    const p = person('employee', (x) => x.tags.length === 1);
    const { pre } = await presettle(p, await bill(p, [['复合维生素B片', 2], ['普通门诊诊查费', 1]]));
    expect(pre.body.consentRequired).toBe(false);
  });

  it('[001-9.1.3] passes on the platform pre-check warnings', async () => {
    const p = person('resident', (x) => x.tags.length === 1);
    const { pre } = await presettle(p, await bill(p, [['阿莫西林胶囊', 8]]));
    expect(pre.body.warnings).toEqual([expect.objectContaining({ code: 'R002', message: { zh: expect.stringContaining('超过'), en: expect.any(String) } })]);
  });

  it('refuses a bill already being settled, and a bill already paid', async () => {
    const p = person('employee', (x) => x.tags.length === 1);
    const billId = await bill(p, [['维生素C片', 1]]);
    const { session, pre } = await presettle(p, billId);
    const again = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [billId] });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'BILL_IN_PROGRESS' } } });
    await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    const paid = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [billId] });
    expect(paid.status).toBeGreaterThanOrEqual(409);
  });

  it('drops an unconfirmed pre-settlement when the patient goes back, gives its visit back, and frees the bill', async () => {
    const p = person('employee', (x) => x.tags.length === 1);
    const billId = await bill(p, [['维生素C片', 1]]);
    const { pre } = await presettle(p, billId);
    const id = pre.body.settlementId;
    expect((await call('DELETE', `/api/settlements/${id}`)).status).toBe(204);
    expect((await call('DELETE', `/api/settlements/${id}`)).status).toBe(204);
    await expect
      .poll(async () => (await (await fetch(`${daemon.sandbox}/center/admin/visits?fixmedins_code=H15010200021`)).json()).find((v: { ipt_otp_no: string }) => v.ipt_otp_no === id)?.state)
      .toBe('cancelled');
    // The 医保码 went with the dropped visit: the patient scans again, and the bill is theirs to settle.
    const rescanned = (await identify(daemon, p)).body;
    const again = await call('POST', `/api/sessions/${rescanned.sessionId}/settlements`, { billIds: [billId] });
    expect(again.status).toBe(201);
    await call('POST', `/api/settlements/${again.body.settlementId}/confirm`, { useAccount: true });
    expect(await call('DELETE', `/api/settlements/${again.body.settlementId}`)).toMatchObject({ status: 409, body: { error: { code: 'SETTLEMENT_CONFIRMED' } } });
  });

  it('expires an unpaid payment QR without charging anything, and releases the visit', async () => {
    const p = person('resident', (x) => x.tags.length === 1);
    const { pre } = await presettle(p, await bill(p, [['胸部CT平扫', 1]]));
    const id = pre.body.settlementId;
    const confirm = await call('POST', `/api/settlements/${id}/confirm`, { useAccount: true });
    await fetch(`${daemon.sandbox}/payment/admin/orders/${confirm.body.payment.qrText.split('/').pop()}/expire`, { method: 'POST' });
    expect(await events.next((e) => e.type === 'settlement.expired' && e.settlementId === id)).toBeDefined();
    expect((await finalState(daemon.url, id)).status).toBe('expired');
    const visits = await (await fetch(`${daemon.sandbox}/center/admin/visits?fixmedins_code=H15010200021`)).json();
    expect(visits.find((v: { ipt_otp_no: string }) => v.ipt_otp_no === id)).toMatchObject({ state: 'cancelled' });
  });

  it('calls off the payment and gives the visit back when the patient ends the session', async () => {
    const p = person('resident', (x) => x.tags.length === 1);
    const { session, pre } = await presettle(p, await bill(p, [['胸部CT平扫', 1]]));
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    await call('DELETE', `/api/sessions/${session.sessionId}`);
    await expect.poll(async () => (await finalState(daemon.url, pre.body.settlementId)).status).toBe('expired');
    expect(await payQr(daemon.sandbox, confirm.body.payment.qrText)).toBe(409);
  });

  it('[004-grade] refuses a chronic-disease bill at a grade B terminal with a clear reason', async () => {
    const township = await startDaemon({}, { institution: { grade: 'B', level: '1' }, insurance: { fixmedinsCode: 'H15012300105', fixmedinsName: '沙盒县白塔镇卫生院', mdtrtareaAdmvs: '150123' } });
    try {
      const p = (await testPersons(township.sandbox)).find((x) => x.tags.includes('chronic') && !x.tags.includes('suspended'))!;
      const session = (await identify(township, p)).body;
      expect(session.services).toEqual(['personal-account', 'outpatient-pooling']);
      const bills = (await api(township.url)('GET', `/api/sessions/${session.sessionId}/bills`)).body;
      const chronic = bills.find((b: { medType: string }) => b.medType === '14');
      expect(chronic).toMatchObject({ settleable: false, notSettleableReason: { zh: expect.stringContaining('门诊慢特病') } });
      const refused = await api(township.url)('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [chronic.billId] });
      expect(refused).toMatchObject({ status: 422, body: { error: { code: 'NOT_SETTLEABLE_HERE' } } });
    } finally {
      await township.stop();
    }
  });

  it('[004-grade] at a grade A terminal settles an outpatient bill from the personal account only, and says so before confirming', async () => {
    const clinic = await startDaemon({}, { institution: { grade: 'A', level: '1' }, insurance: { fixmedinsCode: 'H15010200011', fixmedinsName: '沙盒市新城区康和诊所', mdtrtareaAdmvs: '150102' } });
    try {
      const p = (await testPersons(clinic.sandbox)).find((x) => x.tags.length === 1 && x.tags[0] === 'resident')!;
      const session = (await identify(clinic, p)).body;
      expect(session.services).toEqual(['personal-account']);
      const res = await fetch(`${clinic.sandbox}/his/admin/bills`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ certno: p.certno }) });
      const pre = await api(clinic.url)('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [(await res.json()).billId] });
      expect(pre.body).toMatchObject({ status: 'presettled', split: { fundFen: 0 } });
      expect(pre.body.warnings).toContainEqual({ code: 'GRADE_A_ACCOUNT_ONLY', message: { zh: expect.stringContaining('个人账户'), en: expect.stringContaining('personal account only') } });
    } finally {
      await clinic.stop();
    }
  });

  it('tells a suspended patient why their bills cannot be settled', async () => {
    const p = person('suspended');
    const session = (await identify(daemon, p)).body;
    expect(session).toMatchObject({ person: { insuranceInForce: false }, services: [] });
    const bills = (await call('GET', `/api/sessions/${session.sessionId}/bills`)).body;
    expect(bills[0]).toMatchObject({ settleable: false, notSettleableReason: { en: expect.stringMatching(/cannot be used/) } });
  });

  it('[001-8.4.5] settles an inpatient discharge bill', async () => {
    const p = person('retiree', (x) => x.tags.length === 1);
    const billId = await bill(p, [['床位费(三人间)', 10], ['一级护理', 10], ['胸部CT平扫', 1], ['硫酸氢氯吡格雷片', 3]], { medType: '21', diagnoses: [{ code: 'I20.900', name: '心绞痛' }] });
    const { pre } = await presettle(p, billId);
    expect(pre.body.split.fundFen).toBeGreaterThan(0);
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    if (confirm.body.status === 'awaiting-payment') await payQr(daemon.sandbox, confirm.body.payment.qrText);
    expect((await finalState(daemon.url, pre.body.settlementId)).status).toBe('settled');
  });

  it('[001-6.3.2] reprints the receipts of a settled settlement', async () => {
    const p = person('employee', (x) => x.tags.length === 1);
    const { pre } = await presettle(p, await bill(p, [['维生素C片', 1]]));
    const done = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    expect(done.body.status).toBe('settled');
    expect((await call('POST', `/api/settlements/${pre.body.settlementId}/receipt`)).body).toEqual({ status: 'printed' });
    const receipts = (await call('GET', '/api/sim/printer/receipts')).body;
    const text = JSON.stringify(receipts.slice(-2));
    expect(text).toContain(done.body.setlId);
    expect(text).toContain('结算单');
    expect(text).not.toContain(p.name);
    expect(text).not.toContain(p.certno);
  });
});
