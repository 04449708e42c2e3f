// The app's state: one plain object, replaced on every change, with listeners. Screens render
// from it; only the flow (state/flow.ts) changes what is being done.
import type { Bill, DeviceKind, DeviceStatus, Health, Payment, Presettlement, ReceiptStatus, Session, Split, Via } from '../api.ts';
import type { Mode } from '../config.ts';
import type { Bilingual, Lang, StringKey } from '../i18n/i18n.ts';

export type ScreenName = 'welcome' | 'identify' | 'person' | 'bills' | 'split' | 'consent' | 'payment' | 'done' | 'survey' | 'goodbye' | 'problem';

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
