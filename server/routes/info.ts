// Information pages (seed 001 §8.2.3): the list, and one page in both languages.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';
import { KioskError } from '../errors.ts';
import { BilingualSchema } from './schemas.ts';

const Block = Type.Union([
  Type.Object({ type: Type.Literal('heading'), text: Type.String() }),
  Type.Object({ type: Type.Literal('paragraph'), text: Type.String() }),
  Type.Object({ type: Type.Literal('list'), ordered: Type.Boolean(), items: Type.Array(Type.String()) }),
]);

const NOT_FOUND = new KioskError('INFO_PAGE_NOT_FOUND', 404, { zh: '没有这个信息页面。', en: 'No such information page.' });

export const infoRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/info',
    {
      schema: {
        tags: ['patient'],
        summary: 'The information pages, in the order the operator set',
        response: { 200: Type.Object({ pages: Type.Array(Type.Object({ id: Type.String(), title: BilingualSchema })) }) },
      },
    },
    async () => ({ pages: ctx.infoPages.pages.map((p) => ({ id: p.id, title: p.title })) }),
  );

  app.get(
    '/api/info/:id',
    {
      schema: {
        tags: ['patient'],
        summary: 'One information page in zh-CN and English',
        params: Type.Object({ id: Type.String({ maxLength: 60 }) }),
        response: {
          200: Type.Object({ id: Type.String(), title: BilingualSchema, blocks: Type.Object({ zh: Type.Array(Block), en: Type.Array(Block) }) }),
          404: { $ref: 'Error#' },
        },
      },
    },
    async (req) => {
      const page = ctx.infoPages.page(req.params.id);
      if (!page) throw NOT_FOUND;
      return page;
    },
  );
};
