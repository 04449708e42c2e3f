// Prints the proof of a filing (备案凭证) from its view and the session's person; masked on paper.
import type { PrintResult } from '../../../device/manager.ts';
import type { ReceiptDocument } from '../../../device/printer/document.ts';
import { filingProof } from '../../../device/printer/templates/filing-proof.ts';
import type { Bilingual } from '../../errors.ts';
import { BIZ_APPY_TYPES } from '../../insurance/transactions/2505.ts';
import { scrubText } from '../../policy/privacy.ts';
import type { Session } from '../sessions.ts';
import type { FilingStatus, FilingView } from './view.ts';

export type ProofOutcome = { status: 'printed' } | { status: 'kept'; reason: Bilingual };

const STATUS_NAMES: Record<FilingStatus, string> = { 'in-force': '有效', 'not-yet-in-force': '未到开始日期', ended: '已到期', revoked: '已撤销' };
/** The chronic-disease filing's type in the agency dictionary (it goes through 2503, not 2505). */
const CHRONIC_TYPE = '01';

function details(f: FilingView): Array<[string, string]> {
  const rows: Array<[string, string | undefined]> = [
    ['病种', f.disease && `${f.disease.name}（${f.disease.code}）`],
    [f.kind === 'special-drug' ? '药品' : '项目', f.item?.name],
    ['诊断', f.diagnosis?.name],
    [f.kind === 'chronic-disease' ? '鉴定机构' : f.kind === 'referral' ? '转出机构' : '定点机构', f.institution?.name],
    ['转往机构', f.referral?.to.name],
    ['转诊原因', f.referral && scrubText(f.referral.reason)],
    ['受伤时间', f.injury?.at],
    ['受伤地点', f.injury && scrubText(f.injury.place)],
    ['受伤经过', f.injury && scrubText(f.injury.cause)],
  ];
  return rows.filter((r): r is [string, string] => !!r[1]);
}

export function proofDocument(f: FilingView, session: Session, institutionName: string, now = new Date()): ReceiptDocument {
  const type = f.kind === 'chronic-disease' ? CHRONIC_TYPE : BIZ_APPY_TYPES[f.kind];
  return filingProof({
    institutionName,
    kindName: f.name.zh,
    filingSn: f.filingSn,
    patientName: session.person.name,
    certno: session.person.certno,
    begin: f.begin,
    ...(f.end ? { end: f.end } : {}),
    statusName: STATUS_NAMES[f.status],
    details: details(f),
    ...(f.commitment ? { commitmentSignedAt: new Date(f.commitment.signedAt) } : {}),
    ...(f.agent ? { agentName: f.agent.maskedName } : {}),
    printedAt: now,
    qr: `NHSA-FILING|${f.filingSn}|${type}`,
  });
}

export function proofOutcome(result: PrintResult): ProofOutcome {
  return result.status === 'printed' ? { status: 'printed' } : { status: 'kept', reason: result.reason };
}
