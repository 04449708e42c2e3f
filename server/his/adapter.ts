// The hospital system as the kiosk needs it. A real HIS plugs in by implementing this interface;
// flows never see more of it.
import type { Bilingual } from '../errors.ts';

export interface HisLine {
  lineNo: number;
  /** National catalogue code (med_list_codg) and the hospital's own. */
  listCode: string;
  hospitalCode: string;
  name: string;
  spec: string;
  unit: string;
  /** Whole units. */
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
  category: { code: string } & Bilingual;
}

export interface HisBill {
  billId: string;
  kind: 'outpatient' | 'inpatient';
  /** The medical type it is to be settled as (11 outpatient, 14 chronic disease, 21 inpatient, …). */
  medType: string;
  dept: { code: string } & Bilingual;
  doctor: { code: string; name: string };
  diagnoses: Array<{ code: string; name: string }>;
  createdAt: string;
  lines: HisLine[];
  totalFen: number;
}

export interface Invoice {
  invoiceNo: string;
  url: string;
}

export interface PaidBy {
  settlementId: string;
  setlId: string;
  totalFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

export interface HisAdapter {
  /** The patient's unpaid bills, by ID number. */
  listBills(certno: string): Promise<HisBill[]>;
  /** Marks a bill paid by a settlement and answers its e-invoice; the same settlement again is a no-op. */
  markPaid(billId: string, paid: PaidBy): Promise<Invoice>;
  /** Undoes markPaid after the settlement was cancelled or reversed. */
  reopen(billId: string, setlId: string): Promise<void>;
  invoiceFor(billId: string): Promise<Invoice | null>;
}
