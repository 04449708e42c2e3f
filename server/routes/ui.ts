// The built touchscreen UI, served at `/`. `npm start` builds it when stale, so a missing
// bundle means someone started the daemon by hand without building.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { KioskError } from '../errors.ts';

export const uiRoutes: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, async () => {
      throw new KioskError('UI_NOT_BUILT', 503, { zh: '界面尚未构建，请运行 npm run build。', en: 'The UI is not built. Run npm run build.' });
    });
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', index: 'index.html', wildcard: false, schemaHide: true });
};
