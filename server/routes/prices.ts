// Price lookup (seed 001 §6.3.1): drugs, consumables and services with unit, price and list class,
// searched by hanzi, pinyin or initials. No session needed: prices are public.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';
import type { Bilingual } from '../errors.ts';
import type { ItemKind, ListClass, PriceItem } from '../his/adapter.ts';
import { BilingualSchema } from './schemas.ts';

const KIND_NAMES: Record<ItemKind, Bilingual> = {
  drug: { zh: '药品', en: 'Medicine' },
  consumable: { zh: '医用耗材', en: 'Medical consumable' },
  service: { zh: '医疗服务项目', en: 'Medical service' },
};

const LIST_CLASS_NAMES: Record<ListClass, Bilingual> = {
  甲: { zh: '甲类', en: 'Class A: covered in full' },
  乙: { zh: '乙类', en: 'Class B: covered after a self-pay share' },
  丙: { zh: '丙类（医保不予支付）', en: 'Class C: not covered' },
};

/** The information page that says how to complain about a price. */
const COMPLAINT_PAGE = 'consultation-complaints';

const Kind = Type.Union([Type.Literal('drug'), Type.Literal('consumable'), Type.Literal('service')]);

const PriceItemSchema = Type.Object({
  code: Type.String({ description: 'national catalogue code (医保目录编码)' }),
  hospitalCode: Type.String(),
  name: Type.String(),
  spec: Type.String(),
  unit: Type.String(),
  kind: Kind,
  kindName: BilingualSchema,
  unitPriceFen: Type.Integer({ description: 'unit price in fen' }),
  listClass: Type.Union([Type.Literal('甲'), Type.Literal('乙'), Type.Literal('丙')]),
  listClassName: BilingualSchema,
  selfPayPermille: Type.Integer({ minimum: 0, maximum: 1000, description: 'the self-pay share before the fund pays, in permille' }),
});

const view = (i: PriceItem) => ({
  code: i.listCode,
  hospitalCode: i.hospitalCode,
  name: i.name,
  spec: i.spec,
  unit: i.unit,
  kind: i.kind,
  kindName: KIND_NAMES[i.kind],
  unitPriceFen: i.unitPriceFen,
  listClass: i.listClass,
  listClassName: LIST_CLASS_NAMES[i.listClass],
  selfPayPermille: i.selfPayPermille,
});

export const priceRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/prices',
    {
      schema: {
        tags: ['patient'],
        summary: 'Search the price list by hanzi, full pinyin, pinyin initials or a mix',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 40 })),
            kind: Type.Optional(Kind),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
            offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(PriceItemSchema),
            total: Type.Integer(),
            updatedAt: Type.String({ format: 'date-time' }),
            complaintPage: Type.String({ description: 'the information page that says how to complain' }),
          }),
          400: { $ref: 'Error#' },
          503: { $ref: 'Error#' },
        },
      },
    },
    async (req) => {
      const found = ctx.prices.search({ ...(req.query.q ? { q: req.query.q } : {}), ...(req.query.kind ? { kind: req.query.kind } : {}), limit: req.query.limit, offset: req.query.offset });
      return { items: found.items.map(view), total: found.total, updatedAt: found.updatedAt, complaintPage: COMPLAINT_PAGE };
    },
  );
};
