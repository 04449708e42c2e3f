// What a patient submits to file, kind by kind (docs/patient-api.md). The route checks `kind`,
// then the body against its kind's schema, so a missing field is named for the kind it belongs to.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { AGENT_RELATIONS, type AgentRelation } from '../../insurance/transactions/2505.ts';
import { FILING_KINDS, type FilingKind } from './kinds.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'yyyy-MM-dd' });
const Code = Type.Object({ code: Type.String({ minLength: 1, maxLength: 50 }) }, { additionalProperties: false });
const Text = (min: number, max: number, description?: string) => Type.String({ minLength: min, maxLength: max, ...(description ? { description } : {}) });

const Agent = Type.Object(
  {
    name: Text(1, 50),
    certno: Type.String({ pattern: '^\\d{17}[\\dXx]$', description: "the agent's 18-character resident ID number" }),
    tel: Type.String({ minLength: 5, maxLength: 20, pattern: '^[0-9+\\- ]+$' }),
    addr: Text(2, 100),
    relation: Type.Union((Object.keys(AGENT_RELATIONS) as AgentRelation[]).map((r) => Type.Literal(r))),
  },
  { additionalProperties: false, description: 'someone filing for a relative (代办人): all fields or none' },
);

const common = {
  tel: Type.String({ minLength: 5, maxLength: 20, pattern: '^[0-9+\\- ]+$', description: "the person's phone" }),
  addr: Text(2, 100, "the person's address"),
  begin: Day,
  end: Type.Optional(Day),
};
const withAgent = { ...common, agent: Type.Optional(Agent) };

const DiagnosedBy = Type.Object(
  {
    institution: Type.Optional(Code),
    doctor: Type.Object({ code: Text(1, 30), name: Text(1, 50) }, { additionalProperties: false }),
    date: Day,
  },
  { additionalProperties: false },
);

const body = <K extends FilingKind, P extends Record<string, TSchema>>(kind: K, props: P) =>
  Type.Object({ kind: Type.Literal(kind), ...props }, { additionalProperties: false });

export const FILING_BODIES = {
  'chronic-disease': body('chronic-disease', { ...common, disease: Code, diagnosis: DiagnosedBy }),
  'rare-disease': body('rare-disease', { ...withAgent, disease: Code, diagnosis: DiagnosedBy }),
  'special-treatment': body('special-treatment', { ...withAgent, item: Code, diagnosis: Code }),
  'special-drug': body('special-drug', { ...withAgent, item: Code, diagnosis: Code }),
  referral: body('referral', { ...withAgent, to: Code, diagnosis: Code, reason: Text(2, 200) }),
  'designated-institution': body('designated-institution', { ...withAgent, institution: Code }),
  relocation: body('relocation', { ...withAgent, institution: Type.Optional(Code) }),
  trauma: body('trauma', {
    ...withAgent,
    injury: Type.Object(
      {
        at: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$', description: 'yyyy-MM-dd HH:mm, China time' }),
        place: Text(2, 100),
        cause: Text(5, 500, 'how the injury happened, in the patient’s words'),
      },
      { additionalProperties: false },
    ),
    commitment: Type.Object(
      { accepted: Type.Boolean(), signature: Type.String({ maxLength: 400_100, description: 'data:image/png;base64,… of the signature pad' }) },
      { additionalProperties: false },
    ),
  }),
} as const satisfies Record<FilingKind, TSchema>;

export type FilingRequest = { [K in FilingKind]: Static<(typeof FILING_BODIES)[K]> }[FilingKind];
export type AgentRequest = Static<typeof Agent>;

/** What the route checks first: a known kind. */
export const FilingKindOnly = Type.Object({ kind: Type.Union(FILING_KINDS.map((k) => Type.Literal(k))) }, { description: 'the rest of the body depends on kind; see docs/patient-api.md' });
