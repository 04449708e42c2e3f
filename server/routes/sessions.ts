// Patient sessions over HTTP: open one with a typed or wedge-scanned 医保码 or a face (ID cards and
// serial scanners open theirs by themselves), read it, end it. Answers show masked data only.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { classifyScan, NOT_AN_ECQR } from '../../device/scanner/classify.ts';
import { KioskError } from '../errors.ts';
import type { Session } from '../flows/sessions.ts';
import { SERVICES } from '../policy/grade.ts';
import type { AppContext } from '../context.ts';
import { BilingualSchema } from './schemas.ts';

const PersonSchema = Type.Object({
  maskedName: Type.String(),
  maskedCertno: Type.String(),
  gender: Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Literal('unknown')]),
  age: Type.Integer(),
  elderly: Type.Boolean({ description: '60 or older: the UI offers elderly mode' }),
  insutype: Type.String(),
  insutypeName: BilingualSchema,
  insuranceInForce: Type.Boolean(),
  accountBalanceFen: Type.Integer({ description: 'personal account balance, in fen' }),
});

export const SessionSchema = Type.Object(
  {
    sessionId: Type.String(),
    via: Type.Union([Type.Literal('idcard'), Type.Literal('ecqr'), Type.Literal('face')]),
    person: PersonSchema,
    services: Type.Array(Type.Union(SERVICES.map((s) => Type.Literal(s))), { description: "what this terminal's settlement grade allows this person" }),
  },
  { $id: 'Session' },
);

const Credential = Type.Union([
  Type.Object({ type: Type.Literal('ecqr'), code: Type.String({ minLength: 1, maxLength: 1024, description: 'the 医保码 payload, typed or from a keyboard-wedge scanner' }) }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('face'), certno: Type.String({ minLength: 15, maxLength: 18, description: 'the ID number the patient typed on the keypad' }) }, { additionalProperties: false }),
]);

const SID = Type.Object({ sid: Type.String({ format: 'uuid' }) });

const SESSION_ENDED = new KioskError('SESSION_ENDED', 404, {
  zh: '这次服务已经结束，请重新开始。',
  en: 'This session has ended. Please start again.',
});

const view = (s: Session): Static<typeof SessionSchema> => ({ sessionId: s.id, via: s.via, person: s.view, services: s.services });

export const sessionRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addSchema(SessionSchema);

  app.post(
    '/api/sessions',
    {
      schema: {
        tags: ['patient'],
        summary: 'Identify a patient with a 医保码 or a face and open their session',
        body: Type.Object({ credential: Credential }, { additionalProperties: false }),
        response: { 201: { $ref: 'Session#' }, 404: { $ref: 'Error#' }, 422: { $ref: 'Error#' }, 503: { $ref: 'Error#' } },
      },
    },
    async (req, reply) => {
      const c = req.body.credential;
      if (c.type === 'ecqr' && classifyScan(c.code).kind !== 'ecqr') throw new KioskError('NOT_AN_ECQR', 422, NOT_AN_ECQR);
      const session = await ctx.readings.run(c.type, () => (c.type === 'ecqr' ? ctx.identify.byQr(c.code) : ctx.identify.byFace(c.certno)));
      return reply.code(201).send(view(session));
    },
  );

  app.post(
    '/api/scans',
    {
      schema: {
        tags: ['patient'],
        summary: 'A code read by a keyboard-wedge scanner (the touchscreen sends it)',
        description: 'A 医保码 opens a session (201); a drug trace code or HIS slip is passed on (200); anything else is explained (422).',
        body: Type.Object({ code: Type.String({ minLength: 1, maxLength: 4096 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ kind: Type.Union([Type.Literal('trace'), Type.Literal('slip')]), code: Type.String() }),
          201: { $ref: 'Session#' },
          422: { $ref: 'Error#' },
          503: { $ref: 'Error#' },
        },
      },
    },
    async (req, reply) => {
      const scan = ctx.devices.submitWedgeScan(req.body.code) ?? classifyScan(req.body.code);
      if (scan.kind === 'unknown') throw new KioskError('NOT_AN_ECQR', 422, scan.message);
      if (scan.kind !== 'ecqr') {
        await ctx.readings.onScan(scan);
        return reply.code(200).send({ kind: scan.kind, code: scan.code });
      }
      return reply.code(201).send(view((await ctx.readings.onScan(scan))!));
    },
  );

  app.get(
    '/api/sessions/:sid',
    { schema: { tags: ['patient'], summary: 'The open session', params: SID, response: { 200: { $ref: 'Session#' }, 404: { $ref: 'Error#' } } } },
    async (req) => {
      const session = ctx.sessions.touch(req.params.sid);
      if (!session) throw SESSION_ENDED;
      return view(session);
    },
  );

  app.delete(
    '/api/sessions/:sid',
    { schema: { tags: ['patient'], summary: 'End the session and wipe it', params: SID, response: { 204: Type.Null(), 404: { $ref: 'Error#' } } } },
    async (req, reply) => {
      if (!ctx.sessions.end(req.params.sid, 'ended')) throw SESSION_ENDED;
      return reply.code(204).send(null);
    },
  );
};
