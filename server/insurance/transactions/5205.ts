// 5205 人员慢特病用药记录查询 a person's chronic-disease medication records (一人一档).
import { Type } from '@sinclair/typebox';
import { yuanToFen, parseQuantity } from '../money.ts';
import { Amount, Count, Node, OptStr, Price, Rows, Str, WireDateTime } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const queryChronicMedication = transaction({
  infno: '5205',
  name: '人员慢特病用药记录查询',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30), begntime: WireDateTime, endtime: WireDateTime }) }),
  output: Type.Object({
    feedetail: Rows(
      Node({
        fixmedins_code: Str(30),
        fixmedins_name: Str(200),
        setl_time: Str(19),
        opsp_dise_code: OptStr(30),
        opsp_dise_name: OptStr(300),
        med_list_codg: Str(50),
        med_list_name: Str(200),
        cnt: Count,
        pric: Price,
        det_item_fee_sumamt: Amount,
      }),
    ),
  }),
});

export const chronicMedicationInput = (a: { psnNo: string; begin: string; end: string }) => ({
  data: { psn_no: a.psnNo, begntime: a.begin, endtime: a.end },
});

export const chronicMedicationResult = (o: WireOutput<typeof queryChronicMedication>) =>
  o.feedetail.map((r) => ({
    institution: { code: r.fixmedins_code, name: r.fixmedins_name },
    settledAt: r.setl_time,
    disease: r.opsp_dise_code ? { code: r.opsp_dise_code, name: r.opsp_dise_name ?? '' } : undefined,
    item: { code: r.med_list_codg, name: r.med_list_name },
    quantity: parseQuantity(r.cnt),
    amountFen: yuanToFen(r.det_item_fee_sumamt),
  }));
