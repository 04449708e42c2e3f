// A filing (备案) asked one question at a time: which questions each kind needs (docs/patient-api.md,
// "File"), where each answer goes in the body the daemon takes, and the checks the screen makes
// before anything is sent (nothing missing, nothing too short, no time in the future). Pure.
import { addDays, today } from '../dates.ts';
import type { StringKey } from '../i18n/i18n.ts';
import type { AgentRelation, DictionaryName, FilingBody, FilingKind, Named } from '../types/filing.ts';

export type StepId =
  | 'who'
  | 'agent-name'
  | 'agent-certno'
  | 'agent-relation'
  | 'agent-tel'
  | 'agent-addr'
  | 'disease'
  | 'item'
  | 'diagnosis'
  | 'to'
  | 'institution'
  | 'diagnosed-by'
  | 'doctor'
  | 'doctor-name'
  | 'doctor-code'
  | 'diagnosis-date'
  | 'reason'
  | 'injury-at'
  | 'injury-place'
  | 'injury-cause'
  | 'begin'
  | 'end'
  | 'tel'
  | 'addr'
  | 'commitment';

/** This institution, where a filing's institution may default to it. */
export const HERE = 'here';

export interface FilingDraft {
  kind: FilingKind;
  who?: 'self' | 'agent';
  agentName: string;
  agentCertno: string;
  agentRelation?: AgentRelation;
  agentTel: string;
  agentAddr: string;
  disease?: Named;
  item?: Named;
  diagnosis?: Named;
  to?: Named;
  institution?: Named | typeof HERE;
  diagnosedBy?: Named | typeof HERE;
  doctor?: Named;
  doctorName: string;
  doctorCode: string;
  diagnosisDate: string;
  reason: string;
  injuryAt: string;
  injuryPlace: string;
  injuryCause: string;
  signature?: string;
  begin: string;
  end: string;
  tel: string;
  addr: string;
}

export const newDraft = (kind: FilingKind): FilingDraft => ({
  kind,
  agentName: '',
  agentCertno: '',
  agentTel: '',
  agentAddr: '',
  doctorName: '',
  doctorCode: '',
  diagnosisDate: '',
  reason: '',
  injuryAt: '',
  injuryPlace: '',
  injuryCause: '',
  begin: '',
  end: '',
  tel: '',
  addr: '',
});

export type StepType = 'choice' | 'pick' | 'text' | 'digits' | 'id' | 'date' | 'commitment';

export interface StepDef {
  type: StepType;
  /** The question's name: its heading, and how errors name it. */
  label: StringKey;
  /** Where the daemon's messages name it (body.<path>). */
  path: string;
  /** Shortest answer, for typed answers; 0 = may be left empty. */
  min?: number;
  max?: number;
  list?: DictionaryName | 'doctors';
  /** A platform list with "this hospital" offered first. */
  here?: boolean;
}

export const STEPS: Record<StepId, StepDef> = {
  who: { type: 'choice', label: 'filing.f.who', path: 'agent' },
  'agent-name': { type: 'text', label: 'filing.f.agentName', path: 'agent.name', min: 1, max: 50 },
  'agent-certno': { type: 'id', label: 'filing.f.agentCertno', path: 'agent.certno', min: 18, max: 18 },
  'agent-relation': { type: 'choice', label: 'filing.f.agentRelation', path: 'agent.relation' },
  'agent-tel': { type: 'digits', label: 'filing.f.agentTel', path: 'agent.tel', min: 5, max: 20 },
  'agent-addr': { type: 'text', label: 'filing.f.agentAddr', path: 'agent.addr', min: 2, max: 100 },
  disease: { type: 'pick', label: 'filing.f.disease', path: 'disease' },
  item: { type: 'pick', label: 'filing.f.item', path: 'item' },
  diagnosis: { type: 'pick', label: 'filing.f.diagnosis', path: 'diagnosis', list: 'diagnoses' },
  to: { type: 'pick', label: 'filing.f.to', path: 'to', list: 'institutions' },
  institution: { type: 'pick', label: 'filing.f.institution', path: 'institution', list: 'institutions' },
  'diagnosed-by': { type: 'pick', label: 'filing.f.diagnosedBy', path: 'diagnosis.institution', list: 'institutions', here: true },
  doctor: { type: 'pick', label: 'filing.f.doctor', path: 'diagnosis.doctor', list: 'doctors' },
  'doctor-name': { type: 'text', label: 'filing.f.doctorName', path: 'diagnosis.doctor.name', min: 1, max: 50 },
  'doctor-code': { type: 'text', label: 'filing.f.doctorCode', path: 'diagnosis.doctor.code', min: 1, max: 30 },
  'diagnosis-date': { type: 'date', label: 'filing.f.diagnosisDate', path: 'diagnosis.date' },
  reason: { type: 'text', label: 'filing.f.reason', path: 'reason', min: 2, max: 200 },
  'injury-at': { type: 'date', label: 'filing.f.injuryAt', path: 'injury.at' },
  'injury-place': { type: 'text', label: 'filing.f.injuryPlace', path: 'injury.place', min: 2, max: 100 },
  'injury-cause': { type: 'text', label: 'filing.f.injuryCause', path: 'injury.cause', min: 5, max: 500 },
  begin: { type: 'date', label: 'filing.f.begin', path: 'begin' },
  end: { type: 'date', label: 'filing.f.end', path: 'end' },
  tel: { type: 'digits', label: 'filing.f.tel', path: 'tel', min: 5, max: 20 },
  addr: { type: 'text', label: 'filing.f.addr', path: 'addr', min: 2, max: 100 },
  commitment: { type: 'commitment', label: 'filing.f.commitment', path: 'commitment' },
};

