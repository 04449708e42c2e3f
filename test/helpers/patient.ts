// A patient at the terminal, over the patient API: identify with a 医保码, pick bills, settle, pay
// on the "phone" (the payment sandbox's admin route). For integration and fault tests.
import type { RunningDaemon } from './daemon.ts';

export interface ApiAnswer {
  status: number;
  body: any;
}

export function api(base: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> => {
    const res = await fetch(new URL(path, base), {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

export interface TestPerson {
  psnNo: string;
  name: string;
  certno: string;
  ecqr: string;
  tags: string[];
}

/** Test persons with a fresh 医保码 each. */
export async function testPersons(sandbox: string): Promise<TestPerson[]> {
  const persons = (await (await fetch(`${sandbox}/center/admin/persons`)).json()) as Array<{ psn_no: string; psn_name: string; certno: string; ecqr: string; tags: string[] }>;
  return persons.map((p) => ({ psnNo: p.psn_no, name: p.psn_name, certno: p.certno, ecqr: p.ecqr, tags: p.tags }));
}

export async function freshQr(sandbox: string, psnNo: string): Promise<string> {
  return (await testPersons(sandbox)).find((p) => p.psnNo === psnNo)!.ecqr;
}

/** A new unpaid outpatient bill in the HIS for this person. */
export async function newBill(sandbox: string, certno: string): Promise<string> {
  const res = await fetch(`${sandbox}/his/admin/bills`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ certno }) });
  return ((await res.json()) as { billId: string }).billId;
}

/** The patient's phone pays the order behind a payment QR. */
export async function payQr(sandbox: string, qrText: string): Promise<number> {
  return (await fetch(`${sandbox}/payment/admin/orders/${qrText.split('/').pop()}/pay`, { method: 'POST' })).status;
}

export async function ledger(sandbox: string, fixmedinsCode = 'H15010200021') {
  return (await (await fetch(`${sandbox}/center/admin/ledger?fixmedins_code=${fixmedinsCode}`)).json()) as Array<{
    msgid: string;
    setl_id: string;
    mdtrt_id: string;
    psn_no: string;
    medfee_sumamt: string;
    fund_pay_sumamt: string;
    acct_pay: string;
    psn_cash_pay: string;
    setl_time: string;
    state: 'settled' | 'cancelled' | 'reversed';
  }>;
}

export async function payments(sandbox: string) {
  return (await (await fetch(`${sandbox}/payment/admin/ledger`)).json()) as Array<{ orderId: string; merchantOrderNo: string; amountFen: number; state: string }>;
}

export async function faults(sandbox: string, fault?: Record<string, unknown>) {
  if (!fault) return fetch(`${sandbox}/center/admin/faults`, { method: 'DELETE' });
  return fetch(`${sandbox}/center/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rate: 1, ...fault }) });
}

/** Identifies with a 医保码 and answers the session. */
export async function identify(daemon: Pick<RunningDaemon, 'url' | 'sandbox'>, person: TestPerson): Promise<ApiAnswer> {
  return api(daemon.url)('POST', '/api/sessions', { credential: { type: 'ecqr', code: await freshQr(daemon.sandbox, person.psnNo) } });
}

/** Waits for a settlement to leave its working states. */
export async function finalState(base: string, settlementId: string, timeoutMs = 15_000): Promise<any> {
  const call = api(base);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await call('GET', `/api/settlements/${settlementId}`);
    if (!['presettled', 'awaiting-payment', 'settling'].includes(body.status) || Date.now() > deadline) return body;
    await new Promise((r) => setTimeout(r, 150));
  }
}
