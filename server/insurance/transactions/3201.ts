// 3201 医药机构费用结算对总账 reconcile totals for a period, per insurance type and clearing type.
import { Type } from '@sinclair/typebox';
import { fenToYuan, type Fen } from '../money.ts';
import { Amount, Node, OptStr, Str, WireDate } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const reconcileTotals = transaction({
  infno: '3201',
  name: '医药机构费用结算对总账',
  repeatable: true,
  input: Type.Object({
    data: Node({
      insutype: Str(6),
      clr_type: Str(6),
      setl_optins: Str(6),
      stmt_begndate: WireDate,
      stmt_enddate: WireDate,
      medfee_sumamt: Amount,
      fund_pay_sumamt: Amount,
      acct_pay: Amount,
      fixmedins_setl_cnt: Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^\\d+$' })]),
      refd_setl_flag: OptStr(3),
    }),
  }),
  output: Type.Object({ stmtinfo: Node({ setl_optins: OptStr(6), stmt_rslt: Str(6), stmt_rslt_dscr: OptStr(500) }) }),
});

export interface ReconcileTotalsArgs {
  insutype: string;
  clrType: string;
  setlOptins: string;
  begin: string;
  end: string;
  totalFen: Fen;
  fundFen: Fen;
  accountFen: Fen;
  count: number;
}

export const reconcileTotalsInput = (a: ReconcileTotalsArgs) => ({
  data: {
    insutype: a.insutype,
    clr_type: a.clrType,
    setl_optins: a.setlOptins,
    stmt_begndate: a.begin,
    stmt_enddate: a.end,
    medfee_sumamt: fenToYuan(a.totalFen),
    fund_pay_sumamt: fenToYuan(a.fundFen),
    acct_pay: fenToYuan(a.accountFen),
    fixmedins_setl_cnt: a.count,
    refd_setl_flag: '0',
  },
});

/** stmt_rslt "0": balanced. */
export const reconcileTotalsResult = (o: WireOutput<typeof reconcileTotals>) => ({
  balanced: o.stmtinfo.stmt_rslt === '0',
  description: o.stmtinfo.stmt_rslt_dscr ?? '',
});
