// The simulator control API behind the /sim page (only when simulators run): present or lift a
// test card, scan any test code, set the printer's paper and cover, and read back the last
// receipts. Test cards and 医保码 come from the local platform sandbox's test persons.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DEMO_CARDS } from '../../device/sim/demo-cards.ts';
import { cardOf, sandboxPersons, type SandboxPerson } from '../../device/sim/sandbox-cards.ts';
import { KioskError } from '../errors.ts';
import type { Simulators } from '../simulators.ts';

const NO_SIM = (what: string) => new KioskError('SIMULATOR_OFF', 404, { zh: `${what}模拟器未启用`, en: `The ${what} simulator is not running` });
const ok = Type.Object({ ok: Type.Literal(true) });

export interface SimDeps {
  sims: Simulators;
  /** The local sandbox platform's base (…/center), when there is one. */
  sandboxCenter?: string;
  /** The local sandbox payment provider's base (…/payment), when there is one. */
  sandboxPayment?: string;
  uiRoot: string;
}

export const simRoutes: FastifyPluginAsyncTypebox<SimDeps> = async (app, { sims, sandboxCenter, sandboxPayment, uiRoot }) => {
  const persons = async (): Promise<SandboxPerson[]> => (sandboxCenter ? sandboxPersons(sandboxCenter) : []);
  const person = async (psnNo: string): Promise<SandboxPerson> => {
    const found = (await persons()).find((p) => p.psn_no === psnNo);
    if (!found) throw new KioskError('NO_SUCH_PERSON', 404, { zh: '没有这个测试人员', en: 'No such test person' });
    return found;
  };
  const tags = ['simulators'];

  const page = join(uiRoot, 'sim.html');
  if (existsSync(page)) app.get('/sim', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(createReadStream(page)));

  app.get(
    '/api/sim',
    { schema: { tags, summary: 'What the simulators are doing',
      response: {
        200: Type.Object({
          idcard: Type.Union([Type.Null(), Type.Object({ presented: Type.Union([Type.Null(), Type.String()]) })]),
          scanner: Type.Boolean(),
          printer: Type.Union([Type.Null(), Type.Object({ paperOut: Type.Boolean(), paperNearEnd: Type.Boolean(), coverOpen: Type.Boolean() })]),
          sandbox: Type.Boolean(),
        }),
      },
    } },
    async () => ({
      idcard: sims.idcard ? { presented: sims.idcard.presented?.certno ?? null } : null,
      scanner: !!sims.scanner,
      printer: sims.printer?.conditions ?? null,
      sandbox: !!sandboxCenter,
    }),
  );

  app.get('/api/sim/persons', { schema: { tags, summary: 'Test persons of the local sandbox, with a fresh 医保码 each' } }, async () =>
    (await persons()).map((p) => ({ psnNo: p.psn_no, name: p.psn_name, certno: p.certno, ecqr: p.ecqr, tags: p.tags, card: p.idcard.kind, validTo: p.idcard.valid_to })),
  );

  app.get('/api/sim/demo-cards', { schema: { tags, summary: 'Built-in cards (a bad check digit among them), for a platform without test persons' } }, async () =>
    DEMO_CARDS.map((c, i) => ({ index: i, kind: c.kind, name: c.name, certno: c.certno, validTo: c.validTo })),
  );

  app.post(
    '/api/sim/idcard/present',
    { schema: { tags, summary: "Put a card on the reader: a sandbox person's, or a built-in one",
      body: Type.Union([Type.Object({ psnNo: Type.String() }, { additionalProperties: false }), Type.Object({ demo: Type.Integer({ minimum: 0 }) }, { additionalProperties: false })]),
      response: { 200: ok },
    } },
    async (req) => {
      if (!sims.idcard) throw NO_SIM('身份证读卡器');
      const body = req.body;
      if ('demo' in body) {
        if (!DEMO_CARDS[body.demo]) throw new KioskError('NO_SUCH_CARD', 404, { zh: '没有这张卡', en: 'No such card' });
        sims.idcard.present(body.demo);
      } else {
        sims.idcard.present(cardOf(await person(body.psnNo)));
      }
      return { ok: true as const };
    },
  );

  app.post('/api/sim/idcard/lift', { schema: { tags, summary: 'Take the card off the reader', response: { 200: ok } } }, async () => {
    if (!sims.idcard) throw NO_SIM('身份证读卡器');
    sims.idcard.lift();
    return { ok: true as const };
  });

  app.post('/api/sim/idcard/damage', { schema: { tags, summary: 'Garble the next read (a bad checksum on the wire)', response: { 200: ok } } }, async () => {
    if (!sims.idcard) throw NO_SIM('身份证读卡器');
    sims.idcard.failNextRead('damaged');
    return { ok: true as const };
  });

  app.post(
    '/api/sim/scanner/scan',
    { schema: { tags, summary: 'Scan a code: any text, or the fresh 医保码 of a sandbox person',
      body: Type.Union([Type.Object({ text: Type.String({ minLength: 1, maxLength: 4096 }) }, { additionalProperties: false }), Type.Object({ ecqrOf: Type.String() }, { additionalProperties: false })]),
      response: { 200: ok },
    } },
    async (req) => {
      if (!sims.scanner) throw NO_SIM('扫码器');
      await sims.scanner.scan('text' in req.body ? req.body.text : (await person(req.body.ecqrOf)).ecqr);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/sim/printer',
    { schema: { tags, summary: "Set the printer's paper and cover",
      body: Type.Object({ paperOut: Type.Optional(Type.Boolean()), paperNearEnd: Type.Optional(Type.Boolean()), coverOpen: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: ok },
    } },
    async (req) => {
      if (!sims.printer) throw NO_SIM('打印机');
      if (req.body.paperOut !== undefined) sims.printer.setPaperOut(req.body.paperOut);
      if (req.body.paperNearEnd !== undefined) sims.printer.setPaperNearEnd(req.body.paperNearEnd);
      if (req.body.coverOpen !== undefined) sims.printer.setCoverOpen(req.body.coverOpen);
      return { ok: true as const };
    },
  );

  app.get('/api/sim/payments', { schema: { tags, summary: 'Payment orders waiting for the patient\'s phone' } }, async () => {
    if (!sandboxPayment) return [];
    const res = await fetch(`${sandboxPayment}/admin/ledger`);
    const orders = res.ok ? ((await res.json()) as Array<{ orderId: string; amountFen: number; subject: string; state: string; expiresAt: string }>) : [];
    return orders.filter((o) => o.state === 'pending').map((o) => ({ orderId: o.orderId, amountFen: o.amountFen, subject: o.subject, expiresAt: o.expiresAt }));
  });

  app.post(
    '/api/sim/payments/:orderId/pay',
    { schema: { tags, summary: "Pay an order, as the patient's phone would", params: Type.Object({ orderId: Type.String() }), response: { 200: ok } } },
    async (req) => {
      if (!sandboxPayment) throw NO_SIM('手机支付');
      const res = await fetch(`${sandboxPayment}/admin/orders/${encodeURIComponent(req.params.orderId)}/pay`, { method: 'POST' });
      if (!res.ok) throw new KioskError('PAYMENT_REFUSED', 409, { zh: '这笔订单不能支付（已过期或已支付）', en: 'This order cannot be paid (expired or already paid)' });
      return { ok: true as const };
    },
  );

  app.get('/api/sim/printer/receipts', { schema: { tags, summary: 'The last receipts as the printer decoded them, newest last' } }, async () => {
    if (!sims.printer) throw NO_SIM('打印机');
    return sims.printer.lastReceipts();
  });
};
