// 2601 冲正交易 reversal: undoes a transaction whose answer was lost, found by its msgid.
import { Type } from '@sinclair/typebox';
import { Node, NoOutput, Str } from './wire.ts';
import { transaction } from './transaction.ts';

export const reverse = transaction({
  infno: '2601',
  name: '冲正交易',
  repeatable: false,
  input: Type.Object({ data: Node({ psn_no: Str(30), omsgid: Str(30), oinfno: Str(4) }) }),
  output: NoOutput,
});

export const reverseInput = (a: { psnNo: string; omsgid: string; oinfno: string }) => ({
  data: { psn_no: a.psnNo, omsgid: a.omsgid, oinfno: a.oinfno },
});
