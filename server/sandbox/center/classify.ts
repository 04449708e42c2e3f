// Classifies an uploaded fee line against the catalogue (2204): 丙 lines are fully self-paid,
// 乙 lines carry their self-pay share first (先行自付), a price above the catalogue's is
// over-limit self-pay; what remains is in scope for the fund.
import { applyPermille, lineAmount, pricedAmount, priceOfFen, type Fen } from '../../insurance/money.ts';
import type { CatalogueItem } from './catalogue.ts';

export interface Classified {
  amountFen: number;
  fullSelfPayFen: number;
  overLimitFen: number;
  preSelfPayFen: number;
  inScopeFen: number;
}

/** `price` in millionths of a yuan (the wire's pric has up to 6 decimals), `quantity` in ten-thousandths. */
export function classifyLine(item: CatalogueItem, price: bigint, quantity: number): Classified {
  const amountFen = pricedAmount(price, quantity);
  const allowed = price > priceOfFen(item.priceFen) ? lineAmount(item.priceFen as Fen, quantity) : amountFen;
  const overLimitFen = amountFen - allowed;
  const fullSelfPayFen = item.listClass === '丙' ? allowed : 0;
  const preSelfPayFen = item.listClass === '乙' ? applyPermille(allowed, item.selfPayPermille) : 0;
  return { amountFen, fullSelfPayFen, overLimitFen, preSelfPayFen, inScopeFen: amountFen - overLimitFen - fullSelfPayFen - preSelfPayFen };
}
