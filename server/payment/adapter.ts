// Mobile payment of the patient's self-pay part, as the kiosk needs it. Another provider plugs in
// by implementing this interface.
export type OrderState = 'pending' | 'paid' | 'expired' | 'refunded' | 'closed';

export interface PaymentOrder {
  orderId: string;
  /** Ours: the settlement id, so an order can be found again after a crash. */
  merchantOrderNo: string;
  amountFen: number;
  state: OrderState;
  /** What the patient's phone scans. */
  qrText: string;
  expiresAt: string;
}

export interface PaymentAdapter {
  /** Idempotent by merchantOrderNo: asking again answers the same order. */
  createOrder(o: { merchantOrderNo: string; amountFen: number; subject: string; ttlSeconds: number }): Promise<PaymentOrder>;
  getOrder(orderId: string): Promise<PaymentOrder>;
  findOrder(merchantOrderNo: string): Promise<PaymentOrder | null>;
  /** Idempotent: a refunded order stays refunded. */
  refund(orderId: string, reason: string): Promise<PaymentOrder>;
  close(orderId: string): Promise<PaymentOrder>;
}
