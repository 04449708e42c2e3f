// The 结算单 and the 费用明细 (seed 001 §6.3.2, §8.4.6), printed after settling and again on request,
// from what the settlement record keeps (masked). Each is a printer job named after its settlement,
// so a receipt kept for a reprint is one job however often it failed, comes back to the operator's
// list after a restart, and counts as printed whoever prints it.
import type { ReceiptDocument } from '../../../device/printer/document.ts';
import { feeList } from '../../../device/printer/templates/fee-list.ts';
import { settlementSlip } from '../../../device/printer/templates/settlement-slip.ts';
import { keptReceipts, getSettlement, updateSettlement, type ReceiptOutcome, type SettlementRecord } from '../../store/settlements.ts';
import type { SettlementDeps } from './deps.ts';

export type ReceiptResult = ReceiptOutcome;

const CLASS = { 甲: 'A', 乙: 'B', 丙: 'C' } as const;
const PARTS = ['slip', 'list'] as const;
const JOB = /^(.+):(slip|list)$/;

const jobId = (settlementId: string, part: (typeof PARTS)[number]) => `${settlementId}:${part}`;

function documents(s: SettlementRecord): [ReceiptDocument, ReceiptDocument] {
  const r = s.receipt;
  const split = s.split!;
  const slip = settlementSlip({
    institutionName: r.institutionName,
    patientName: r.maskedName,
    certno: r.maskedCertno,
    insuranceType: r.insuranceType,
    visitType: r.visitType,
    settledAt: new Date(s.settledAt ?? s.updatedAt),
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
  return [slip, list];
}

export async function printReceipts(deps: SettlementDeps, s: SettlementRecord): Promise<ReceiptResult> {
  const docs = documents(s);
  const results = [await deps.devices.print(docs[0], jobId(s.id, 'slip')), await deps.devices.print(docs[1], jobId(s.id, 'list'))];
  const kept = results.find((r) => r.status === 'kept');
  const outcome: ReceiptOutcome = kept?.status === 'kept' ? { status: 'kept', reason: kept.reason } : { status: 'printed' };
  await updateSettlement(deps.db, s.id, { printed: outcome });
  return outcome;
}

/** At start: the receipts that were still waiting for a reprint go back on the operator's list. */
export async function requeueKeptReceipts(deps: SettlementDeps): Promise<void> {
  for (const s of await keptReceipts(deps.db)) {
    if (s.printed?.status !== 'kept') continue;
    const docs = documents(s);
    for (const [i, part] of PARTS.entries()) deps.devices.keep(docs[i]!, s.printed.reason, jobId(s.id, part));
  }
}

/** A kept job printed from the operator's list: once neither part of a receipt waits, it is printed. */
export async function receiptJobPrinted(deps: SettlementDeps, printedJob: string): Promise<void> {
  const settlementId = JOB.exec(printedJob)?.[1];
  if (!settlementId || PARTS.some((part) => deps.devices.isKept(jobId(settlementId, part)))) return;
  if (await getSettlement(deps.db, settlementId)) await updateSettlement(deps.db, settlementId, { printed: { status: 'printed' } });
}
