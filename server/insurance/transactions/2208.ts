// 2208 门诊结算撤销 cancel a committed settlement of this institution.
import { Type } from '@sinclair/typebox';
import { yuanToFen } from '../money.ts';
import { Amount, Node, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const cancelSettlement = transaction({
  infno: '2208',
  name: '门诊结算撤销',
  repeatable: false,
  input: Type.Object({ data: Node({ setl_id: Str(30), mdtrt_id: Str(30), psn_no: Str(30) }) }),
  output: Type.Object({ setlinfo: Node({ setl_id: Str(30), mdtrt_id: Str(30), psn_no: Str(30), balc: Amount }) }),
});

export const cancelSettlementInput = (a: { setlId: string; mdtrtId: string; psnNo: string }) => ({
  data: { setl_id: a.setlId, mdtrt_id: a.mdtrtId, psn_no: a.psnNo },
});

/** The cancellation's own id and the balance once the account part is returned. */
export const cancelSettlementResult = (o: WireOutput<typeof cancelSettlement>) => ({
  cancelSetlId: o.setlinfo.setl_id,
  balanceFen: yuanToFen(o.setlinfo.balc),
});
