// Operator printer routes: a test page, the receipts kept because they could not print, and
// their reprint.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { COLUMNS } from '../../device/printer/escpos.ts';
import { testPage } from '../../device/printer/templates/test-page.ts';
import { KioskError } from '../errors.ts';
import { requireOperator } from '../operator/guard.ts';
import { audit } from '../store/audit.ts';
import type { AppContext } from '../context.ts';
import { BilingualSchema } from './schemas.ts';

const PrintResultSchema = Type.Object({
  status: Type.Union([Type.Literal('printed'), Type.Literal('kept')], { description: 'kept: it could not print and waits for a reprint' }),
  jobId: Type.String(),
  reason: Type.Optional(BilingualSchema),
});

export const printerRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireOperator(ctx.operators));
  const security = [{ operator: [] }];
  const width = () => (ctx.config.devices.printer.driver === 'escpos' ? ctx.config.devices.printer.width : 80);

  app.post(
    '/api/operator/printer/test',
    { schema: { tags: ['operator'], summary: 'Print the test page', security, response: { 200: PrintResultSchema } } },
    async () => {
      const result = await ctx.devices.print(testPage(COLUMNS[width()]));
      await audit(ctx.db, { actor: 'operator', action: 'printer.test', detail: { status: result.status } });
      return result;
    },
  );

  app.get(
    '/api/operator/printer/jobs',
    {
      schema: {
        tags: ['operator'],
        summary: 'Receipts kept for a reprint',
        security,
        response: { 200: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), keptAt: Type.String(), reason: BilingualSchema })) },
      },
    },
    async () => ctx.devices.keptJobs(),
  );

  app.post(
    '/api/operator/printer/jobs/:id/reprint',
    { schema: { tags: ['operator'], summary: 'Print a kept receipt again', security, params: Type.Object({ id: Type.String() }), response: { 200: PrintResultSchema, 404: { $ref: 'Error#' } } } },
    async (req) => {
      const result = await ctx.devices.reprint(req.params.id);
      if (!result) throw new KioskError('NO_SUCH_JOB', 404, { zh: '没有这张待补打的凭条。', en: 'There is no such receipt waiting.' });
      if (result.status === 'printed') await ctx.settlements.receiptJobPrinted(req.params.id);
      await audit(ctx.db, { actor: 'operator', action: 'printer.reprint', detail: { jobId: req.params.id, status: result.status } });
      return result;
    },
  );
};
