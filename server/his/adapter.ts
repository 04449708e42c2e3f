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

export type ItemKind = 'drug' | 'consumable' | 'service';
export type ListClass = '甲' | '乙' | '丙';

/** One entry of the institution's price list, with the platform's list class it is mapped to (医保目录对照). */
export interface PriceItem {
  /** National catalogue code (med_list_codg) and the institution's own. */
  listCode: string;
  hospitalCode: string;
  name: string;
  spec: string;
  unit: string;
  kind: ItemKind;
  unitPriceFen: number;
  listClass: ListClass;
  /** The self-pay share before the fund pays (乙类), in permille: 0 for 甲, 1000 for 丙. */
  selfPayPermille: number;
  /** Drugs: the 7-digit product id that leads every package's 20-digit trace code. */
  traceProductId?: string;
  /** Drugs: sold only on prescription (rx_flag). */
  prescription?: boolean;
}

export interface Doctor {
  code: string;
  name: string;
  dept: { code: string } & Bilingual;
}

export interface HisAdapter {
  /** The institution's doctors (who may sign a diagnosis for a filing). */
  doctors(): Promise<Doctor[]>;
  /** The patient's unpaid bills, by ID number. */
  listBills(certno: string): Promise<HisBill[]>;
  /** Marks a bill paid by a settlement and answers its e-invoice; the same settlement again is a no-op. */
  markPaid(billId: string, paid: PaidBy): Promise<Invoice>;
  /** Undoes markPaid after the settlement was cancelled or reversed. */
  reopen(billId: string, setlId: string): Promise<void>;
  invoiceFor(billId: string): Promise<Invoice | null>;
  /** The whole price list, for price disclosure (seed 001 §6.3.1) and the pharmacy's trace-code checks. */
  priceList(): Promise<PriceItem[]>;
}
