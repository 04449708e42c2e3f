// The person's own record (一人一档) over HTTP: read live from the platform on every call, never
// stored. See docs/patient-api.md.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';
import { KioskError } from '../errors.ts';
import { FilingSchema } from './filing-schema.ts';
import { BilingualSchema } from './schemas.ts';

const Named = Type.Object({ code: Type.String(), name: Type.String() });
const Fen = (description = 'fen') => Type.Integer({ description });
const VisitSchema = Type.Object({
  mdtrtId: Type.String(),
  institution: Named,
  medType: Type.Optional(Type.String()),
  medTypeName: Type.Optional(BilingualSchema),
  begin: Type.String(),
  end: Type.Optional(Type.String()),
  diagnosis: Type.Optional(Named),
  cancelled: Type.Boolean({ description: 'the visit itself was cancelled (registration withdrawn, 5201 vali_flag "0")' }),
  settlement: Type.Optional(
    Type.Object({
      setlId: Type.String(),
      settledAt: Type.Optional(Type.String()),
      inForce: Type.Boolean({ description: 'false when the settlement was cancelled or reversed' }),
      split: Type.Object({ totalFen: Fen(), fundFen: Fen(), accountFen: Fen(), cashFen: Fen() }),
    }),
  ),
});
const RecordsSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  visits: Type.Array(VisitSchema),
  filings: Type.Array(FilingSchema),
  accumulations: Type.Array(Type.Object({ year: Type.String(), kind: Type.String(), name: BilingualSchema, amountFen: Fen() })),
  medications: Type.Array(
    Type.Object({
      settledAt: Type.String(),
      institution: Named,
      disease: Type.Optional(Named),
      item: Named,
      quantity: Type.Number(),
      amountFen: Fen(),
    }),
  ),
});
const LineSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  listClass: Type.Union([Type.Literal('甲'), Type.Literal('乙'), Type.Literal('丙')]),
  quantity: Type.Number(),
  unitPriceFen: Fen(),
  amountFen: Fen(),
  selfPayFen: Fen('the part of this line the patient paid whatever else'),
  occurredAt: Type.String(),
});
const Errors = { 404: { $ref: 'Error#' }, 422: { $ref: 'Error#' }, 503: { $ref: 'Error#' } };
const SESSION_ENDED = new KioskError('SESSION_ENDED', 404, { zh: '这次服务已经结束，请重新开始。', en: 'This session has ended. Please start again.' });

export const recordRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['patient'];
  const session = (id: string) => {
    const s = ctx.sessions.touch(id);
    if (!s) throw SESSION_ENDED;
    return s;
  };

  app.get(
    '/api/sessions/:sid/records',
    {
      schema: {
        tags,
        summary: "The person's own record (一人一档): visits, settlements, filings, accumulations, chronic medication — live, never stored",
        params: Type.Object({ sid: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ months: Type.Integer({ minimum: 1, maximum: 36, default: 12 }) }),
        response: { 200: RecordsSchema, ...Errors },
      },
    },
    async (req) => ctx.records.records(session(req.params.sid), req.query.months),
  );

  app.get(
    '/api/sessions/:sid/records/visits/:mdtrtId/lines',
    {
      schema: {
        tags,
        summary: "A visit's settled fee lines, live from the platform",
        params: Type.Object({ sid: Type.String({ format: 'uuid' }), mdtrtId: Type.String({ minLength: 1, maxLength: 30, pattern: '^[A-Za-z0-9]+$' }) }),
        response: { 200: Type.Array(LineSchema), ...Errors },
      },
    },
    async (req) => ctx.records.lines(session(req.params.sid), req.params.mdtrtId),
  );
};
