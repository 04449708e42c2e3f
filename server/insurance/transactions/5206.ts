// 5206 人员累计信息查询 a person's accumulations this year (deductible used, fund paid per pool).
import { Type } from '@sinclair/typebox';
import { yuanToFen } from '../money.ts';
import { Amount, Node, Rows, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const queryAccumulations = transaction({
  infno: '5206',
  name: '人员累计信息查询',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30), cum_ym: Type.String({ pattern: '^\\d{6}$', description: 'yyyyMM' }) }) }),
  output: Type.Object({
    cuminfo: Rows(Node({ insutype: Str(6), year: Type.Union([Type.String(), Type.Number()]), cum_type_code: Str(30), cum: Amount })),
  }),
});

export const accumulationsInput = (psnNo: string, yearMonth: string) => ({ data: { psn_no: psnNo, cum_ym: yearMonth } });

export const accumulationsResult = (o: WireOutput<typeof queryAccumulations>) =>
  o.cuminfo.map((c) => ({ insutype: c.insutype, year: String(c.year), kind: c.cum_type_code, amountFen: yuanToFen(c.cum) }));
