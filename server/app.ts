// Assembles the Fastify application: external plugins, then our cross-cutting pieces, then the
// routes. Tests build exactly this with their own context.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from './context.ts';
import { SHUTTING_DOWN } from './lifecycle.ts';
import { countUpstream } from './net/upstream-time.ts';
import { UI_DIST } from './paths.ts';
import { installErrorHandler } from './routes/error-handler.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { operatorRoutes } from './routes/operator.ts';
import { printerRoutes } from './routes/printer.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { settlementRoutes } from './routes/settlements.ts';
import { filingRoutes } from './routes/filings.ts';
import { recordRoutes } from './routes/records.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { complaintRoutes } from './routes/complaints.ts';
import { infoRoutes } from './routes/info.ts';
import { operatorFeedbackRoutes } from './routes/operator-feedback.ts';
import { pharmacyRoutes } from './routes/pharmacy.ts';
import { priceRoutes } from './routes/prices.ts';
import { simRoutes, type SimDeps } from './routes/sim.ts';
import { ErrorSchema } from './routes/schemas.ts';
import { uiRoutes } from './routes/ui.ts';

export interface AppOptions {
  /** Directory of the built UI; defaults to dist/ui. */
  uiRoot?: string;
  /** The running device simulators, for the /sim page and its API. */
  simulators?: Omit<SimDeps, 'uiRoot'>;
}

const timings = new WeakMap<object, { started: number; upstream: { ms: number } }>();

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    // Request lines would carry URLs with session ids; routes log what matters themselves.
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: true,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'medins-kiosk daemon API',
        description: 'The local API of a medical insurance self-service terminal. Errors are always {"error":{"code","message":{"zh","en"}}}.',
        version: ctx.version,
      },
      components: {
        securitySchemes: { operator: { type: 'http', scheme: 'bearer', description: 'token from POST /api/operator/login' } },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  app.addSchema(ErrorSchema);
  installErrorHandler(app);
  // Every route that needs the operator's token says so in the docs, with the 401 it answers without one.
  app.addHook('onRoute', (route) => {
    if (!route.schema?.security) return;
    route.schema.response = { 401: { $ref: 'Error#' }, ...(route.schema.response as object) };
  });

  // Server-Timing: the daemon's own time apart from the time it waited on other systems.
  app.addHook('onRequest', (req, _reply, done) => {
    timings.set(req, { started: performance.now(), upstream: countUpstream() });
    done();
  });
  app.addHook('onSend', async (req, reply) => {
    const t = timings.get(req);
    if (!t) return;
    const total = performance.now() - t.started;
    reply.header('server-timing', `upstream;dur=${t.upstream.ms.toFixed(2)}, app;dur=${(total - t.upstream.ms).toFixed(2)}`);
  });

  app.addHook('onRequest', async (req) => {
    if (ctx.lifecycle.phase === 'stopping' && req.url.startsWith('/api/') && !req.url.startsWith('/api/health')) {
      throw SHUTTING_DOWN;
    }
  });

  await app.register(healthRoutes, { ctx });
  await app.register(eventRoutes, { ctx });
  await app.register(operatorRoutes, { ctx });
  await app.register(printerRoutes, { ctx });
  await app.register(sessionRoutes, { ctx });
  await app.register(settlementRoutes, { ctx });
  await app.register(filingRoutes, { ctx });
  await app.register(recordRoutes, { ctx });
  await app.register(feedbackRoutes, { ctx });
  await app.register(complaintRoutes, { ctx });
  await app.register(operatorFeedbackRoutes, { ctx });
  await app.register(priceRoutes, { ctx });
  await app.register(infoRoutes, { ctx });
  await app.register(pharmacyRoutes, { ctx });
  if (options.simulators) await app.register(simRoutes, { ...options.simulators, uiRoot: options.uiRoot ?? UI_DIST });
  await app.register(uiRoutes, { root: options.uiRoot ?? UI_DIST });
  return app;
}
