// The 医保办's side of complaints and surveys (seed 001 §6.3.3, §12.6): list complaints (with a
// call-back phone while it is kept), record the answer, export both as CSV for Excel, and a
// report of counts. Operator login required; every export and answer is audited.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';
import { CATEGORY_NAMES, COMPLAINT_CATEGORIES, type ComplaintCategory } from '../flows/feedback/complaints.ts';
import { rangeBounds } from '../flows/feedback/date-range.ts';
import { feedbackReport } from '../flows/feedback/report.ts';
import { wireDateTime } from '../insurance/wire-time.ts';
import { requireOperator } from '../operator/guard.ts';
import { audit } from '../store/audit.ts';
import { complaintsBetween } from '../store/complaints.ts';
import { surveysBetween } from '../store/surveys.ts';
import { Category, ComplaintStatusSchema } from './complaints.ts';
import { toCsv } from './csv.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'yyyy-MM-dd, Asia/Shanghai' });
const Range = Type.Object(
  { from: Type.Optional(Day), to: Type.Optional(Day) },
  { additionalProperties: false, description: 'days from and to, both included; today when neither is given' },
);
const security = [{ operator: [] }];

const VIA: Record<string, string> = { idcard: '身份证', ecqr: '医保码', face: '刷脸' };
const STATE: Record<string, string> = { open: '待处理', answered: '已答复' };
const shanghai = (iso: string | null) => (iso ? wireDateTime(new Date(iso)) : '');
const categoryName = (c: string) => CATEGORY_NAMES[c as ComplaintCategory]?.zh ?? c;

const ComplaintSchema = Type.Object({
  reference: Type.String(),
  receivedAt: Type.String({ format: 'date-time' }),
  category: Category,
  text: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()], { description: 'whole while kept for the call-back, then null' }),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  via: Type.Union([Type.String(), Type.Null()]),
  state: Type.Union([Type.Literal('open'), Type.Literal('answered')]),
  answer: Type.Union([Type.String(), Type.Null()]),
  answeredAt: Type.Union([Type.String(), Type.Null()]),
});

const csvReply = (name: string) => ({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` });

export const operatorFeedbackRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const guard = requireOperator(ctx.operators);
  app.addHook('onRequest', async (req) => guard(req));

  app.get(
    '/api/operator/complaints',
    { schema: { tags: ['operator'], summary: 'Complaints received in a range of days', security, querystring: Range, response: { 200: Type.Array(ComplaintSchema) } } },
    async (req) => {
      const r = rangeBounds(req.query);
      const rows = await complaintsBetween(ctx.db, r.fromIso, r.toIso);
      await audit(ctx.db, { actor: 'operator', action: 'complaints.list', detail: { from: r.from, to: r.to, rows: rows.length } });
      return rows.map(({ at, ...c }) => ({ ...c, category: c.category as ComplaintCategory, receivedAt: at }));
    },
  );

  app.post(
    '/api/operator/complaints/:reference/answer',
    {
      schema: {
        tags: ['operator'],
        summary: 'Record the answer given to a complaint; the patient then sees it by the reference',
        security,
        params: Type.Object({ reference: Type.String({ minLength: 1, maxLength: 30 }) }),
        body: Type.Object({ answer: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false }),
        response: { 200: ComplaintStatusSchema, 404: { $ref: 'Error#' } },
      },
    },
    async (req) => {
      const status = await ctx.complaints.answer(req.params.reference, req.body.answer);
      await audit(ctx.db, { actor: 'operator', action: 'complaint.answered', detail: { reference: status.reference } });
      return status;
    },
  );

  app.get(
    '/api/operator/complaints.csv',
    { schema: { tags: ['operator'], summary: 'Complaints as CSV (UTF-8 with BOM); phones masked', security, querystring: Range } },
    async (req, reply) => {
      const r = rangeBounds(req.query);
      const rows = await complaintsBetween(ctx.db, r.fromIso, r.toIso);
      await audit(ctx.db, { actor: 'operator', action: 'complaints.export', detail: { from: r.from, to: r.to, rows: rows.length } });
      const csv = toCsv(
        ['编号 Reference', '时间 Received', '类别 Category', '内容 Text', '回电电话 Phone', '识别方式 Identified by', '状态 State', '答复 Answer', '答复时间 Answered'],
        rows.map((c) => [c.reference, shanghai(c.at), categoryName(c.category), c.text, c.phoneMasked, c.via ? VIA[c.via] ?? c.via : '', STATE[c.state], c.answer, shanghai(c.answeredAt)]),
      );
      return reply.headers(csvReply(`complaints-${r.from}-${r.to}.csv`)).send(csv);
    },
  );

  app.get(
    '/api/operator/surveys.csv',
    { schema: { tags: ['operator'], summary: 'Satisfaction survey answers as CSV (UTF-8 with BOM)', security, querystring: Range } },
    async (req, reply) => {
      const r = rangeBounds(req.query);
      const rows = await surveysBetween(ctx.db, r.fromIso, r.toIso);
      await audit(ctx.db, { actor: 'operator', action: 'surveys.export', detail: { from: r.from, to: r.to, rows: rows.length } });
      const csv = toCsv(
        ['时间 Time', '评分 Rating (1-5)', '意见 Comments', '识别方式 Identified by'],
        rows.map((s) => [shanghai(s.at), s.rating, s.comments, s.via ? VIA[s.via] ?? s.via : '']),
      );
      return reply.headers(csvReply(`surveys-${r.from}-${r.to}.csv`)).send(csv);
    },
  );

  app.get(
    '/api/operator/feedback/report',
    {
      schema: {
        tags: ['operator'],
        summary: 'Complaints by category, state and day; survey answers by rating and day',
        security,
        querystring: Range,
        response: {
          200: Type.Object({
            from: Day,
            to: Day,
            complaints: Type.Object({
              total: Type.Integer(),
              byCategory: Type.Object(Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, Type.Integer()]))),
              byState: Type.Object({ open: Type.Integer(), answered: Type.Integer() }),
              byDay: Type.Array(Type.Object({ date: Day, count: Type.Integer() })),
            }),
            surveys: Type.Object({
              total: Type.Integer(),
              averageRating: Type.Union([Type.Number(), Type.Null()]),
              byRating: Type.Object(Object.fromEntries(['1', '2', '3', '4', '5'].map((k) => [k, Type.Integer()]))),
              byDay: Type.Array(Type.Object({ date: Day, count: Type.Integer(), averageRating: Type.Number() })),
            }),
          }),
        },
      },
    },
    async (req) => feedbackReport(ctx.db, req.query),
  );
};
