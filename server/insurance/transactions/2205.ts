// 2205 门诊费用明细信息撤销 withdraw uploaded fee details (chrg_bchno "0000" withdraws all).
import { Type } from '@sinclair/typebox';
import { Node, NoOutput, Str } from './wire.ts';
import { transaction } from './transaction.ts';

export const cancelFees = transaction({
  infno: '2205',
  name: '门诊费用明细信息撤销',
  repeatable: false,
  input: Type.Object({ data: Node({ mdtrt_id: Str(30), chrg_bchno: Str(30), psn_no: Str(30) }) }),
  output: NoOutput,
});

export const cancelFeesInput = (a: { mdtrtId: string; chrgBchno: string; psnNo: string }) => ({
  data: { mdtrt_id: a.mdtrtId, chrg_bchno: a.chrgBchno, psn_no: a.psnNo },
});
