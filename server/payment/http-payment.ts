// The payment adapter over the sandbox payment provider's HTTP API (/payment/api).
import { Type } from '@sinclair/typebox';
import { JsonService } from '../net/json-service.ts';
import type { PaymentAdapter, PaymentOrder } from './adapter.ts';

const OrderSchema = Type.Object({
  orderId: Type.String(),
  merchantOrderNo: Type.String(),
  amountFen: Type.Integer({ minimum: 1 }),
  state: Type.Union(['pending', 'paid', 'expired', 'refunded', 'closed'].map((s) => Type.Literal(s))),
  qrText: Type.String(),
  expiresAt: Type.String(),
});

const order = (o: { orderId: string; merchantOrderNo: string; amountFen: number; state: string; qrText: string; expiresAt: string }): PaymentOrder => ({
  orderId: o.orderId,
  merchantOrderNo: o.merchantOrderNo,
  amountFen: o.amountFen,
  state: o.state as PaymentOrder['state'],
  qrText: o.qrText,
  expiresAt: o.expiresAt,
});

export class HttpPayment implements PaymentAdapter {
  private readonly service: JsonService;

  constructor(baseUrl: string, timeoutMs: number) {
    this.service = new JsonService('payment', baseUrl, timeoutMs);
  }

  async createOrder(o: { merchantOrderNo: string; amountFen: number; subject: string; ttlSeconds: number }): Promise<PaymentOrder> {
    return order(await this.service.call('POST', '/api/orders', OrderSchema, o));
  }

  async getOrder(orderId: string): Promise<PaymentOrder> {
    return order(await this.service.call('GET', `/api/orders/${encodeURIComponent(orderId)}`, OrderSchema));
  }

  async findOrder(merchantOrderNo: string): Promise<PaymentOrder | null> {
    const o = await this.service.call('GET', `/api/orders?merchantOrderNo=${encodeURIComponent(merchantOrderNo)}`, OrderSchema, undefined, null);
    return o && order(o);
  }

  async refund(orderId: string, reason: string): Promise<PaymentOrder> {
    return order(await this.service.call('POST', `/api/orders/${encodeURIComponent(orderId)}/refund`, OrderSchema, { reason }));
  }

  async close(orderId: string): Promise<PaymentOrder> {
    return order(await this.service.call('POST', `/api/orders/${encodeURIComponent(orderId)}/close`, OrderSchema, {}));
  }
}
