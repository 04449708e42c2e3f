// The platform under /center: the NHSA path, the e-voucher route and the admin routes, with
// faults applied around the first two.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CALL_SERVICE_PATH, EC_TRANS_PATH, type RequestEnvelope } from '../../insurance/envelope.ts';
import type { Database } from '../../store/db.ts';
import { adminRoutes } from './admin.ts';
import { DICTIONARIES } from './dictionary.ts';
import { CenterCache } from './cache.ts';
import type { CenterOptions } from './context.ts';
import { EcService } from './ec.ts';
import type { Faults } from './faults.ts';
import { Gateway } from './gateway.ts';
import { signatureProblem, type GatewaySigning } from './signature.ts';
import { Serials } from './state.ts';

export interface CenterDeps {
  db: Database;
  opts: CenterOptions;
  faults: Faults;
  signing: GatewaySigning;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `process` under whatever fault the transaction draws; undefined means the reply was taken over. */
async function withFault(faults: Faults, key: string, req: FastifyRequest, reply: FastifyReply, process: () => Promise<unknown>): Promise<unknown> {
  const fault = faults.roll(key);
  switch (fault?.kind) {
    case undefined:
      return process();
    case 'latency':
      await sleep(fault.ms ?? 1000);
      return process();
    case 'http500':
      return reply.code(500).type('text/plain').send('Internal Server Error');
    case 'timeout': {
      reply.hijack();
      if (fault.ms !== undefined) {
        const timer = setTimeout(() => req.raw.socket.destroy(), fault.ms);
        req.raw.socket.once('close', () => clearTimeout(timer));
      }
      return undefined;
    }
    case 'garbled': {
      const text = JSON.stringify(await process());
      return reply.code(200).type('application/json').send(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
    }
    case 'commit-then-drop':
      await process();
      reply.hijack();
      req.raw.socket.destroy();
      return undefined;
  }
}

export const centerRoutes: FastifyPluginAsyncTypebox<CenterDeps> = async (app, deps) => {
  const cache = new CenterCache();
  const gateway = new Gateway(deps.db, deps.opts, cache, await Serials.load(deps.db));
  const ec = new EcService(deps.db, deps.opts);

  // On the NHSA path a broken body is the client's fault, answered in the platform's envelope;
  // admin routes answer plain HTTP errors.
  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
    if (req.url.includes('/admin/')) return reply.code(status).send({ error: err.message });
    if (status < 500) return reply.code(200).send({ infcode: '-1', err_msg: `请求报文不是合法的JSON：${err.message}`, output: null });
    return reply.code(500).send({ infcode: '-1', err_msg: `平台内部错误：${err.message}`, output: null });
  });

  app.post(CALL_SERVICE_PATH, async (req, reply) => {
    const body = req.body as Partial<RequestEnvelope> | undefined;
    const infno = typeof body?.infno === 'string' ? body.infno : '';
    return withFault(deps.faults, infno, req, reply, async () => {
      const problem = body && typeof body === 'object' ? signatureProblem(deps.signing, req.headers, body as RequestEnvelope, deps.opts.clock()) : undefined;
      if (problem) return { infcode: '-1', err_msg: problem, output: null };
      return gateway.call(body);
    });
  });

  app.post(EC_TRANS_PATH, async (req, reply) => {
    const body = req.body as { transType?: unknown } | undefined;
    const key = typeof body?.transType === 'string' ? body.transType : '';
    return withFault(deps.faults, key, req, reply, () => ec.trans(body));
  });

  app.get('/dict/:name', { schema: { params: Type.Object({ name: Type.String() }) } }, async (req, reply) => {
    const list = DICTIONARIES[req.params.name];
    return list ?? reply.code(404).send({ error: `no dictionary ${req.params.name}; there are ${Object.keys(DICTIONARIES).join(', ')}` });
  });

  await app.register(adminRoutes, { db: deps.db, opts: deps.opts, faults: deps.faults, cache });
};
