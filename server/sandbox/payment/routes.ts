// Mobile payment under /payment: orders for the patient's self-pay part, paid by scanning a QR
// (here: POST /payment/admin/orders/:id/pay stands for the patient's phone), expiry, refunds, and
// a ledger. Creating an order is idempotent by the merchant's order number, so a terminal that
// crashed after asking can ask again and get the same order.
import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../../store/db.ts';

interface OrderRow {
  order_id: string;
  merchant_order_no: string;
  amount_fen: number;
  subject: string;
  state: 'pending' | 'paid' | 'expired' | 'refunded' | 'closed';
  created_at: string;
  expires_at: string;
  paid_at: string | null;
  refunded_at: string | null;
  refund_reason: string | null;
}

export const QR_PREFIX = 'https://pay.sandbox.medins-kiosk.local/qr/';

export const paymentRoutes: FastifyPluginAsyncTypebox<{ db: Database; clock: () => Date }> = async (app, { db, clock }) => {
  /** An unpaid order past its time is expired, whenever anyone looks. */
  const view = (r: OrderRow) => {
    const state = r.state === 'pending' && r.expires_at <= clock().toISOString() ? 'expired' : r.state;
    return {
      orderId: r.order_id,
      merchantOrderNo: r.merchant_order_no,
      amountFen: r.amount_fen,
      subject: r.subject,
      state,
      qrText: `${QR_PREFIX}${r.order_id}`,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      ...(r.paid_at ? { paidAt: r.paid_at } : {}),
      ...(r.refunded_at ? { refundedAt: r.refunded_at, refundReason: r.refund_reason } : {}),
    };
  };
  const order = (id: string) => db.get<OrderRow>('SELECT * FROM payment_orders WHERE order_id = ?', [id]);
  const notFound = (id: string) => ({ error: `no order ${id}` });

  app.post(
    '/api/orders',
    {
      schema: {
        body: Type.Object({
          merchantOrderNo: Type.String({ minLength: 1, maxLength: 64 }),
          amountFen: Type.Integer({ minimum: 1 }),
          subject: Type.String({ minLength: 1, maxLength: 128 }),
          ttlSeconds: Type.Integer({ minimum: 10, maximum: 7200 }),
        }),
      },
    },
    async (req, reply) => {
      const b = req.body;
      const existing = await db.get<OrderRow>('SELECT * FROM payment_orders WHERE merchant_order_no = ?', [b.merchantOrderNo]);
      if (existing) {
        if (existing.amount_fen !== b.amountFen) return reply.code(409).send({ error: `order ${b.merchantOrderNo} exists with another amount` });
        return view(existing);
      }
      const now = clock();
      const id = `PO${now.getTime().toString(36).toUpperCase()}${randomBytes(4).toString('hex').toUpperCase()}`;
      await db.run(
        "INSERT INTO payment_orders (order_id, merchant_order_no, amount_fen, subject, state, created_at, expires_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)",
        [id, b.merchantOrderNo, b.amountFen, b.subject, now.toISOString(), new Date(now.getTime() + b.ttlSeconds * 1000).toISOString()],
      );
      return reply.code(201).send(view((await order(id))!));
    },
  );

  app.get('/api/orders/:id', { schema: { params: Type.Object({ id: Type.String() }) } }, async (req, reply) => {
    const r = await order(req.params.id);
    return r ? view(r) : reply.code(404).send(notFound(req.params.id));
  });

  app.get('/api/orders', { schema: { querystring: Type.Object({ merchantOrderNo: Type.String() }) } }, async (req, reply) => {
    const r = await db.get<OrderRow>('SELECT * FROM payment_orders WHERE merchant_order_no = ?', [req.query.merchantOrderNo]);
    return r ? view(r) : reply.code(404).send(notFound(req.query.merchantOrderNo));
  });

  app.post(
    '/api/orders/:id/refund',
    { schema: { params: Type.Object({ id: Type.String() }), body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 200 }) }) } },
    async (req, reply) => {
      const r = await order(req.params.id);
      if (!r) return reply.code(404).send(notFound(req.params.id));
      if (r.state === 'refunded') return view(r);
      if (r.state !== 'paid') return reply.code(409).send({ error: `order ${r.order_id} is ${view(r).state}, not paid` });
      await db.run("UPDATE payment_orders SET state = 'refunded', refunded_at = ?, refund_reason = ? WHERE order_id = ? AND state = 'paid'", [
        clock().toISOString(),
        req.body.reason,
        r.order_id,
      ]);
      return view((await order(r.order_id))!);
    },
  );

  app.post('/api/orders/:id/close', { schema: { params: Type.Object({ id: Type.String() }) } }, async (req, reply) => {
    const r = await order(req.params.id);
    if (!r) return reply.code(404).send(notFound(req.params.id));
    if (r.state === 'pending') await db.run("UPDATE payment_orders SET state = 'closed' WHERE order_id = ? AND state = 'pending'", [r.order_id]);
    return view((await order(r.order_id))!);
  });

  app.post('/admin/orders/:id/pay', { schema: { params: Type.Object({ id: Type.String() }) } }, async (req, reply) => {
    const r = await order(req.params.id);
    if (!r) return reply.code(404).send(notFound(req.params.id));
    const state = view(r).state;
    if (state === 'paid') return view(r);
    if (state !== 'pending') return reply.code(409).send({ error: `order ${r.order_id} is ${state}` });
    await db.run("UPDATE payment_orders SET state = 'paid', paid_at = ? WHERE order_id = ? AND state = 'pending'", [clock().toISOString(), r.order_id]);
    return view((await order(r.order_id))!);
  });

  /** Ends a pending order's time now: tests and demos need not wait for it. */
  app.post('/admin/orders/:id/expire', { schema: { params: Type.Object({ id: Type.String() }) } }, async (req, reply) => {
    const r = await order(req.params.id);
    if (!r) return reply.code(404).send(notFound(req.params.id));
    if (r.state === 'pending') await db.run('UPDATE payment_orders SET expires_at = ? WHERE order_id = ?', [clock().toISOString(), r.order_id]);
    return view((await order(r.order_id))!);
  });

  app.get('/admin/ledger', async () => (await db.all<OrderRow>('SELECT * FROM payment_orders ORDER BY created_at, order_id')).map(view));
};
