// Prices, information pages and complaints: docs/patient-api.md, no session needed.
import type { Bilingual } from '../i18n/i18n.ts';

export type PriceKind = 'drug' | 'consumable' | 'service';

export interface PriceItem {
  code: string;
  hospitalCode: string;
  name: string;
  spec: string;
  unit: string;
  kind: PriceKind;
  kindName: Bilingual;
  unitPriceFen: number;
  listClass: '甲' | '乙' | '丙';
  listClassName: Bilingual;
  /** 乙类 self-pay share before the fund pays, ‰; 0 for 甲, 1000 for 丙. */
  selfPayPermille: number;
}

export interface PriceAnswer {
  items: PriceItem[];
  total: number;
  updatedAt: string;
  complaintPage: string;
}

export interface InfoPageRef {
  id: string;
  title: Bilingual;
}

export type Block = { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'list'; ordered: boolean; items: string[] };

export interface InfoPage extends InfoPageRef {
  blocks: { zh: Block[]; en: Block[] };
}

export interface ComplaintForm {
  categories: Array<{ id: string; name: Bilingual }>;
  phoneNotice: Bilingual;
}

export interface ComplaintBody {
  category: string;
  text: string;
  phone?: string;
  sessionId?: string;
}
