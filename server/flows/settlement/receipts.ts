// The 结算单 and the 费用明细 (seed 001 §6.3.2, §8.4.6), printed after settling and again on request,
// from what the settlement record keeps (masked).
import { feeList } from '../../../device/printer/templates/fee-list.ts';
import { settlementSlip } from '../../../device/printer/templates/settlement-slip.ts';
import { updateSettlement, type ReceiptOutcome, type SettlementRecord } from '../../store/settlements.ts';
import type { SettlementDeps } from './deps.ts';

export type ReceiptResult = ReceiptOutcome;

const CLASS = { 甲: 'A', 乙: 'B', 丙: 'C' } as const;

export async function printReceipts(deps: SettlementDeps, s: SettlementRecord): Promise<ReceiptResult> {
  const r = s.receipt;
  const split = s.split!;
  const slip = settlementSlip({
    institutionName: r.institutionName,
    patientName: r.maskedName,
    certno: r.maskedCertno,
    insuranceType: r.insuranceType,
    visitType: r.visitType,
    settledAt: new Date(s.updatedAt),
    settlementId: s.setlId!,
    total: split.totalFen,
    fund: split.fundFen,
    account: split.accountFen,
    cash: split.cashFen,
    balance: s.balanceFen ?? 0,
  });
  const list = feeList({
    institutionName: r.institutionName,
    patientName: r.maskedName,
    settlementId: s.setlId!,
    lines: r.lines.map((l) => ({ category: l.category, name: l.name, listClass: CLASS[l.listClass], quantity: l.quantity, amount: l.amountFen, selfPay: l.selfPayFen })),
    ...(s.invoiceUrl ? { invoiceUrl: s.invoiceUrl } : {}),
  });
  const results = [await deps.devices.print(slip), await deps.devices.print(list)];
  const kept = results.find((r) => r.status === 'kept');
  const outcome: ReceiptOutcome = kept?.status === 'kept' ? { status: 'kept', reason: kept.reason } : { status: 'printed' };
  await updateSettlement(deps.db, s.id, { printed: outcome });
  return outcome;
}
