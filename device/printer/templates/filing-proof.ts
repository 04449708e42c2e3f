// 备案凭证: the proof a patient takes home after filing (seed 001 §8.2.1.1), with the filing
// serial as text and as a QR code. Names and ID numbers are masked here, as on the settlement
// slip, so an unmasked one can never reach paper through this template.
import { maskCertno, maskName } from '../../../server/policy/privacy.ts';
import { ReceiptBuilder, type ReceiptDocument } from '../document.ts';
import { printedTime } from './printed-time.ts';

export interface FilingProofData {
  institutionName: string;
  /** e.g. 门诊慢特病 */
  kindName: string;
  filingSn: string;
  patientName: string;
  certno: string;
  /** yyyy-MM-dd */
  begin: string;
  end?: string;
  /** e.g. 有效, 已撤销 */
  statusName: string;
  /** What was filed, label and value: 病种 高血压, 转往机构 …, 受伤经过 … */
  details: Array<[string, string]>;
  /** Set for filings made with a signed credit commitment. */
  commitmentSignedAt?: Date;
  /** The agent's name, when someone filed for the patient. */
  agentName?: string;
  printedAt: Date;
  /** What the QR code carries: the filing serial and kind, nothing personal. */
  qr: string;
}

export function filingProof(data: FilingProofData): ReceiptDocument {
  const b = new ReceiptBuilder('备案凭证 / filing proof')
    .text(data.institutionName, { align: 'center', bold: true, size: 'tall' })
    .text('医疗保障备案凭证', { align: 'center', bold: true })
    .separator()
    .pair('备案类型', data.kindName, { bold: true })
    .pair('备案流水号', data.filingSn)
    .pair('姓名', maskName(data.patientName))
    .pair('证件号码', maskCertno(data.certno))
    .pair('开始日期', data.begin)
    .pair('结束日期', data.end ?? '长期')
    .pair('状态', data.statusName);
  for (const [label, value] of data.details) b.pair(label, value);
  if (data.agentName) b.pair('代办人', maskName(data.agentName));
  if (data.commitmentSignedAt) b.pair('信用承诺', `已签署 ${printedTime(data.commitmentSignedAt)}`);
  return b
    .pair('打印时间', printedTime(data.printedAt))
    .separator()
    .qr(data.qr)
    .text('扫码核验备案流水号', { align: 'center' })
    .text('请妥善保管此凭证', { align: 'center' })
    .cut()
    .build();
}
