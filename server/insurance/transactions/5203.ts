// 5203 结算信息查询 settlement query. Recovery uses it with the visit (mdtrt_id) alone, when the
// answer to a 2207 was lost and its setl_id never arrived; medins_setl_id echoes the msgid.
import { Type } from '@sinclair/typebox';
import { readSetlinfo, SetlinfoSchema } from './setlinfo.ts';
import { Node, OptStr, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const querySettlement = transaction({
  infno: '5203',
  name: '结算信息查询',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30), mdtrt_id: Str(30), setl_id: OptStr(30) }) }),
  output: Type.Object({ setlinfo: Type.Union([SetlinfoSchema, Type.Null()]) }),
});

export const querySettlementInput = (a: { psnNo: string; mdtrtId: string; setlId?: string }) => ({
  data: { psn_no: a.psnNo, mdtrt_id: a.mdtrtId, ...(a.setlId ? { setl_id: a.setlId } : {}) },
});

/** The visit's latest settlement and whether it is still in force, or null when it has none. */
export const querySettlementResult = (o: WireOutput<typeof querySettlement>) =>
  o.setlinfo ? { split: readSetlinfo(o.setlinfo), inForce: o.setlinfo.vali_flag !== '0' } : null;
