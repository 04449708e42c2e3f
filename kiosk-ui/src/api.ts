// The daemon's patient API (docs/patient-api.md) as the UI uses it. The UI imports nothing of the
// server: these types mirror the documented answers. Money is integer fen throughout.
import type { Bilingual } from './i18n/i18n.ts';
import type { DictionaryName, Doctor, Entry, Filing, FilingBody, FilingKind, Proof } from './types/filing.ts';
import type { ProxyBuyer, Sale } from './types/pharmacy.ts';
import type { Records, VisitLine } from './types/records.ts';
import type { ComplaintBody, ComplaintForm, InfoPage, InfoPageRef, PriceAnswer, PriceKind } from './types/service-hall.ts';

export type DeviceState = 'disabled' | 'absent' | 'connecting' | 'ready' | 'busy' | 'error';
export type DeviceKind = 'idcard' | 'scanner' | 'camera' | 'printer';
export type Via = 'idcard' | 'ecqr' | 'face';

export interface DeviceStatus {
  state: DeviceState;
  reason?: Bilingual;
  since?: string;
}

export interface Health {
  status: 'ok' | 'degraded' | 'starting' | 'stopping';
  version: string;
  profile: string;
  platform: { reachable: boolean; signedIn: boolean };
  devices: Record<DeviceKind, DeviceStatus>;
}

export interface PersonView {
  maskedName: string;
  maskedCertno: string;
  gender: 'male' | 'female' | 'unknown';
  age: number;
  elderly: boolean;
  insutype: string;
  insutypeName: Bilingual;
  insuranceInForce: boolean;
  accountBalanceFen: number;
}

export interface Session {
  sessionId: string;
  via: Via;
  person: PersonView;
  services: string[];
}

export interface BillLine {
  lineNo: number;
  name: string;
  spec?: string;
  unit?: string;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
  category?: Bilingual;
}

export interface Bill {
  billId: string;
  kind: 'outpatient' | 'inpatient';
  medType: string;
  medTypeName: Bilingual;
  dept: Bilingual;
  doctor?: string;
  createdAt: string;
  diagnoses: Array<{ code: string; name: string }>;
  lines: BillLine[];
  totalFen: number;
  settleable: boolean;
  notSettleableReason?: Bilingual;
}