const LISTS: Partial<Record<FilingKind, Partial<Record<StepId, DictionaryName>>>> = {
  'chronic-disease': { disease: 'chronic-diseases' },
  'rare-disease': { disease: 'rare-diseases' },
  'special-treatment': { item: 'special-treatments' },
  'special-drug': { item: 'special-drugs' },
};

/** The step's definition for this kind (which list a disease or item comes from; "this hospital" for relocation). */
export function stepDef(kind: FilingKind, id: StepId): StepDef {
  const def = STEPS[id];
  const list = LISTS[kind]?.[id];
  if (list) return { ...def, list };
  if (id === 'institution' && kind === 'relocation') return { ...def, here: true };
  return def;
}

const AGENT_STEPS: StepId[] = ['agent-name', 'agent-certno', 'agent-relation', 'agent-tel', 'agent-addr'];

const diagnosedBy = (d: FilingDraft): StepId[] => [
  'diagnosed-by',
  ...(d.diagnosedBy === undefined || d.diagnosedBy === HERE ? (['doctor'] as StepId[]) : (['doctor-name', 'doctor-code'] as StepId[])),
  'diagnosis-date',
];

const OWN: Record<FilingKind, (d: FilingDraft) => StepId[]> = {
  'chronic-disease': (d) => ['disease', ...diagnosedBy(d)],
  'rare-disease': (d) => ['disease', ...diagnosedBy(d)],
  'special-treatment': () => ['item', 'diagnosis'],
  'special-drug': () => ['item', 'diagnosis'],
  referral: () => ['to', 'diagnosis', 'reason'],
  'designated-institution': () => ['institution'],
  relocation: () => ['institution'],
  trauma: () => ['injury-at', 'injury-place', 'injury-cause'],
};

/** The questions for this draft, in order; the review follows the last. */
export function stepsOf(d: FilingDraft): StepId[] {
  const who: StepId[] = d.kind === 'chronic-disease' ? [] : ['who', ...(d.who === 'agent' ? AGENT_STEPS : [])];
  return [...who, ...OWN[d.kind](d), 'begin', 'end', 'tel', 'addr', ...(d.kind === 'trauma' ? (['commitment'] as StepId[]) : [])];
}

/** The earliest and latest day a date question allows, by the agency's rules (the daemon checks again). */
export function dateRange(id: StepId, d: FilingDraft, now = new Date()): { min: string; max: string } {
  const day = today(now);
  switch (id) {
    case 'begin':
      return { min: addDays(day, -30), max: addDays(day, 90) };
    case 'end':
      return { min: d.begin || day, max: '2099-12-31' };
    case 'injury-at':
      return { min: addDays(day, -30), max: day };
    default:
      return { min: '1950-01-01', max: day };
  }
}

const text = (d: FilingDraft, id: StepId): string =>
  ({
    'agent-name': d.agentName,
    'agent-certno': d.agentCertno,
    'agent-tel': d.agentTel,
    'agent-addr': d.agentAddr,
    'doctor-name': d.doctorName,
    'doctor-code': d.doctorCode,
    reason: d.reason,
    'injury-place': d.injuryPlace,
    'injury-cause': d.injuryCause,
    tel: d.tel,
    addr: d.addr,
  })[id as string] ?? '';

export type Missing = { key: 'filing.need.choose' | 'filing.need.type' | 'filing.need.date' | 'filing.need.sign' | 'filing.need.id' | 'filing.need.future'; min?: number };

