// The app's state: one plain object, replaced on every change, with listeners. Screens render
// from it; only the flow (state/flow.ts) changes what is being done.
import type { Bill, DeviceKind, DeviceStatus, Health, Payment, Presettlement, ReceiptStatus, Session, Split, Via } from '../api.ts';
import type { Mode } from '../config.ts';
import type { Bilingual, Lang, StringKey } from '../i18n/i18n.ts';
import type { DictionaryName, Entry, Filing } from '../types/filing.ts';
import type { ProxyRelation, Sale } from '../types/pharmacy.ts';
import type { Records, Visit, VisitLine } from '../types/records.ts';
import type { ComplaintForm, InfoPage, InfoPageRef, PriceAnswer, PriceKind } from '../types/service-hall.ts';
import type { FilingErrors } from './filing-errors.ts';
import type { FilingDraft } from './filing-steps.ts';

export type ScreenName =
  | 'welcome'
  | 'services'
  | 'identify'
  | 'person'
  | 'bills'
  | 'split'
  | 'consent'
  | 'payment'
  | 'done'
  | 'survey'
  | 'goodbye'
  | 'problem'
  | 'filing-kinds'
  | 'filing-step'
  | 'filing-review'
  | 'filing-done'
  | 'filings'
  | 'filing-revoke'
  | 'prices'
  | 'info'
  | 'info-page'
  | 'records'
  | 'record-visit'
  | 'complaint'
  | 'complaint-done'
  | 'pharmacy-buyer'
  | 'pharmacy-sale';

/** What the service menu offers; the first four need the patient identified first. */
export type ServiceId = 'settle' | 'filing' | 'records' | 'pharmacy' | 'prices' | 'info' | 'complaint';

/** A message from our own tables or one the daemon sent in both languages. */
export type Message = { key: StringKey } | { text: Bilingual };

export type IdentifyMethod = 'ecqr' | 'idcard' | 'face' | 'ssc';

export interface Problem {
  message: Message;
  /** Say plainly what happened to the money. */
  money?: 'not-charged' | 'refunded';
  action: 'retry' | 'restart';
}

export interface SettledView {
  settlementId: string;
  setlId?: string;
  split: Split;
  receipt?: ReceiptStatus;
  invoiceUrl?: string;
}

export interface Ending {
  idle: boolean;
  outcome: 'settled' | 'not-charged' | 'none';
  thanks: boolean;
}

export interface FilingState {
  draft?: FilingDraft;
  /** Which question of the draft is on show. */
  step: number;
  /** Changing one answer from the review: "next" goes back to it. */
  editing: boolean;
  errors: FilingErrors;
  query: string;
  lists: Partial<Record<DictionaryName | 'doctors', Entry[]>>;
  commitment?: { text: Bilingual; version: string };
  result?: Filing;
  list?: Filing[];
  revoking?: Filing;
  /** The revoke just tried did not go through: refused by the platform, or it may go through if tried again. */
  revokeFailed?: 'refused' | 'retry';
  reprinting?: string;
}

export interface PriceState {
  query: string;
  kind?: PriceKind;
  page: number;
  answer?: PriceAnswer;
  loading: boolean;
  error?: Message;
}

export interface RecordsState {
  records?: Records;
  visit?: Visit;
  lines?: VisitLine[];
  page: number;
}

export interface ComplaintState {
  form?: ComplaintForm;
  step: 'category' | 'text' | 'phone';
  category?: string;
  text: string;
  phone: string;
  reference?: string;
  error?: Message;
}

export interface SaleState {
  /** 'who': self or for someone else (代购); then the buyer's details, one at a time. */
  step: 'who' | 'name' | 'certno' | 'relation' | 'phone';
  proxy: boolean;
  name: string;
  certno: string;
  relation?: ProxyRelation;
  phone: string;
  sale?: Sale;
  /** The last code refused, and why. */
  rejected?: { code: string; reason: Bilingual };
  typing: boolean;
  typed: string;
  error?: Message;
}

export const EMPTY_FILING: FilingState = { step: 0, editing: false, errors: {}, query: '', lists: {} };
export const EMPTY_PRICES: PriceState = { query: '', page: 0, loading: false };
export const EMPTY_RECORDS: RecordsState = { page: 0 };
export const EMPTY_COMPLAINT: ComplaintState = { step: 'category', text: '', phone: '' };
export const EMPTY_SALE: SaleState = { step: 'who', proxy: false, name: '', certno: '', phone: '', typing: false, typed: '' };

