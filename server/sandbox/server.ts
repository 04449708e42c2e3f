// The sandbox process: one HTTP server with the platform under /center (and room for the HIS
// under /his and payment under /payment). Started alone by `npm run sandbox`, or embedded by the
// daemon when sandbox.enabled is true.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Database } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import type { CenterOptions } from './center/context.ts';
import { Faults, type Fault } from './center/faults.ts';
import { SANDBOX_MIGRATIONS } from './migrations.ts';
import { centerRoutes } from './center/routes.ts';
import { hisRoutes } from './his/routes.ts';
import { paymentRoutes } from './payment/routes.ts';
import type { GatewaySigning } from './center/signature.ts';
import { seedSandbox } from './seed.ts';

export const DEFAULT_SEED = 20261123;

export interface SandboxOptions {
  host: string;
  port: number;
  dataDir: string;
  seed?: number;
  faults?: Fault[];
  signing?: GatewaySigning;
  qrTtlMs?: number;
  tokenTtlMs?: number;
  clock?: () => Date;
}

export interface RunningSandbox {
  /** http://host:port */
  origin: string;
  app: FastifyInstance;
  faults: Faults;
  close(): Promise<void>;
}

export async function startSandbox(o: SandboxOptions): Promise<RunningSandbox> {
  mkdirSync(o.dataDir, { recursive: true });
  const db = await Database.open(join(o.dataDir, 'sandbox.sqlite'));
  const opts: CenterOptions = {
    seed: o.seed ?? DEFAULT_SEED,
    qrTtlMs: o.qrTtlMs ?? 10 * 60_000,
    tokenTtlMs: o.tokenTtlMs ?? 30 * 60_000,
    clock: o.clock ?? (() => new Date()),
  };
  try {
    await migrate(db, SANDBOX_MIGRATIONS);
    await seedSandbox(db, opts.seed);
  } catch (err) {
    await db.close();
    throw err;
  }
  const faults = new Faults(o.faults);
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024, forceCloseConnections: true }).withTypeProvider<TypeBoxTypeProvider>();
  await app.register(centerRoutes, { prefix: '/center', db, opts, faults, signing: o.signing ?? { kind: 'none' } });
  await app.register(hisRoutes, { prefix: '/his', db });
  await app.register(paymentRoutes, { prefix: '/payment', db, clock: opts.clock });
  app.addHook('onClose', () => db.close());
  try {
    await app.listen({ host: o.host, port: o.port });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return { origin: `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`, app, faults, close: () => app.close() };
}
