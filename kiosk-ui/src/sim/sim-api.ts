// The simulator control API (/api/sim), as the /sim page uses it.
export interface SimState {
  idcard: { presented: string | null } | null;
  scanner: boolean;
  printer: { paperOut: boolean; paperNearEnd: boolean; coverOpen: boolean } | null;
  sandbox: boolean;
}

export interface TestPerson {
  psnNo: string;
  name: string;
  certno: string;
  ecqr: string;
  tags: string[];
  card: string;
  validTo: string;
}

export interface DemoCard {
  index: number;
  kind: string;
  name: string;
  certno: string;
  validTo: string;
}

export interface PendingPayment {
  orderId: string;
  amountFen: number;
  subject: string;
  expiresAt: string;
}

export type ReceiptLine = { kind: 'text'; text: string; bold: boolean; width: number; height: number } | { kind: 'qr'; data: string };
export interface Receipt {
  lines: ReceiptLine[];
  cut: string;
  problems: string[];
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const answer = await res.json();
  if (!res.ok) throw new Error(answer?.error?.message?.zh ?? `HTTP ${res.status}`);
  return answer as T;
}

export const sim = {
  state: () => call<SimState>('GET', '/api/sim'),
  persons: () => call<TestPerson[]>('GET', '/api/sim/persons'),
  demoCards: () => call<DemoCard[]>('GET', '/api/sim/demo-cards'),
  present: (who: { psnNo: string } | { demo: number }) => call('POST', '/api/sim/idcard/present', who),
  lift: () => call('POST', '/api/sim/idcard/lift'),
  damage: () => call('POST', '/api/sim/idcard/damage'),
  scan: (what: { text: string } | { ecqrOf: string }) => call('POST', '/api/sim/scanner/scan', what),
  printer: (set: Partial<NonNullable<SimState['printer']>>) => call('PUT', '/api/sim/printer', set),
  receipts: () => call<Receipt[]>('GET', '/api/sim/printer/receipts'),
  payments: () => call<PendingPayment[]>('GET', '/api/sim/payments'),
  pay: (orderId: string) => call('POST', `/api/sim/payments/${encodeURIComponent(orderId)}/pay`),
};