export interface KioskState {
  lang: Lang;
  mode: Mode;
  muted: boolean;
  screen: ScreenName;
  overlay: 'none' | 'idle' | 'staff';
  idleSecondsLeft: number;
  staffNotified: boolean;
  health?: Health;
  healthFailed: boolean;
  devices: Partial<Record<DeviceKind, DeviceStatus>>;
  identifyMethod?: IdentifyMethod;
  identifying?: Via;
  identifyError?: Message;
  faceDigits: string;
  session?: Session;
  elderlyOffer: boolean;
  bills?: Bill[];
  selected: string[];
  billsPage: number;
  presettlement?: Presettlement;
  /** The bills that pre-settlement is for: going back and on with the same ones reuses it. */
  presettledBills: string[];
  useAccount: boolean;
  showLines: boolean;
  payment?: Payment;
  paymentPhase: 'waiting' | 'paid' | 'expired';
  settled?: SettledView;
  reprinting: boolean;
  rating?: number;
  comments: string[];
  ending?: Ending;
  busy: boolean;
  notice?: Message;
  problem?: Problem;
  /** The service chosen from the menu, kept through identification. */
  service?: ServiceId;
  /** Bills chosen before the patient had to show their 医保码 again, to choose them again after. */
  pendingBills: string[];
  /** Whether this terminal sells drugs (pharmacy.enabled): the daemon's pharmacy routes answer. */
  pharmacy: boolean;
  filing: FilingState;
  prices: PriceState;
  info: { pages?: InfoPageRef[]; page?: InfoPage };
  records: RecordsState;
  complaint: ComplaintState;
  sale: SaleState;
}

export const initialState = (lang: Lang, mode: Mode): KioskState => ({
  lang,
  mode,
  muted: false,
  screen: 'welcome',
  overlay: 'none',
  idleSecondsLeft: 0,
  staffNotified: false,
  healthFailed: false,
  devices: {},
  faceDigits: '',
  elderlyOffer: false,
  selected: [],
  billsPage: 0,
  presettledBills: [],
  useAccount: true,
  showLines: false,
  paymentPhase: 'waiting',
  reprinting: false,
  comments: [],
  busy: false,
  pendingBills: [],
  pharmacy: false,
  filing: EMPTY_FILING,
  prices: EMPTY_PRICES,
  info: {},
  records: EMPTY_RECORDS,
  complaint: EMPTY_COMPLAINT,
  sale: EMPTY_SALE,
});

/** What a new patient starts from: nothing of the one before is kept. */
export const PATIENT_FIELDS_CLEARED: Partial<KioskState> = {
  identifyMethod: undefined,
  identifying: undefined,
  identifyError: undefined,
  faceDigits: '',
  session: undefined,
  elderlyOffer: false,
  bills: undefined,
  selected: [],
  billsPage: 0,
  presettlement: undefined,
  presettledBills: [],
  useAccount: true,
  showLines: false,
  payment: undefined,
  paymentPhase: 'waiting',
  settled: undefined,
  reprinting: false,
  rating: undefined,
  comments: [],
  notice: undefined,
  problem: undefined,
  busy: false,
  staffNotified: false,
  filing: EMPTY_FILING,
  prices: EMPTY_PRICES,
  info: {},
  records: EMPTY_RECORDS,
  complaint: EMPTY_COMPLAINT,
  sale: EMPTY_SALE,
};

export type Listener = (state: KioskState, before: KioskState) => void;

export class Store {
  private current: KioskState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: KioskState) {
    this.current = initial;
  }

  get state(): KioskState {
    return this.current;
  }

  set(patch: Partial<KioskState>): void {
    const before = this.current;
    this.current = { ...before, ...patch };
    for (const listener of [...this.listeners]) listener(this.current, before);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The split as it will be paid: without the personal account its share moves to the patient. */
export function splitAsPaid(split: Split, useAccount: boolean): Split {
  return useAccount ? split : { ...split, accountFen: 0, cashFen: split.cashFen + split.accountFen };
}
