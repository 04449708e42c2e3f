// Each platform fault at each step of a settlement: the patient is told plainly, nothing is shown
// as settled before the platform said so, a lost 2207 answer is found and kept or reversed (never
// sent again), a payment taken for a settlement that did not happen is refunded, and visits that
// will not be settled are given back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type RunningDaemon } from '../helpers/daemon.ts';
import { api, faults, finalState, identify, ledger, payments, payQr, testPersons, type TestPerson } from '../helpers/patient.ts';

const KINDS = ['timeout', 'http500', 'garbled', 'commit-then-drop'] as const;
const COMMITS = new Set(['garbled', 'commit-then-drop']);

let daemon: RunningDaemon;
let call: ReturnType<typeof api>;
let persons: TestPerson[];
let next = 0;

beforeAll(async () => {
  daemon = await startDaemon({}, { insurance: { timeoutMs: 600, retries: 1 } });
  call = api(daemon.url);
  persons = (await testPersons(daemon.sandbox)).filter((p) => p.tags.length === 1 && p.tags[0] === 'employee');
});
afterAll(() => daemon?.stop());
afterEach(() => faults(daemon.sandbox));

const someone = () => persons[next++ % persons.length]!;
/** A random bill, or a small one with no consent to ask (one box of a 甲 drug): employees' accounts cover it. */
const newBill = async (p: TestPerson, small = false) => {
  const body = { certno: p.certno, ...(small && { lines: [{ med_list_codg: await amoxicillin(), quantity: 1 }] }) };
  const res = await fetch(`${daemon.sandbox}/his/admin/bills`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()).billId as string;
};
const amoxicillin = async () =>
  ((await (await fetch(`${daemon.sandbox}/center/admin/catalogue`)).json()) as Array<{ med_list_codg: string; name: string }>).find(
    (c) => c.name === '阿莫西林胶囊',
  )!.med_list_codg;
const openVisits = async (psnNo: string) =>
  (await (await fetch(`${daemon.sandbox}/center/admin/visits?fixmedins_code=H15010200021`)).json()).filter(
    (v: { psn_no: string; state: string; ipt_otp_no: string }) => v.psn_no === psnNo && v.state === 'registered' && v.ipt_otp_no.startsWith('S'),
  );

describe('platform faults while preparing', () => {
  for (const step of ['2201', '2203', '2204', '3101', '2206']) {
    for (const kind of KINDS) {
      it(`${kind} at ${step}: a plain 503, and the visit is given back`, async () => {
        const p = someone();
        const session = (await identify(daemon, p)).body;
        const billId = await newBill(p);
        await faults(daemon.sandbox, { infno: step, kind });
        const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [billId] });
        expect(pre.status).toBe(503);
        expect(pre.body.error).toMatchObject({ code: 'PLATFORM_UNAVAILABLE', message: { zh: expect.stringContaining('医保平台'), en: expect.any(String) } });
        await faults(daemon.sandbox);
        // Released at once, or by the outbox when the release itself met the fault.
        await expect.poll(() => openVisits(p.psnNo), { timeout: 10_000, interval: 250 }).toEqual([]);
      });
    }
  }
});

