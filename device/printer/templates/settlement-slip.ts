// 结算单: the settlement slip a patient takes home. Names and ID numbers are masked here, so an
// unmasked one can never reach paper (or the kept-job store) through this template.
import { maskCertno, maskName } from '../../../server/policy/privacy.ts';
import { ReceiptBuilder, type ReceiptDocument } from '../document.ts';
import { formatFen } from '../money.ts';
import { printedTime } from './printed-time.ts';

export interface SettlementSlipData {
  institutionName: string;
  patientName: string;
  certno: string;
  /** e.g. 职工基本医疗保险 */
  insuranceType: string;
  /** e.g. 普通门诊 */
  visitType: string;
  settledAt: Date;
  /** The platform's settlement id. */
  settlementId: string;
  /** Amounts in fen. */
  total: number;
  fund: number;
  account: number;
  cash: number;
  /** Personal account balance after this settlement, in fen. */
  balance: number;
}

export function settlementSlip(data: SettlementSlipData): ReceiptDocument {
  return new ReceiptBuilder('结算单 / settlement slip')
    .text(data.institutionName, { align: 'center', bold: true, size: 'tall' })
    .text('医疗保障结算单', { align: 'center', bold: true })
    .separator()
    .pair('姓名', maskName(data.patientName))
    .pair('证件号码', maskCertno(data.certno))
    .pair('险种', data.insuranceType)
    .pair('就诊类型', data.visitType)
    .pair('结算时间', printedTime(data.settledAt))
    .pair('结算流水号', data.settlementId)
    .separator()
    .pair('费用总额', formatFen(data.total), { bold: true })
    .pair('统筹基金支付', formatFen(data.fund))
    .pair('个人账户支付', formatFen(data.account))
    .pair('个人现金支付', formatFen(data.cash), { bold: true })
    .pair('个人账户余额', formatFen(data.balance))
    .separator()
    .text('请妥善保管此凭证', { align: 'center' })
    .cut()
    .build();
}
