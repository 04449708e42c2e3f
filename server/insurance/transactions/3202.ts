// 3202 医药机构费用结算对明细账 reconcile details: the terminal uploads its settlement rows as a
// file (9101) and names it here; the platform answers with a result file to download (9102).
// *(shape inferred; the file layout is in docs/sandbox.md and reconcile-file.ts)*
import { Type } from '@sinclair/typebox';
import { fenToYuan, type Fen } from '../money.ts';
import { Amount, Node, OptStr, Str, WireDate } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const reconcileDetails = transaction({
  infno: '3202',
  name: '医药机构费用结算对明细账',
  repeatable: true,
  input: Type.Object({
    data: Node({
      setl_optins: Str(6),
      file_qury_no: Str(100),
      stmt_begndate: WireDate,
      stmt_enddate: WireDate,
      medfee_sumamt: Amount,
      fund_pay_sumamt: Amount,
      cash_payamt: Amount,
      fixmedins_setl_cnt: Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^\\d+$' })]),
      clr_type: Str(6),
      refd_setl_flag: OptStr(3),
    }),
  }),
  output: Type.Object({ fileinfo: Node({ file_qury_no: Str(100), filename: Str(200), dld_endtime: OptStr(19) }) }),
});

export interface ReconcileDetailsArgs {
  setlOptins: string;
  fileQuryNo: string;
  begin: string;
  end: string;
  totalFen: Fen;
  fundFen: Fen;
  cashFen: Fen;
  count: number;
  clrType: string;
}

export const reconcileDetailsInput = (a: ReconcileDetailsArgs) => ({
  data: {
    setl_optins: a.setlOptins,
    file_qury_no: a.fileQuryNo,
    stmt_begndate: a.begin,
    stmt_enddate: a.end,
    medfee_sumamt: fenToYuan(a.totalFen),
    fund_pay_sumamt: fenToYuan(a.fundFen),
    cash_payamt: fenToYuan(a.cashFen),
    fixmedins_setl_cnt: a.count,
    clr_type: a.clrType,
    refd_setl_flag: '0',
  },
});

export const reconcileDetailsResult = (o: WireOutput<typeof reconcileDetails>) => ({
  fileQuryNo: o.fileinfo.file_qury_no,
  filename: o.fileinfo.filename,
});