describe('platform faults while settling (2207)', () => {
  for (const kind of KINDS) {
    it(`${kind}: ${COMMITS.has(kind) ? 'found at the platform and kept' : 'not at the platform, so failed'} — exactly one outcome`, async () => {
      const p = someone();
      const session = (await identify(daemon, p)).body;
      const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [await newBill(p, true)] });
      expect(pre.body.split.cashFen).toBe(0);
      await faults(daemon.sandbox, { infno: '2207', kind });
      const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
      expect(confirm.body.status).toBe('settling');
      const final = await finalState(daemon.url, pre.body.settlementId);
      const atPlatform = (await ledger(daemon.sandbox)).filter((r) => r.mdtrt_id === final.mdtrtId || r.psn_no === p.psnNo).filter((r) => r.state === 'settled');
      if (COMMITS.has(kind)) {
        expect(final).toMatchObject({ status: 'settled', setlId: expect.any(String) });
        expect(atPlatform.filter((r) => r.setl_id === final.setlId)).toHaveLength(1);
      } else {
        expect(final).toMatchObject({ status: 'failed', failure: { zh: expect.any(String) } });
        expect(atPlatform.filter((r) => r.msgid.startsWith('H15010200021'))).toEqual([]);
      }
    });
  }

  it('a 2207 slower than the terminal waits: reversed before it arrives, so it never commits — one outcome', async () => {
    const p = someone();
    const session = (await identify(daemon, p)).body;
    const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [await newBill(p, true)] });
    // Answered (and committed) only after the terminal has given up, and after its look-up and reversal.
    await faults(daemon.sandbox, { infno: '2207', kind: 'latency', ms: 4000 });
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    expect(confirm.body.status).toBe('settling');
    const final = await finalState(daemon.url, pre.body.settlementId);
    expect(final).toMatchObject({ status: 'failed' });
    // Long enough for the slow original to have arrived: the platform refused it.
    await new Promise((r) => setTimeout(r, 4500));
    expect((await ledger(daemon.sandbox)).filter((r) => r.psn_no === p.psnNo && r.state === 'settled' && r.msgid.startsWith('H15010200021'))).toEqual([]);
  });

  it('[001-8.1.11] cancels a settlement whose cash part is not what the patient paid (the balance changed meanwhile), and says so', async () => {
    const p = someone();
    const session = (await identify(daemon, p)).body;
    const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [await newBill(p, true)] });
    expect(pre.body.split).toMatchObject({ cashFen: 0, accountFen: expect.any(Number) });
    expect(pre.body.split.accountFen).toBeGreaterThan(0);
    // The account is spent elsewhere between the pre-settlement and the settlement.
    await fetch(`${daemon.sandbox}/center/admin/persons/${p.psnNo}/account`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ balc: '0.00' }) });
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    expect(confirm.body).toMatchObject({ status: 'failed', failure: { en: expect.stringContaining('amounts changed') } });
    const mine = (await ledger(daemon.sandbox)).filter((r) => r.psn_no === p.psnNo && r.msgid.startsWith('H15010200021'));
    await expect.poll(async () => (await ledger(daemon.sandbox)).filter((r) => r.psn_no === p.psnNo && r.state === 'settled').length).toBe(0);
    expect(mine.length).toBeGreaterThan(0);
    await fetch(`${daemon.sandbox}/center/admin/persons/${p.psnNo}/account`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ balc: '5000.00' }) });
  });

  it('keeps the first pre-settlement when switching the account off fails, so a retry asks the platform again', async () => {
    const p = someone();
    const session = (await identify(daemon, p)).body;
    const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [await newBill(p, true)] });
    expect(pre.body.split.cashFen).toBe(0);
    await faults(daemon.sandbox, { infno: '2206', kind: 'http500' });
    expect((await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: false })).status).toBe(503);
    await faults(daemon.sandbox);
    const again = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: false });
    // Without the account the whole non-fund part is the patient's to pay by phone.
    expect(again.body).toMatchObject({ status: 'awaiting-payment', split: { accountFen: 0 } });
    expect(again.body.payment.amountFen).toBe(again.body.split.cashFen);
    expect(again.body.split.cashFen).toBeGreaterThan(0);
  });

  it('refunds the phone payment when the settlement after it did not happen', async () => {
    const p = (await testPersons(daemon.sandbox)).find((x) => x.tags.length === 1 && x.tags[0] === 'resident')!;
    const session = (await identify(daemon, p)).body;
    const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [await newBill(p, true)] });
    expect(pre.body.split.cashFen).toBeGreaterThan(0);
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    expect(confirm.body.status).toBe('awaiting-payment');
    await faults(daemon.sandbox, { infno: '2207', kind: 'http500' });
    await payQr(daemon.sandbox, confirm.body.payment.qrText);
    const final = await finalState(daemon.url, pre.body.settlementId);
    expect(final).toMatchObject({ status: 'failed' });
    expect((await payments(daemon.sandbox)).find((o) => o.merchantOrderNo === pre.body.settlementId)).toMatchObject({ state: 'refunded' });
  });

  it('keeps a paid settlement whose answer was lost after commit, and does not refund it', async () => {
    const p = (await testPersons(daemon.sandbox)).filter((x) => x.tags.length === 1 && x.tags[0] === 'resident')[1]!;
    const session = (await identify(daemon, p)).body;
    const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [await newBill(p, true)] });
    expect(pre.body.split.cashFen).toBeGreaterThan(0);
    const confirm = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
    expect(confirm.body.status).toBe('awaiting-payment');
    await faults(daemon.sandbox, { infno: '2207', kind: 'commit-then-drop' });
    await payQr(daemon.sandbox, confirm.body.payment.qrText);
    const final = await finalState(daemon.url, pre.body.settlementId);
    expect(final.status).toBe('settled');
    expect((await payments(daemon.sandbox)).find((o) => o.merchantOrderNo === pre.body.settlementId)).toMatchObject({ state: 'paid' });
    expect((await ledger(daemon.sandbox)).filter((r) => r.setl_id === final.setlId && r.state === 'settled')).toHaveLength(1);
  });
});
