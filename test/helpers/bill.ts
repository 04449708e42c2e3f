// Builds outpatient visits against the sandbox through the real client: register (2201) with the
// person's ID number, upload fee lines (2204), and hand back what 2206/2207 need.
import { fen, lineAmount, type Fen } from '../../server/insurance/money.ts';
import type { InsurancePlatform } from '../../server/insurance/platform.ts';
import type { SettleArgs } from '../../server/insurance/transactions/2206.ts';
import type { FeeLine } from '../../server/insurance/transactions/2204.ts';
import type { AdminPerson } from './sandbox.ts';

export interface CatalogueEntry {
  med_list_codg: string;
  name: string;
  pric: string;
  list_class: '甲' | '乙' | '丙';
  selfpay_prop: string;
  kind: string;
  trace_product_id?: string;
}

let visitSerial = 0;

export const NOW = () => {
  const s = new Date(Date.now() + 8 * 3600_000).toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 19)}`;
};

export interface BillItem {
  item: CatalogueEntry;
  /** Whole units. */
  qty: number;
  /** Unit price in fen, when not the catalogue's. */
  priceFen?: number;
}

export interface Visit {
  mdtrtId: string;
  iptOtpNo: string;
  lines: FeeLine[];
  totalFen: Fen;
  args: (medType?: string, useAccount?: boolean) => SettleArgs;
  opts: { insuplcAdmdvs: string };
}

export const priceOf = (c: CatalogueEntry) => fen(Math.round(Number(c.pric) * 100));

export async function openVisit(p: InsurancePlatform, person: AdminPerson, items: BillItem[], cert?: { type: '01' | '02' | '03'; no: string; cardSn?: string }): Promise<Visit> {
  const opts = { insuplcAdmdvs: person.insuplc_admdvs };
  const iptOtpNo = `MZ${process.pid}${++visitSerial}${Date.now() % 100000}`;
  const credential = cert ?? { type: '02' as const, no: person.certno };
  const doctor = { code: 'D001', name: '王医生' };
  const dept = { code: 'NK01', name: '内科门诊' };
  const { mdtrtId } = await p.register(
    { psnNo: person.psn_no, insutype: person.insutype, begntime: NOW(), cert: credential, iptOtpNo, doctor, dept, caty: 'A03' },
    opts,
  );
  const lines: FeeLine[] = items.map(({ item, qty, priceFen }, i) => {
    const unit = fen(priceFen ?? priceOf(item));
    return {
      feedetlSn: `${iptOtpNo}-${i + 1}`,
      occurredAt: NOW(),
      listCode: item.med_list_codg,
      hospitalCode: `H-${item.med_list_codg.slice(0, 10)}`,
      unitPriceFen: unit,
      quantity: qty * 10_000,
      amountFen: lineAmount(unit, qty * 10_000),
      dept,
      doctor,
    };
  });
  if (lines.length > 0) await p.uploadFees({ mdtrtId, psnNo: person.psn_no, chrgBchno: 'B1', lines }, opts);
  const totalFen = fen(lines.reduce((s, l) => s + l.amountFen, 0));
  return {
    mdtrtId,
    iptOtpNo,
    lines,
    totalFen,
    opts,
    args: (medType = '11', useAccount = true) => ({
      psnNo: person.psn_no,
      cert: credential,
      medType,
      totalFen,
      mdtrtId,
      chrgBchno: 'B1',
      insutype: person.insutype,
      useAccount,
    }),
  };
}
