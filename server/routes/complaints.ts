// Complaints from the kiosk (seed 001 §6.3.3): the form's categories and phone notice, filing one
// (a reference to quote back), and its state and answer by that reference.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';
import { CATEGORY_NAMES, COMPLAINT_CATEGORIES, phoneNotice } from '../flows/feedback/complaints.ts';
import { BilingualSchema } from './schemas.ts';

export const Category = Type.Union(COMPLAINT_CATEGORIES.map((c) => Type.Literal(c)));
/** A mainland mobile number, or a landline with its area code. */
const Phone = Type.String({ pattern: '^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$', description: '11-digit mobile, or a landline such as 0471-1234567' });
const Reference = Type.String({ pattern: '^[Cc]\\d{8}-[0-9A-Za-z]{6}$' });

export const ComplaintStatusSchema = Type.Object({
  reference: Type.String(),
  category: Category,
  state: Type.Union([Type.Literal('open'), Type.Literal('answered')]),
  receivedAt: Type.String({ format: 'date-time' }),
  answer: Type.Optional(Type.String()),
  answeredAt: Type.Optional(Type.String({ format: 'date-time' })),
});

export const complaintRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/feedback/complaint-form',
    {
      schema: {
        tags: ['patient'],
        summary: 'Complaint categories and the notice to show beside the optional phone field',
        response: {
          200: Type.Object({ categories: Type.Array(Type.Object({ id: Category, name: BilingualSchema })), phoneNotice: BilingualSchema }),
        },
      },
    },
    async () => ({
      categories: COMPLAINT_CATEGORIES.map((id) => ({ id, name: CATEGORY_NAMES[id] })),
      phoneNotice: phoneNotice(ctx.config.feedback.phoneRetentionDays),
    }),
  );

  app.post(
    '/api/feedback/complaints',
    {
      schema: {
        tags: ['patient'],
        summary: 'File a complaint or price question; answers the reference to quote',
        body: Type.Object(
          {
            category: Category,
            text: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
            phone: Type.Optional(Phone),
            sessionId: Type.Optional(Type.String({ maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ reference: Type.String(), receivedAt: Type.String({ format: 'date-time' }) }), 400: { $ref: 'Error#' } },
      },
    },
    async (req, reply) => {
      const session = req.body.sessionId ? ctx.sessions.touch(req.body.sessionId) : undefined;
      const filed = await ctx.complaints.file({
        category: req.body.category,
        text: req.body.text,
        ...(req.body.phone ? { phone: req.body.phone } : {}),
        ...(session ? { via: session.via } : {}),
      });
      return reply.code(201).send(filed);
    },
  );

  app.get(
    '/api/feedback/complaints/:reference',
    {
      schema: {
        tags: ['patient'],
        summary: "A complaint's state and answer, by its reference",
        params: Type.Object({ reference: Reference }),
        response: { 200: ComplaintStatusSchema, 404: { $ref: 'Error#' } },
      },
    },
    async (req) => ctx.complaints.status(req.params.reference),
  );
};
