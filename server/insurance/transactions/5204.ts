// 5204 费用明细查询 the fee lines of a visit, or of one of its settlements (一人一档). *(output node and fields inferred,
// after 2204's result)*
import { Type } from '@sinclair/typebox';
import { fen, parseQuantity, QUANTITY_SCALE, yuanToFen } from '../money.ts';
import { Amount, Count, Node, OptStr, Price, Rows, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';
import { listClassOf } from './2204.ts';

export const queryFeeLines = transaction({
  infno: '5204',
  name: '费用明细查询',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30), setl_id: OptStr(30), mdtrt_id: Str(30) }) }),
  output: Type.Object({
    feedetail: Rows(
      Node({
        feedetl_sn: Str(30),
        fee_ocur_time: Str(19),
        med_list_codg: Str(50),
        med_list_name: OptStr(200),
        cnt: Count,
        pric: Price,
        det_item_fee_sumamt: Amount,
        chrgitm_lv: Str(3),
        fulamt_ownpay_amt: Amount,
        overlmt_amt: Amount,
        preselfpay_amt: Amount,
      }),
    ),
  }),
});

export const queryFeeLinesInput = (a: { psnNo: string; mdtrtId: string; setlId?: string }) => ({
  data: { psn_no: a.psnNo, mdtrt_id: a.mdtrtId, ...(a.setlId ? { setl_id: a.setlId } : {}) },
});

export const feeLinesResult = (o: WireOutput<typeof queryFeeLines>) =>
  o.feedetail.map((l) => ({
    feedetlSn: l.feedetl_sn,
    occurredAt: l.fee_ocur_time,
    code: l.med_list_codg,
    name: l.med_list_name ?? l.med_list_codg,
    /** Whole units as a number (quantities carry up to 4 decimals). */
    quantity: parseQuantity(l.cnt) / QUANTITY_SCALE,
    unitPriceFen: yuanToFen(l.pric),
    amountFen: yuanToFen(l.det_item_fee_sumamt),
    listClass: listClassOf(l.chrgitm_lv),
    selfPayFen: fen(yuanToFen(l.fulamt_ownpay_amt) + yuanToFen(l.overlmt_amt) + yuanToFen(l.preselfpay_amt)),
  }));
