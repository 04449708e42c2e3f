// A pharmacy sale with drug trace codes: docs/patient-api.md, "Pharmacy sale".
import type { Bilingual } from '../i18n/i18n.ts';

export const PROXY_RELATIONS = ['spouse', 'parent', 'child', 'relative', 'other'] as const;
export type ProxyRelation = (typeof PROXY_RELATIONS)[number];

export interface ProxyBuyer {
  name: string;
  certno: string;
  relation: ProxyRelation;
  phone?: string;
}

export type SaleLineState = 'open' | 'reported' | 'refused' | 'unknown';

export interface SaleLine {
  listCode: string;
  hospitalCode: string;
  name: string;
  spec: string;
  unit: string;
  unitPriceFen: number;
  quantity: number;
  amountFen: number;
  prescription: boolean;
  traceCodes: string[];
  state: SaleLineState;
  refusal?: Bilingual;
}

export interface Sale {
  saleId: string;
  state: 'open' | 'completed' | 'cancelled';
  person: { maskedName: string; maskedCertno: string };
  proxy?: { maskedName: string; maskedCertno: string; relation: string; maskedPhone?: string };
  lines: SaleLine[];
  totalFen: number;
  createdAt: string;
  completedAt?: string;
}
