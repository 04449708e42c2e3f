// 2207 门诊结算 settlement: commits the split. Not repeatable: an ambiguous failure is resolved
// by querying (5203) and reversing (2601), never by sending it again.
import { Type } from '@sinclair/typebox';
import { fenToYuan } from '../money.ts';
import { settlementData, settlementFields, type SettleArgs } from './2206.ts';
import { readSetlinfo, SetlinfoSchema, type SettlementSplit } from './setlinfo.ts';
import { Amount, Node, OptStr, Rows, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const settle = transaction({
  infno: '2207',
  name: '门诊结算',
  repeatable: false,
  input: Type.Object({
    data: Node({
      ...settlementFields,
      invono: OptStr(20),
      fulamt_ownpay_amt: Amount,
      overlmt_selfpay: Amount,
      preselfpay_amt: Amount,
      inscp_scp_amt: Amount,
    }),
  }),
  output: Type.Object({
    setlinfo: SetlinfoSchema,
    setldetail: Type.Optional(Rows(Node({ fund_pay_type: Str(6), fund_payamt: Amount, fund_pay_type_name: OptStr(200) }))),
  }),
});

/** 2207 carries the pre-settlement's four self-pay figures back, so both sides agree on them. */
export const settleInput = (a: SettleArgs, pre: SettlementSplit, invono?: string) => ({
  data: {
    ...settlementData(a),
    ...(invono ? { invono } : {}),
    fulamt_ownpay_amt: fenToYuan(pre.fullSelfPayFen),
    overlmt_selfpay: fenToYuan(pre.overLimitSelfPayFen),
    preselfpay_amt: fenToYuan(pre.preSelfPayFen),
    inscp_scp_amt: fenToYuan(pre.inScopeFen),
  },
});

export const settleResult = (o: WireOutput<typeof settle>) => readSetlinfo(o.setlinfo);
