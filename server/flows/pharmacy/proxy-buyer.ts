// Who bought on the person's behalf (代购). Seed 004 (第十条 4) wants the purchase archive to say
// so; seed 001 §8.1.12 and DESIGN forbid keeping ID card contents. So the buyer's ID number is
// checked and then kept masked, with a masked name and phone and the relation: enough to find the
// signed paper 代购登记表 that holds the full identity, nothing a credential could be rebuilt from.
import { idNumberValid } from '../../../device/idcard/id-number.ts';
import { maskCertno, maskName, maskPhone } from '../../policy/privacy.ts';
import type { ProxyBuyer } from '../../store/pharmacy-sales.ts';
import { CERTNO_INVALID } from './sale-errors.ts';

export const PROXY_RELATIONS = ['spouse', 'parent', 'child', 'relative', 'other'] as const;
export type ProxyRelation = (typeof PROXY_RELATIONS)[number];

/** The buyer as entered at the counter; it goes no further than maskedBuyer. */
export interface ProxyEntry {
  name: string;
  certno: string;
  relation: ProxyRelation;
  phone?: string;
}

export function maskedBuyer(proxy: ProxyEntry): ProxyBuyer {
  const certno = proxy.certno.trim().toUpperCase();
  if (!idNumberValid(certno)) throw CERTNO_INVALID;
  return {
    maskedName: maskName(proxy.name),
    maskedCertno: maskCertno(certno),
    relation: proxy.relation,
    ...(proxy.phone ? { maskedPhone: maskPhone(proxy.phone) } : {}),
  };
}
