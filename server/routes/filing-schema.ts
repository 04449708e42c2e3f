// A filing as every route answers it (docs/patient-api.md).
import { Type } from '@sinclair/typebox';
import { FILING_KINDS } from '../flows/filing/kinds.ts';
import { AGENT_RELATIONS } from '../insurance/transactions/2505.ts';
import { BilingualSchema } from './schemas.ts';

const Named = Type.Object({ code: Type.String(), name: Type.String() });
const Statement = Type.Object({ at: Type.String(), place: Type.String(), cause: Type.String() });
export const Literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const FilingSchema = Type.Object({
  filingSn: Type.String(),
  kind: Literals(FILING_KINDS),
  name: BilingualSchema,
  status: Literals(['in-force', 'not-yet-in-force', 'ended', 'revoked'] as const),
  begin: Type.String(),
  end: Type.Optional(Type.String()),
  institution: Type.Optional(Named),
  disease: Type.Optional(Named),
  item: Type.Optional(Named),
  diagnosis: Type.Optional(Named),
  referral: Type.Optional(Type.Object({ to: Named, reason: Type.String() })),
  injury: Type.Optional(Statement),
  commitment: Type.Optional(
    Type.Object({
      text: BilingualSchema,
      statement: Statement,
      signedAt: Type.String(),
      signedBy: Literals(['patient', 'agent'] as const),
      signature: Type.String({ description: 'data:image/png;base64,…' }),
    }),
  ),
  agent: Type.Optional(Type.Object({ maskedName: Type.String(), relation: Literals([...(Object.keys(AGENT_RELATIONS) as Array<keyof typeof AGENT_RELATIONS>), 'unknown'] as const) })),
});
