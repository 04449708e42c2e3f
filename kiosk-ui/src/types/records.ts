// The person's own record (一人一档), read live: docs/patient-api.md, "Own records".
import type { Bilingual } from '../i18n/i18n.ts';
import type { Split } from '../api.ts';
import type { Filing, Named } from './filing.ts';

export interface Visit {
  mdtrtId: string;
  institution: Named;
  medType: string;
  medTypeName: Bilingual;
  begin: string;
  end?: string;
  diagnosis?: Named;
  /** The visit was withdrawn (registration cancelled): nothing was or will be paid for it. */
  cancelled: boolean;
  settlement?: { setlId: string; settledAt: string; inForce: boolean; split: Split };
}

export interface Records {
  from: string;
  to: string;
  visits: Visit[];
  filings: Filing[];
  accumulations: Array<{ year: string; kind: string; name: Bilingual; amountFen: number }>;
  medications: Array<{ settledAt: string; institution: Named; disease?: Named; item: Named; quantity: number; amountFen: number }>;
}

export interface VisitLine {
  name: string;
  code: string;
  listClass: '甲' | '乙' | '丙';
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
  selfPayFen: number;
  occurredAt: string;
}