export interface Split {
  totalFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

export interface SettlementLine {
  name: string;
  spec?: string;
  unit?: string;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
  listClass: '甲' | '乙' | '丙';
  selfPayFen: number;
  category?: Bilingual;
}

export interface Consent {
  items: Array<{ name: string; amountFen: number; unitPriceFen: number }>;
  totalFen: number;
  text: Bilingual;
}

export interface Presettlement {
  settlementId: string;
  status: 'presettled';
  split: Split;
  useAccount: boolean;
  lines: SettlementLine[];
  warnings: Array<{ code: string; message: Bilingual }>;
  consentRequired: boolean;
  consent?: Consent;
}

export interface Payment {
  qrText: string;
  amountFen: number;
  expiresAt: string;
}

/** The contract leaves the reason's shape open: the daemon's reasons are bilingual elsewhere. */
export interface ReceiptStatus {
  status: 'printed' | 'kept';
  reason?: Bilingual | string;
}

export type SettlementStatus = 'presettled' | 'awaiting-payment' | 'settling' | 'settled' | 'failed' | 'expired';

export interface Settled {
  status: 'settled';
  settlementId: string;
  setlId: string;
  split: Split;
  receipt: ReceiptStatus;
  invoiceUrl?: string;
}

export interface AwaitingPayment {
  status: 'awaiting-payment';
  settlementId: string;
  split: Split;
  payment: Payment;
}

export interface SettlementState {
  settlementId: string;
  status: SettlementStatus;
  split: Split;
  setlId?: string;
  payment?: Payment;
  receipt?: ReceiptStatus;
  invoiceUrl?: string;
  failure?: Bilingual;
}

export interface ConfirmBody {
  useAccount: boolean;
  consent?: { accepted: true; signature: string };
}

export type ScanAnswer = { kind: 'session'; session: Session } | { kind: 'trace' | 'slip'; code: string };

const NETWORK: Bilingual = {
  zh: '本机暂时连接不上服务。请稍后再试，或呼叫工作人员。',
  en: 'The terminal cannot connect right now. Please try again later, or call staff.',
};

/** Every failure the patient may be told about: the daemon's code and bilingual message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: Bilingual,
  ) {
    super(`${status} ${code}: ${bilingual.en}`);
    this.name = 'ApiError';
  }

  /** Our side or the platform's, not the patient's: worth trying again. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

async function call<T>(method: string, path: string, body?: unknown, timeoutMs = 20_000): Promise<{ status: number; body: T }> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      signal: AbortSignal.timeout(timeoutMs),
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK);
  }
  if (res.status === 204) return { status: 204, body: undefined as T };
  const answer = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: Bilingual } } | undefined;
  if (!res.ok) {
    const message = answer?.error?.message;
    throw new ApiError(res.status, answer?.error?.code ?? `HTTP_${res.status}`, message?.zh && message.en ? message : NETWORK);
  }
  return { status: res.status, body: answer as T };
}

const json = async <T>(method: string, path: string, body?: unknown, timeoutMs?: number): Promise<T> => (await call<T>(method, path, body, timeoutMs)).body;
const sid = (id: string) => encodeURIComponent(id);

/** Settling registers, uploads and pre-settles with the platform: allow for its retries. */
const PLATFORM_MS = 60_000;

export const api = {
  health: () => json<Health>('GET', '/api/health'),
  openByFace: (certno: string) => json<Session>('POST', '/api/sessions', { credential: { type: 'face', certno } }, PLATFORM_MS),
  async scan(code: string): Promise<ScanAnswer> {
    const { status, body } = await call<Session | { kind: 'trace' | 'slip'; code: string }>('POST', '/api/scans', { code }, PLATFORM_MS);
    return status === 201 ? { kind: 'session', session: body as Session } : (body as { kind: 'trace' | 'slip'; code: string });
  },
  session: (id: string) => json<Session>('GET', `/api/sessions/${sid(id)}`),
  endSession: (id: string) => json<void>('DELETE', `/api/sessions/${sid(id)}`),
  bills: (id: string) => json<Bill[]>('GET', `/api/sessions/${sid(id)}/bills`, undefined, PLATFORM_MS),
  presettle: (id: string, billIds: string[]) => json<Presettlement>('POST', `/api/sessions/${sid(id)}/settlements`, { billIds }, PLATFORM_MS),
  confirm: (settlementId: string, body: ConfirmBody) =>
    json<Settled | AwaitingPayment>('POST', `/api/settlements/${sid(settlementId)}/confirm`, body, PLATFORM_MS),
  settlement: (settlementId: string) => json<SettlementState>('GET', `/api/settlements/${sid(settlementId)}`),
  reprint: (settlementId: string) => json<ReceiptStatus>('POST', `/api/settlements/${sid(settlementId)}/receipt`),
  survey: (body: { sessionId?: string; rating: number; comments?: string }) => json<unknown>('POST', '/api/feedback/survey', body),
  callStaff: (body: { sessionId?: string; screen: string }) => json<unknown>('POST', '/api/assistance', body),
  /** Drops a pre-settlement not yet confirmed, so its bills can be settled another way. */
  dropSettlement: (settlementId: string) => json<void>('DELETE', `/api/settlements/${sid(settlementId)}`),

  prices: (q: { q?: string; kind?: PriceKind; limit: number; offset: number }) => {
    const params = new URLSearchParams({ limit: String(q.limit), offset: String(q.offset) });
    if (q.q) params.set('q', q.q);
    if (q.kind) params.set('kind', q.kind);
    return json<PriceAnswer>('GET', `/api/prices?${params}`);
  },
  infoPages: () => json<{ pages: InfoPageRef[] }>('GET', '/api/info'),
  infoPage: (id: string) => json<InfoPage>('GET', `/api/info/${sid(id)}`),
  complaintForm: () => json<ComplaintForm>('GET', '/api/feedback/complaint-form'),
  complain: (body: ComplaintBody) => json<{ reference: string; receivedAt: string }>('POST', '/api/feedback/complaints', body),

  dictionary: (name: DictionaryName) => json<Entry[]>('GET', `/api/filings/dictionary/${name}`, undefined, PLATFORM_MS),
  doctors: () => json<Doctor[]>('GET', '/api/filings/doctors', undefined, PLATFORM_MS),
  traumaCommitment: () => json<{ text: Bilingual; version: string }>('GET', '/api/filings/trauma-commitment'),
  file: (id: string, body: FilingBody) => json<Filing & { proof: Proof }>('POST', `/api/sessions/${sid(id)}/filings`, body, PLATFORM_MS),
  filings: (id: string, kind?: FilingKind) => json<Filing[]>('GET', `/api/sessions/${sid(id)}/filings${kind ? `?kind=${kind}` : ''}`, undefined, PLATFORM_MS),
  revokeFiling: (id: string, filingSn: string) => json<Filing>('POST', `/api/sessions/${sid(id)}/filings/${sid(filingSn)}/revoke`, {}, PLATFORM_MS),
  reprintProof: (id: string, filingSn: string) => json<Proof>('POST', `/api/sessions/${sid(id)}/filings/${sid(filingSn)}/proof`),

  records: (id: string) => json<Records>('GET', `/api/sessions/${sid(id)}/records`, undefined, PLATFORM_MS),
  visitLines: (id: string, mdtrtId: string) => json<VisitLine[]>('GET', `/api/sessions/${sid(id)}/records/visits/${sid(mdtrtId)}/lines`, undefined, PLATFORM_MS),

  openSales: () => json<{ sales: Sale[] }>('GET', '/api/pharmacy-sales?state=open'),
  startSale: (id: string, proxy?: ProxyBuyer) => json<Sale>('POST', `/api/sessions/${sid(id)}/pharmacy-sales`, proxy ? { proxy } : {}),
  addTraceCode: (saleId: string, code: string) => json<Sale>('POST', `/api/pharmacy-sales/${sid(saleId)}/codes`, { code }),
  removeTraceCode: (saleId: string, code: string) => json<Sale>('DELETE', `/api/pharmacy-sales/${sid(saleId)}/codes/${sid(code)}`),
  sale: (saleId: string) => json<Sale>('GET', `/api/pharmacy-sales/${sid(saleId)}`),
  completeSale: (saleId: string) => json<Sale>('POST', `/api/pharmacy-sales/${sid(saleId)}/complete`, {}, PLATFORM_MS),
  cancelSale: (saleId: string) => json<void>('DELETE', `/api/pharmacy-sales/${sid(saleId)}`),
};

export type Api = typeof api;
