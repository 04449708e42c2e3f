// Pharmacy sales with drug trace codes, for a terminal configured to sell drugs (pharmacy.enabled):
// open a sale for the identified person (or their proxy buyer, 代购), add and remove scanned
// packages, report the sale to the platform (3505), cancel it while nothing is reported.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';
import { KioskError } from '../errors.ts';
import { PROXY_RELATIONS } from '../flows/pharmacy/proxy-buyer.ts';
import type { SaleRecord } from '../store/pharmacy-sales.ts';
import { BilingualSchema } from './schemas.ts';

const DISABLED = new KioskError('PHARMACY_DISABLED', 404, { zh: '本终端不提供药品销售。', en: 'This terminal does not sell drugs.' });
const SESSION_ENDED = new KioskError('SESSION_ENDED', 404, { zh: '这次服务已经结束，请重新开始。', en: 'This session has ended. Please start again.' });

const LineState = Type.Union(['open', 'reported', 'refused', 'unknown'].map((s) => Type.Literal(s)));

const SaleSchema = Type.Object(
  {
    saleId: Type.String(),
    state: Type.Union([Type.Literal('open'), Type.Literal('completed'), Type.Literal('cancelled')]),
    person: Type.Object({ maskedName: Type.String(), maskedCertno: Type.String() }),
    proxy: Type.Optional(
      Type.Object({ maskedName: Type.String(), maskedCertno: Type.String(), relation: Type.String(), maskedPhone: Type.Optional(Type.String()) }),
    ),
    lines: Type.Array(
      Type.Object({
        listCode: Type.String(),
        hospitalCode: Type.String(),
        name: Type.String(),
        spec: Type.String(),
        unit: Type.String(),
        unitPriceFen: Type.Integer(),
        quantity: Type.Integer(),
        amountFen: Type.Integer(),
        prescription: Type.Boolean(),
        traceCodes: Type.Array(Type.String()),
        state: LineState,
        refusal: Type.Optional(BilingualSchema),
      }),
    ),
    totalFen: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    completedAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { $id: 'Sale' },
);

function view(s: SaleRecord): Static<typeof SaleSchema> {
  const lines = s.lines.map((l) => ({
    listCode: l.listCode,
    hospitalCode: l.item.hospitalCode,
    name: l.item.name,
    spec: l.item.spec,
    unit: l.item.unit,
    unitPriceFen: l.item.unitPriceFen,
    quantity: l.traceCodes.length,
    amountFen: l.item.unitPriceFen * l.traceCodes.length,
    prescription: l.item.prescription ?? true,
    traceCodes: l.traceCodes,
    // 'sending' is only ever seen mid-request or after a stop, when it means the same as unknown.
    state: l.state === 'sending' ? 'unknown' : l.state,
    ...(l.refusal ? { refusal: l.refusal } : {}),
  }));
  return {
    saleId: s.id,
    state: s.state,
    person: s.person,
    ...(s.proxy ? { proxy: s.proxy } : {}),
    lines,
    totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
    createdAt: s.createdAt,
    ...(s.completedAt && s.state === 'completed' ? { completedAt: s.completedAt } : {}),
  };
}

const SaleParams = Type.Object({ id: Type.String({ pattern: '^PS[0-9A-Z]{6,30}$' }) });
const TraceCode = Type.String({ minLength: 1, maxLength: 64, description: 'the 20-digit drug trace code' });
const errors = { 404: { $ref: 'Error#' }, 409: { $ref: 'Error#' }, 422: { $ref: 'Error#' }, 503: { $ref: 'Error#' } };

export const pharmacyRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addSchema(SaleSchema);
  app.addHook('onRequest', async () => {
    if (!ctx.config.pharmacy.enabled) throw DISABLED;
  });
  const sale = Type.Unsafe<Static<typeof SaleSchema>>({ $ref: 'Sale#' });

  app.post(
    '/api/sessions/:sid/pharmacy-sales',
    {
      schema: {
        tags: ['patient'],
        summary: 'Start a drug sale for the identified person; with proxy, bought on their behalf (代购)',
        params: Type.Object({ sid: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            proxy: Type.Optional(
              Type.Object(
                {
                  name: Type.String({ minLength: 1, maxLength: 50 }),
                  certno: Type.String({ pattern: '^\\d{17}[\\dXx]$', description: "the buyer's 18-character ID number; only a masked copy is kept" }),
                  relation: Type.Union(PROXY_RELATIONS.map((r) => Type.Literal(r))),
                  phone: Type.Optional(Type.String({ pattern: '^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$' })),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: sale, ...errors },
      },
    },
    async (req, reply) => {
      const session = ctx.sessions.touch(req.params.sid);
      if (!session) throw SESSION_ENDED;
      return reply.code(201).send(view(await ctx.pharmacy.open(session, req.body.proxy)));
    },
  );

  app.get(
    '/api/pharmacy-sales',
    {
      schema: {
        tags: ['patient'],
        summary: 'The sales still open, newest first (a partly reported one stays open after its customer left)',
        querystring: Type.Object({ state: Type.Literal('open') }, { additionalProperties: false }),
        response: { 200: Type.Object({ sales: Type.Array(sale) }) },
      },
    },
    async () => ({ sales: (await ctx.pharmacy.openSales()).map(view) }),
  );

  app.get(
    '/api/pharmacy-sales/:id',
    { schema: { tags: ['patient'], summary: 'A sale as it stands', params: SaleParams, response: { 200: sale, 404: { $ref: 'Error#' } } } },
    async (req) => view(await ctx.pharmacy.get(req.params.id)),
  );

  app.post(
    '/api/pharmacy-sales/:id/codes',
    {
      schema: {
        tags: ['patient'],
        summary: 'Add one scanned package by its trace code; listCode, when given, must be its drug',
        params: SaleParams,
        body: Type.Object({ code: TraceCode, listCode: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })) }, { additionalProperties: false }),
        response: { 201: sale, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(view(await ctx.pharmacy.addCode(req.params.id, req.body.code, req.body.listCode))),
  );

  app.delete(
    '/api/pharmacy-sales/:id/codes/:code',
    {
      schema: {
        tags: ['patient'],
        summary: 'Take a package out of the sale (before its drug is reported)',
        params: Type.Object({ id: SaleParams.properties.id, code: TraceCode }),
        response: { 200: sale, ...errors },
      },
    },
    async (req) => view(await ctx.pharmacy.removeCode(req.params.id, req.params.code)),
  );

  app.post(
    '/api/pharmacy-sales/:id/complete',
    {
      schema: {
        tags: ['patient'],
        summary: 'Report every unreported drug of the sale to the platform (3505)',
        params: SaleParams,
        body: Type.Optional(Type.Object({ settlementId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) }, { additionalProperties: false })),
        response: { 200: sale, ...errors },
      },
    },
    async (req) => view(await ctx.lifecycle.run(() => ctx.pharmacy.complete(req.params.id, req.body?.settlementId))),
  );

  app.delete(
    '/api/pharmacy-sales/:id',
    { schema: { tags: ['patient'], summary: 'Cancel a sale of which nothing is reported', params: SaleParams, response: { 204: Type.Null(), ...errors } } },
    async (req, reply) => {
      await ctx.pharmacy.cancel(req.params.id);
      return reply.code(204).send(null);
    },
  );
};
