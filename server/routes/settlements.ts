// The patient's bills and their settlement: pre-settle, confirm (consent, personal account or not),
// payment, receipt reprint. Money is integer fen. See docs/patient-api.md.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KioskError } from '../errors.ts';
import { billView } from '../flows/bills.ts';
import type { AppContext } from '../context.ts';
import { BilingualSchema } from './schemas.ts';

const Fen = (description?: string) => Type.Integer({ description: description ?? 'fen' });
const SplitSchema = Type.Object({ totalFen: Fen(), fundFen: Fen('paid by the pooled fund'), accountFen: Fen('from the personal account'), cashFen: Fen('the patient pays') });
const BillSchema = Type.Object({
  billId: Type.String(),
  kind: Type.Union([Type.Literal('outpatient'), Type.Literal('inpatient')]),
  medType: Type.String(),
  medTypeName: BilingualSchema,
  dept: BilingualSchema,
  doctor: Type.String(),
  createdAt: Type.String(),
  diagnoses: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  lines: Type.Array(
    Type.Object({ lineNo: Type.Integer(), name: Type.String(), spec: Type.String(), unit: Type.String(), quantity: Type.Integer(), unitPriceFen: Fen(), amountFen: Fen(), category: BilingualSchema }),
  ),
  totalFen: Fen(),
  settleable: Type.Boolean({ description: 'false when this terminal may not settle it (its grade, or insurance not in force)' }),
  notSettleableReason: Type.Optional(BilingualSchema),
});
const LineSchema = Type.Object({
  name: Type.String(),
  spec: Type.String(),
  unit: Type.String(),
  quantity: Type.Integer(),
  unitPriceFen: Fen(),
  amountFen: Fen(),
  listClass: Type.Union([Type.Literal('甲'), Type.Literal('乙'), Type.Literal('丙')]),
  selfPayFen: Fen('the part of this line the patient pays whatever else'),
  category: BilingualSchema,
});
const PresettledSchema = Type.Object({
  settlementId: Type.String(),
  status: Type.Literal('presettled'),
  split: SplitSchema,
  useAccount: Type.Boolean(),
  lines: Type.Array(LineSchema),
  warnings: Type.Array(Type.Object({ code: Type.String(), message: BilingualSchema })),
  consentRequired: Type.Boolean({ description: 'seed 001 §6.2.4: non-covered items of ￥200 or more a unit, or more than ￥200 together' }),
  consent: Type.Optional(
    Type.Object({ items: Type.Array(Type.Object({ name: Type.String(), unitPriceFen: Fen(), amountFen: Fen() })), totalFen: Fen(), text: BilingualSchema }),
  ),
});
const ReceiptSchema = Type.Object({ status: Type.Union([Type.Literal('printed'), Type.Literal('kept')]), reason: Type.Optional(BilingualSchema) });
const SettlementSchema = Type.Object({
  settlementId: Type.String(),
  status: Type.Union(['presettled', 'awaiting-payment', 'settling', 'settled', 'failed', 'expired'].map((s) => Type.Literal(s))),
  split: SplitSchema,
  setlId: Type.Optional(Type.String()),
  payment: Type.Optional(Type.Object({ qrText: Type.String(), amountFen: Fen(), expiresAt: Type.String() })),
  receipt: Type.Optional(ReceiptSchema),
  invoiceUrl: Type.Optional(Type.String()),
  failure: Type.Optional(BilingualSchema),
});
const Errors = { 404: { $ref: 'Error#' }, 409: { $ref: 'Error#' }, 422: { $ref: 'Error#' }, 503: { $ref: 'Error#' } };
const SESSION_ENDED = new KioskError('SESSION_ENDED', 404, { zh: '这次服务已经结束，请重新开始。', en: 'This session has ended. Please start again.' });

export const settlementRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const session = (sid: string) => {
    const s = ctx.sessions.touch(sid);
    if (!s) throw SESSION_ENDED;
    return s;
  };
  const tags = ['patient'];
  const sid = Type.Object({ sid: Type.String({ format: 'uuid' }) });
  const id = Type.Object({ id: Type.String({ pattern: '^S\\d{14}[0-9A-F]{6}$' }) });

  app.get(
    '/api/sessions/:sid/bills',
    { schema: { tags, summary: "The patient's unpaid bills from the hospital", params: sid, response: { 200: Type.Array(BillSchema), ...Errors } } },
    async (req) => {
      const s = session(req.params.sid);
      const bills = await ctx.his.listBills(s.person.certno).catch(() => {
        throw new KioskError('HIS_UNAVAILABLE', 503, { zh: '暂时无法读取医院账单，请稍后再试或联系工作人员。', en: "The hospital's bills cannot be read right now. Please try again shortly or ask a member of staff." });
      });
      return bills.map((b) => billView(s, b));
    },
  );

  app.post(
    '/api/sessions/:sid/settlements',
    {
      schema: {
        tags,
        summary: 'Pre-settle the chosen bills: register, upload, pre-check (事前提醒) and pre-settle with the platform',
        params: sid,
        body: Type.Object({ billIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 20, uniqueItems: true }) }, { additionalProperties: false }),
        response: { 201: PresettledSchema, ...Errors },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.lifecycle.run(() => ctx.settlements.prepare(session(req.params.sid), req.body.billIds))),
  );

  app.post(
    '/api/settlements/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm: settle now, or get the payment QR for the cash part',
        params: id,
        body: Type.Object(
          {
            useAccount: Type.Boolean({ description: 'pay the personal part from the personal account as far as it goes' }),
            consent: Type.Optional(
              Type.Object({ accepted: Type.Boolean(), signature: Type.String({ maxLength: 400_100, description: 'data:image/png;base64,… of the signature pad' }) }, { additionalProperties: false }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: SettlementSchema, ...Errors },
      },
    },
    async (req) => ctx.lifecycle.run(() => ctx.settlements.confirm(req.params.id, req.body)),
  );

  app.get('/api/settlements/:id', { schema: { tags, summary: 'The settlement as it stands', params: id, response: { 200: SettlementSchema, ...Errors } } }, async (req) =>
    ctx.settlements.get(req.params.id),
  );

  app.delete(
    '/api/settlements/:id',
    {
      schema: {
        tags,
        summary: 'Drop a pre-settlement the patient has not confirmed (they went back to choose other bills); its visit is given back',
        params: id,
        response: { 204: Type.Null(), ...Errors },
      },
    },
    async (req, reply) => {
      await ctx.lifecycle.run(() => ctx.settlements.drop(req.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/settlements/:id/receipt',
    { schema: { tags, summary: 'Print the settlement slip and the fee list again', params: id, response: { 200: ReceiptSchema, ...Errors } } },
    async (req) => ctx.settlements.reprint(req.params.id),
  );
};