/** What keeps this step from being answered, or undefined when it is. */
export function missing(d: FilingDraft, id: StepId, now = new Date()): Missing | undefined {
  const def = STEPS[id];
  switch (id) {
    case 'who':
      return d.who ? undefined : { key: 'filing.need.choose' };
    case 'agent-relation':
      return d.agentRelation ? undefined : { key: 'filing.need.choose' };
    case 'agent-certno':
      return d.agentCertno.length === 18 ? undefined : { key: 'filing.need.id' };
    case 'disease':
    case 'item':
    case 'diagnosis':
    case 'to':
    case 'institution':
    case 'diagnosed-by':
    case 'doctor':
      return pickOf(d, id) ? undefined : { key: 'filing.need.choose' };
    case 'diagnosis-date':
      return d.diagnosisDate ? undefined : { key: 'filing.need.date' };
    case 'begin':
      return d.begin ? undefined : { key: 'filing.need.date' };
    case 'end':
      return undefined;
    case 'injury-at': {
      if (!d.injuryAt) return { key: 'filing.need.date' };
      const [day, clock] = d.injuryAt.split(' ');
      return `${day} ${clock}` > `${today(now)} ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}` ? { key: 'filing.need.future' } : undefined;
    }
    case 'commitment':
      return d.signature ? undefined : { key: 'filing.need.sign' };
    default:
      return Array.from(text(d, id).trim()).length >= (def.min ?? 0) ? undefined : { key: 'filing.need.type', min: def.min };
  }
}

/** The chosen entry of a list question ("this hospital" counts). */
export function pickOf(d: FilingDraft, id: StepId): Named | typeof HERE | undefined {
  switch (id) {
    case 'disease':
      return d.disease;
    case 'item':
      return d.item;
    case 'diagnosis':
      return d.diagnosis;
    case 'to':
      return d.to;
    case 'institution':
      return d.institution ?? (d.kind === 'relocation' ? HERE : undefined);
    case 'diagnosed-by':
      return d.diagnosedBy ?? HERE;
    case 'doctor':
      return d.doctor;
    default:
      return undefined;
  }
}

/** The step a daemon message names, by the longest path of this draft's steps it starts with. */
export function stepOfPath(d: FilingDraft, path: string): StepId | undefined {
  let best: StepId | undefined;
  for (const id of stepsOf(d)) {
    const p = STEPS[id].path;
    if ((path === p || path.startsWith(`${p}.`)) && (!best || p.length > STEPS[best].path.length)) best = id;
  }
  return best;
}

const code = (n: Named | typeof HERE | undefined) => (n && n !== HERE ? { code: n.code } : undefined);

/** The body to post, as the contract has it for this kind. */
export function filingBody(d: FilingDraft): FilingBody {
  const common = {
    tel: d.tel.trim(),
    addr: d.addr.trim(),
    begin: d.begin,
    ...(d.end ? { end: d.end } : {}),
    ...(d.who === 'agent' && d.kind !== 'chronic-disease'
      ? { agent: { name: d.agentName.trim(), certno: d.agentCertno, tel: d.agentTel.trim(), addr: d.agentAddr.trim(), relation: d.agentRelation } }
      : {}),
  };
  const by = () => {
    const elsewhere = code(d.diagnosedBy);
    return {
      ...(elsewhere ? { institution: elsewhere } : {}),
      doctor: elsewhere ? { code: d.doctorCode.trim(), name: d.doctorName.trim() } : { code: d.doctor?.code, name: d.doctor?.name },
      date: d.diagnosisDate,
    };
  };
  switch (d.kind) {
    case 'chronic-disease':
    case 'rare-disease':
      return { kind: d.kind, ...common, disease: code(d.disease), diagnosis: by() };
    case 'special-treatment':
    case 'special-drug':
      return { kind: d.kind, ...common, item: code(d.item), diagnosis: code(d.diagnosis) };
    case 'referral':
      return { kind: d.kind, ...common, to: code(d.to), diagnosis: code(d.diagnosis), reason: d.reason.trim() };
    case 'designated-institution':
      return { kind: d.kind, ...common, institution: code(d.institution) };
    case 'relocation': {
      const institution = code(d.institution);
      return { kind: d.kind, ...common, ...(institution ? { institution } : {}) };
    }
    case 'trauma':
      return {
        kind: d.kind,
        ...common,
        injury: { at: d.injuryAt, place: d.injuryPlace.trim(), cause: d.injuryCause.trim() },
        commitment: { accepted: true, signature: d.signature },
      };
  }
}
