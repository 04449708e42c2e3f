// A filing as the patient sees it: what the platform answered, its status today, and for trauma
// the commitment this terminal archived. Names of agents are masked here.
import type { Bilingual } from '../../errors.ts';
import type { ChronicFiling } from '../../insurance/transactions/5301.ts';
import type { Designation } from '../../insurance/transactions/5302.ts';
import { AGENT_RELATIONS, type AgentRelation, type Named } from '../../insurance/transactions/2505.ts';
import { maskName } from '../../policy/privacy.ts';
import type { CommitmentRecord } from '../../store/commitments.ts';
import { designationKind, KIND_NAMES, type FilingKind } from './kinds.ts';

export type FilingStatus = 'in-force' | 'not-yet-in-force' | 'ended' | 'revoked';

export interface FilingView {
  filingSn: string;
  kind: FilingKind;
  name: Bilingual;
  status: FilingStatus;
  begin: string;
  end?: string;
  institution?: Named;
  disease?: Named;
  item?: Named;
  diagnosis?: Named;
  referral?: { to: Named; reason: string };
  injury?: { at: string; place: string; cause: string };
  commitment?: { text: Bilingual; statement: { at: string; place: string; cause: string }; signedAt: string; signedBy: 'patient' | 'agent'; signature: string };
  agent?: { maskedName: string; relation: AgentRelation | 'unknown' };
}

const RELATION_OF_CODE = new Map(Object.entries(AGENT_RELATIONS).map(([name, code]) => [code as string, name as AgentRelation]));

/** The platform may answer dates with a time; the patient sees the day. */
const day = (text: string) => text.slice(0, 10);
/** yyyy-MM-dd HH:mm, as the patient typed it. */
const minute = (text: string) => text.slice(0, 16);

function status(inForce: boolean, begin: string, end: string | undefined, today: string): FilingStatus {
  if (!inForce) return 'revoked';
  if (begin > today) return 'not-yet-in-force';
  if (end !== undefined && end < today) return 'ended';
  return 'in-force';
}

function period(begin: string, end: string | undefined) {
  return { begin: day(begin), ...(end ? { end: day(end) } : {}) };
}

export function chronicView(f: ChronicFiling, today: string): FilingView {
  const p = period(f.begin, f.end);
  return {
    filingSn: f.filingSn,
    kind: 'chronic-disease',
    name: KIND_NAMES['chronic-disease'],
    status: status(f.inForce, p.begin, p.end, today),
    ...p,
    ...(f.institution ? { institution: f.institution } : {}),
    disease: f.disease,
  };
}

function commitmentView(c: CommitmentRecord): FilingView['commitment'] {
  return {
    text: c.text,
    statement: JSON.parse(c.statement) as { at: string; place: string; cause: string },
    signedAt: c.signedAt,
    signedBy: c.signedBy,
    signature: `data:image/png;base64,${c.signature.toString('base64')}`,
  };
}

/** The view of a 2505 filing, or undefined for a kind this terminal does not file. */
export function designationView(d: Designation, today: string, commitment?: CommitmentRecord): FilingView | undefined {
  const kind = designationKind(d.bizAppyType);
  if (!kind) return undefined;
  const p = period(d.begin, d.end);
  return {
    filingSn: d.filingSn,
    kind,
    name: KIND_NAMES[kind],
    status: status(d.inForce, p.begin, p.end, today),
    ...p,
    ...(d.institution ? { institution: d.institution } : {}),
    ...(d.disease ? { disease: d.disease } : {}),
    ...(d.item ? { item: d.item } : {}),
    ...(d.diagnosis ? { diagnosis: d.diagnosis } : {}),
    ...(d.referral ? { referral: d.referral } : {}),
    ...(d.injury ? { injury: { ...d.injury, at: minute(d.injury.at) } } : {}),
    ...(commitment ? { commitment: commitmentView(commitment) } : {}),
    ...(d.agent ? { agent: { maskedName: maskName(d.agent.name), relation: RELATION_OF_CODE.get(d.agent.relation) ?? 'unknown' } } : {}),
  };
}
