// The 结算单 and 费用明细 after settling: the platform's settlement time on every print, a receipt
// the printer could not print kept once on the operator's list until someone prints it, and put
// back on that list after a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type RunningDaemon } from '../../helpers/daemon.ts';
import { api, identify, ledger, testPersons, type TestPerson } from '../../helpers/patient.ts';

let daemon: RunningDaemon;
let persons: TestPerson[];
const used = new Set<string>();
const person = () => {
  const p = persons.find((x) => x.tags.length === 1 && x.tags[0] === 'employee' && !used.has(x.psnNo))!;
  used.add(p.psnNo);
  return p;
};

beforeAll(async () => {
  daemon = await startDaemon();
  persons = await testPersons(daemon.sandbox);
});
afterAll(() => daemon?.stop());

async function settleOne(d: RunningDaemon) {
  const call = api(d.url);
  const p = person();
  // One cheap 甲 drug: the personal account covers it, so it settles without a phone payment.
  const catalogue: Array<{ med_list_codg: string; name: string }> = await (await fetch(`${d.sandbox}/center/admin/catalogue`)).json();
  const line = { med_list_codg: catalogue.find((c) => c.name === '维生素C片')!.med_list_codg, quantity: 1 };
  const bill = await (await fetch(`${d.sandbox}/his/admin/bills`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ certno: p.certno, lines: [line] }) })).json();
  const session = (await identify(d, p)).body;
  const pre = await call('POST', `/api/sessions/${session.sessionId}/settlements`, { billIds: [bill.billId] });
  const done = await call('POST', `/api/settlements/${pre.body.settlementId}/confirm`, { useAccount: true });
  return { settlementId: pre.body.settlementId as string, done: done.body };
}

async function operator(d: RunningDaemon) {
  const login = await api(d.url)('POST', '/api/operator/login', { pin: '000000' });
  return { authorization: `Bearer ${login.body.token}` };
}

const slips = async (d: RunningDaemon) =>
  ((await api(d.url)('GET', '/api/sim/printer/receipts')).body as Array<{ lines: Array<{ text?: string }> }>).map((r) => r.lines.map((l) => l.text ?? '').join('\n'));

describe('receipts', () => {
  it('[001-6.3.2] prints the platform\'s settlement time, the same on a reprint', async () => {
    const { settlementId, done } = await settleOne(daemon);
    expect(done, JSON.stringify(done)).toMatchObject({ status: "settled" });
    const setlTime = (await ledger(daemon.sandbox)).find((r) => r.setl_id === done.setlId)!.setl_time;
    await new Promise((r) => setTimeout(r, 1100));
    expect((await api(daemon.url)('POST', `/api/settlements/${settlementId}/receipt`)).body).toEqual({ status: 'printed' });
    const printed = (await slips(daemon)).filter((t) => t.includes(done.setlId) && t.includes('结算时间'));
    expect(printed).toHaveLength(2);
    for (const text of printed) expect(text).toContain(setlTime);
  });

  it('[001-6.3.2] keeps a receipt the printer could not print once, and lets it go when the patient reprints it', async () => {
    const call = api(daemon.url);
    const auth = await operator(daemon);
    await call('PUT', '/api/sim/printer', { paperOut: true });
    const { settlementId, done } = await settleOne(daemon);
    expect(done.receipt).toMatchObject({ status: 'kept' });
    expect((await call('POST', `/api/settlements/${settlementId}/receipt`)).body).toMatchObject({ status: 'kept' });
    const jobs = (await call('GET', '/api/operator/printer/jobs', undefined, auth)).body.map((j: { id: string }) => j.id);
    expect(jobs.sort()).toEqual([`${settlementId}:list`, `${settlementId}:slip`]);
    await call('PUT', '/api/sim/printer', { paperOut: false });
    expect((await call('POST', `/api/settlements/${settlementId}/receipt`)).body).toEqual({ status: 'printed' });
    expect((await call('GET', '/api/operator/printer/jobs', undefined, auth)).body).toEqual([]);
  });

  it('[001-6.3.2] puts kept receipts back on the operator\'s list after a restart; printed from there, the settlement says printed', async () => {
    const first = await startDaemon();
    let second: RunningDaemon | undefined;
    try {
      await api(first.url)('PUT', '/api/sim/printer', { paperOut: true });
      const { settlementId, done } = await settleOne(first);
      expect(done.receipt).toMatchObject({ status: 'kept' });
      await first.stop();
      second = await startDaemon({ KIOSK_DATA_DIR: first.dataDir });
      const call = api(second.url);
      const auth = await operator(second);
      await expect.poll(async () => (await call('GET', '/api/operator/printer/jobs', undefined, auth)).body.length).toBe(2);
      for (const part of ['slip', 'list']) {
        expect((await call('POST', `/api/operator/printer/jobs/${settlementId}:${part}/reprint`, undefined, auth)).body).toMatchObject({ status: 'printed' });
      }
      expect((await call('GET', `/api/settlements/${settlementId}`)).body).toMatchObject({ status: 'settled', receipt: { status: 'printed' } });
      expect((await slips(second)).some((t) => t.includes(done.setlId) && t.includes('结算单'))).toBe(true);
    } finally {
      await first.stop();
      await second?.stop();
    }
  });
});
