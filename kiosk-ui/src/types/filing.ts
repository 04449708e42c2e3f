// Filings (备案) as the patient API answers them (docs/patient-api.md, "Filings").
import type { Bilingual } from '../i18n/i18n.ts';

export const FILING_KINDS = [
  'chronic-disease',
  'special-treatment',
  'special-drug',
  'rare-disease',
  'trauma',
  'referral',
  'designated-institution',
  'relocation',
] as const;
export type FilingKind = (typeof FILING_KINDS)[number];

export type DictionaryName = 'chronic-diseases' | 'rare-diseases' | 'diagnoses' | 'special-treatments' | 'special-drugs' | 'institutions';

/** One entry of a platform list; `pinyin` and `initials` are there to match what is typed. */
export interface Entry {
  code: string;
  name: string;
  pinyin: string;
  initials: string;
  level?: number | null;
  kind?: 'hospital' | 'pharmacy';
}

export interface Doctor extends Entry {
  dept: Bilingual;
}

export const AGENT_RELATIONS = ['spouse', 'son', 'daughter', 'parent', 'sibling', 'other-relative', 'other'] as const;
export type AgentRelation = (typeof AGENT_RELATIONS)[number];

export interface Named {
  code: string;
  name: string;
}

export type FilingStatus = 'in-force' | 'not-yet-in-force' | 'ended' | 'revoked';

export interface Proof {
  status: 'printed' | 'kept';
  reason?: Bilingual;
}

export interface Filing {
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
  proof?: Proof;
}

/** What is posted to file: the kind's fields (see the contract), built by the filing draft. */
export type FilingBody = { kind: FilingKind } & Record<string, unknown>;
