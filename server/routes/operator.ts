// Operator routes: login with the PIN for a bearer token; everything else under /api/operator
// needs that token. Every login attempt is audited, and wrong PINs lock logins for a while.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KioskError } from '../errors.ts';
import { lockedUntil, type LoginAttempt } from '../operator/lockout.ts';
import { verifyPin } from '../operator/pin.ts';
import { bearer, requireOperator } from '../operator/guard.ts';
import { audit, recentAudit, verifyAudit } from '../store/audit.ts';
import type { AppContext } from '../context.ts';

export const operatorRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { operator } = ctx.config;
  const tokens = ctx.operators;

  const recentLogins = async (): Promise<LoginAttempt[]> => {
    const rows = await ctx.db.all<{ at: string; action: string }>(
      "SELECT at, action FROM audit WHERE action IN ('operator.login', 'operator.login-failed') ORDER BY id DESC LIMIT ?",
      [operator.maxFailedLogins],
    );
    return rows.map((r) => ({ at: r.at, ok: r.action === 'operator.login' }));
  };

  // Logins run one at a time, so a burst of guesses cannot all pass the lockout check
  // before the first failure is audited.
  let loginTurn: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const result = loginTurn.then(work);
    loginTurn = result.catch(() => undefined);
    return result;
  };

  const guard = requireOperator(tokens);
  app.addHook('onRequest', async (req) => {
    if (req.url === '/api/operator/login' || req.url.startsWith('/api/operator/login?')) return;
    await guard(req);
  });

  app.post(
    '/api/operator/login',
    {
      schema: {
        tags: ['operator'],
        summary: 'Log in with the operator PIN',
        body: Type.Object({ pin: Type.String({ pattern: '^[0-9]{4,12}$', description: 'the operator PIN, 4 to 12 digits' }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ token: Type.String(), expiresAt: Type.String({ format: 'date-time' }) }),
          401: { $ref: 'Error#' },
          429: { $ref: 'Error#' },
        },
      },
    },
    (req) => oneAtATime(async () => {
      const now = new Date();
      const until = lockedUntil(await recentLogins(), operator.maxFailedLogins, operator.lockoutMinutes, now);
      if (until) {
        await audit(ctx.db, { actor: 'operator', action: 'operator.login-refused', detail: { lockedUntil: until.toISOString() } });
        const retryAfter = Math.ceil((until.getTime() - now.getTime()) / 1000);
        throw new KioskError(
          'OPERATOR_LOCKED',
          429,
          {
            zh: `PIN 错误次数过多，请在 ${Math.ceil(retryAfter / 60)} 分钟后再试。`,
            en: `Too many wrong PINs. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
          },
          { 'retry-after': String(retryAfter) },
        );
      }
      if (!(await verifyPin(req.body.pin, operator.pinHash))) {
        await audit(ctx.db, { actor: 'operator', action: 'operator.login-failed', detail: { ip: req.ip } });
        throw new KioskError('OPERATOR_PIN_WRONG', 401, { zh: 'PIN 不正确。', en: 'Wrong PIN.' });
      }
      await audit(ctx.db, { actor: 'operator', action: 'operator.login', detail: { ip: req.ip } });
      const { token, expiresAt } = tokens.issue();
      return { token, expiresAt: expiresAt.toISOString() };
    }),
  );

  app.post(
    '/api/operator/logout',
    { schema: { tags: ['operator'], summary: 'End this operator login', security: [{ operator: [] }], response: { 204: Type.Null() } } },
    async (req, reply) => {
      tokens.revoke(bearer(req)!);
      await audit(ctx.db, { actor: 'operator', action: 'operator.logout' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/operator/audit',
    {
      schema: {
        tags: ['operator'],
        summary: 'Most recent audit entries, newest first',
        security: [{ operator: [] }],
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }) }),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.Integer(),
              at: Type.String(),
              actor: Type.String(),
              action: Type.String(),
              detail: Type.String(),
              hash: Type.String(),
            }),
          ),
        },
      },
    },
    async (req) => recentAudit(ctx.db, req.query.limit),
  );

  app.get(
    '/api/operator/audit/verify',
    {
      schema: {
        tags: ['operator'],
        summary: 'Verify the audit hash chain',
        security: [{ operator: [] }],
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            rows: Type.Integer(),
            id: Type.Optional(Type.Integer({ description: 'the first row that does not hold' })),
            problem: Type.Optional(Type.String()),
          }),
        },
      },
    },
    async () => verifyAudit(ctx.db),
  );
};
