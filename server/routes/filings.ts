// Filings (备案) over HTTP: the lists to choose from, file, read, revoke, print the proof. See
// docs/patient-api.md. The body of a filing is checked in two steps: its kind, then the kind's
// own schema, so a missing field is named for what the patient is filing.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';
import { KioskError } from '../errors.ts';
import { FILING_KINDS, type FilingKind } from '../flows/filing/kinds.ts';
import { FILING_BODIES, FilingKindOnly, type FilingRequest } from '../flows/filing/request.ts';
import { DICTIONARY_NAMES } from '../insurance/dictionary.ts';
import { TRAUMA_COMMITMENT } from '../policy/trauma-commitment.ts';
import { FilingSchema, Literals } from './filing-schema.ts';
import { BilingualSchema } from './schemas.ts';

const ProofSchema = Type.Object({ status: Literals(['printed', 'kept'] as const), reason: Type.Optional(BilingualSchema) });
const EntrySchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  pinyin: Type.String(),
  initials: Type.String(),
  kind: Type.Optional(Literals(['hospital', 'pharmacy'] as const)),
  level: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
});
const DoctorSchema = Type.Object({ code: Type.String(), name: Type.String(), dept: BilingualSchema, pinyin: Type.String(), initials: Type.String() });

const Errors = { 400: { $ref: 'Error#' }, 404: { $ref: 'Error#' }, 422: { $ref: 'Error#' }, 503: { $ref: 'Error#' } };
const SESSION_ENDED = new KioskError('SESSION_ENDED', 404, { zh: '这次服务已经结束，请重新开始。', en: 'This session has ended. Please start again.' });
const sid = Type.Object({ sid: Type.String({ format: 'uuid' }) });
const sidSn = Type.Object({ sid: Type.String({ format: 'uuid' }), filingSn: Type.String({ minLength: 1, maxLength: 30, pattern: '^[A-Za-z0-9]+$' }) });

export const filingRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['patient'];
  const session = (id: string) => {
    const s = ctx.sessions.touch(id);
    if (!s) throw SESSION_ENDED;
    return s;
  };

  app.get(
    '/api/filings/dictionary/:name',
    {
      schema: {
        tags,
        summary: "A list from the platform's dictionaries, with pinyin and initials for search",
        params: Type.Object({ name: Literals(DICTIONARY_NAMES) }),
        response: { 200: Type.Array(EntrySchema), ...Errors },
      },
    },
    async (req) => ctx.dictionaries.list(req.params.name),
  );

  app.get(
    '/api/filings/doctors',
    { schema: { tags, summary: "This institution's doctors, from the HIS, for a filing's diagnosis", response: { 200: Type.Array(DoctorSchema), ...Errors } } },
    async () => ctx.dictionaries.doctors(),
  );

  app.get(
    '/api/filings/trauma-commitment',
    { schema: { tags, summary: 'The credit commitment a trauma filing is signed with (seed 002)', response: { 200: Type.Object({ text: BilingualSchema, version: Type.String() }) } } },
    async () => ({ text: TRAUMA_COMMITMENT.text, version: TRAUMA_COMMITMENT.version }),
  );

  app.post(
    '/api/sessions/:sid/filings',
    {
      schema: {
        tags,
        summary: 'File with the platform for the session’s person, and print the proof',
        description: `The body's fields depend on kind (${FILING_KINDS.join(', ')}): see docs/patient-api.md.`,
        params: sid,
        body: FilingKindOnly,
        response: { 201: Type.Intersect([FilingSchema, Type.Object({ proof: ProofSchema })]), ...Errors },
      },
    },
    async (req, reply) => {
      const s = session(req.params.sid);
      const validate = req.compileValidationSchema(FILING_BODIES[req.body.kind], 'body');
      if (!validate(req.body)) throw Object.assign(new Error('the filing body is not valid'), { validation: validate.errors, validationContext: 'body', statusCode: 400 });
      return reply.code(201).send(await ctx.lifecycle.run(() => ctx.filings.file(s, req.body as FilingRequest)));
    },
  );

  app.get(
    '/api/sessions/:sid/filings',
    {
      schema: {
        tags,
        summary: "The person's filings, live from the platform, newest first",
        params: sid,
        querystring: Type.Object({ kind: Type.Optional(Literals(FILING_KINDS)) }),
        response: { 200: Type.Array(FilingSchema), ...Errors },
      },
    },
    async (req) => ctx.filings.list(session(req.params.sid), req.query.kind as FilingKind | undefined),
  );

  app.post(
    '/api/sessions/:sid/filings/:filingSn/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a filing',
        params: sidSn,
        body: Type.Optional(Type.Object({ reason: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }, { additionalProperties: false })),
        response: { 200: FilingSchema, ...Errors },
      },
    },
    async (req) => ctx.lifecycle.run(() => ctx.filings.revoke(session(req.params.sid), req.params.filingSn, req.body?.reason)),
  );

  app.post(
    '/api/sessions/:sid/filings/:filingSn/proof',
    { schema: { tags, summary: 'Print the proof of a filing again', params: sidSn, response: { 200: ProofSchema, ...Errors } } },
    async (req) => ctx.filings.reprint(session(req.params.sid), req.params.filingSn),
  );
};
