// The satisfaction survey after a visit (seed 001 §12.6): a rating and an optional remark, kept
// without anything that identifies the patient.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';

export const feedbackRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/feedback/survey',
    {
      schema: {
        tags: ['patient'],
        summary: 'A satisfaction rating, 1 (poor) to 5 (very good)',
        body: Type.Object(
          {
            sessionId: Type.Optional(Type.String({ maxLength: 64 })),
            rating: Type.Integer({ minimum: 1, maximum: 5 }),
            comments: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ ok: Type.Literal(true) }) },
      },
    },
    async (req, reply) => {
      const session = req.body.sessionId ? ctx.sessions.touch(req.body.sessionId) : undefined;
      await ctx.db.run('INSERT INTO surveys (at, rating, comments, via, settled) VALUES (?, ?, ?, ?, ?)', [
        new Date().toISOString(),
        req.body.rating,
        req.body.comments?.trim() || null,
        session?.via ?? null,
        0,
      ]);
      return reply.code(201).send({ ok: true as const });
    },
  );
};
