// GET /api/health: is this terminal able to serve a patient, and if not, what is missing.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeviceStatusSchema } from './schemas.ts';
import type { AppContext } from '../context.ts';

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('starting'), Type.Literal('stopping')], {
    description: 'ok: platform signed in and every configured device ready; degraded: something is not',
  }),
  version: Type.String(),
  profile: Type.String(),
  platform: Type.Object({
    reachable: Type.Boolean({ description: 'the platform answered our last call' }),
    signedIn: Type.Boolean({ description: 'the terminal holds a sign-in (9001) for today' }),
  }),
  devices: Type.Object({
    idcard: DeviceStatusSchema,
    scanner: DeviceStatusSchema,
    camera: DeviceStatusSchema,
    printer: DeviceStatusSchema,
  }),
  uptimeSeconds: Type.Integer(),
});

export const healthRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const started = Date.now();
  app.get(
    '/api/health',
    { schema: { tags: ['terminal'], summary: 'Terminal health', response: { 200: HealthSchema } } },
    async () => {
      const devices = ctx.devices.snapshot();
      const platform = ctx.platform();
      const devicesUsable = Object.values(devices).every((d) => d.state === 'ready' || d.state === 'disabled' || d.state === 'busy');
      const phase = ctx.lifecycle.phase;
      const status: Static<typeof HealthSchema>['status'] = phase !== 'ready' ? phase : platform.signedIn && devicesUsable ? 'ok' : 'degraded';
      return {
        status,
        version: ctx.version,
        profile: ctx.config.profile,
        platform: { reachable: platform.reachable, signedIn: platform.signedIn },
        devices,
        uptimeSeconds: Math.floor((Date.now() - started) / 1000),
      };
    },
  );
};
