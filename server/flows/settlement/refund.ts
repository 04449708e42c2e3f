// Money back to the patient when the settlement they paid for did not happen: at once when the
// payment provider answers, else from the outbox. Refunding twice is no harm: only a paid order is.
import { enqueue } from '../../store/outbox.ts';
import type { SettlementDeps } from './deps.ts';
import { journaled } from './journaled.ts';

export const REFUND_JOB = 'payment.refund';

/** Refunds now, or leaves it to the outbox; true once the money is on its way back. */
export async function refund(deps: SettlementDeps, id: string, orderId: string): Promise<boolean> {
  try {
    await refundNow(deps, id, orderId);
    return true;
  } catch (err) {
    deps.log.warn({ err, settlementId: id }, 'refund postponed');
    await enqueue(deps.db, REFUND_JOB, { settlementId: id, orderId });
    return false;
  }
}

export async function refundNow(deps: SettlementDeps, id: string, orderId: string): Promise<void> {
  const order = await deps.payment.getOrder(orderId);
  if (order.state !== 'paid') return;
  await journaled(deps.db, {
    settlementId: id,
    step: 'payment.refund',
    intent: { orderId, amountFen: order.amountFen },
    run: () => deps.payment.refund(orderId, '医保结算未完成，退回自付款'),
    outcome: (o) => ({ state: o.state }),
  });
}
