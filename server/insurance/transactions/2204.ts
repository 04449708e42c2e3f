// 2204 门诊费用明细信息上传 fee details: the itemised charges; the platform classifies each line
// (list class, self-pay parts) in its answer. *(output shape partly inferred)*
import { Type } from '@sinclair/typebox';
import { fenToYuan, formatQuantity, parsePermille, yuanToFen, type Fen } from '../money.ts';
import { Amount, Count, Node, OptStr, Price, Ratio, Rows, Str, WireDateTime } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const uploadFees = transaction({
  infno: '2204',
  name: '门诊费用明细信息上传',
  repeatable: false,
  input: Type.Object({
    feedetail: Type.Array(
      Node({
        feedetl_sn: Str(30),
        mdtrt_id: Str(30),
        psn_no: Str(30),
        chrg_bchno: Str(30),
        rxno: OptStr(30),
        fee_ocur_time: WireDateTime,
        med_list_codg: Str(50),
        medins_list_codg: Str(150),
        det_item_fee_sumamt: Amount,
        cnt: Count,
        pric: Price,
        bilg_dept_codg: Str(30),
        bilg_dept_name: Str(100),
        bilg_dr_codg: Str(30),
        bilg_dr_name: Str(50),
        hosp_appr_flag: OptStr(3),
      }),
      { minItems: 1 },
    ),
  }),
  output: Type.Object({
    result: Rows(
      Node({
        feedetl_sn: Str(30),
        det_item_fee_sumamt: Amount,
        cnt: Count,
        pric: Price,
        pric_uplmt_amt: Type.Optional(Price),
        selfpay_prop: Ratio,
        fulamt_ownpay_amt: Amount,
        overlmt_amt: Amount,
        preselfpay_amt: Amount,
        inscp_scp_amt: Amount,
        chrgitm_lv: Str(3),
        med_chrgitm_type: Str(6),
      }),
    ),
  }),
});

export interface FeeLine {
  feedetlSn: string;
  rxno?: string;
  occurredAt: string;
  /** National catalogue code (med_list_codg) and the hospital's own code. */
  listCode: string;
  hospitalCode: string;
  unitPriceFen: Fen;
  /** In ten-thousandths (money.ts QUANTITY_SCALE). */
  quantity: number;
  amountFen: Fen;
  dept: { code: string; name: string };
  doctor: { code: string; name: string };
}

export const uploadFeesInput = (a: { mdtrtId: string; psnNo: string; chrgBchno: string; lines: FeeLine[] }) => ({
  feedetail: a.lines.map((l) => ({
    feedetl_sn: l.feedetlSn,
    mdtrt_id: a.mdtrtId,
    psn_no: a.psnNo,
    chrg_bchno: a.chrgBchno,
    ...(l.rxno ? { rxno: l.rxno } : {}),
    fee_ocur_time: l.occurredAt,
    med_list_codg: l.listCode,
    medins_list_codg: l.hospitalCode,
    det_item_fee_sumamt: fenToYuan(l.amountFen),
    cnt: formatQuantity(l.quantity),
    pric: fenToYuan(l.unitPriceFen),
    bilg_dept_codg: l.dept.code,
    bilg_dept_name: l.dept.name,
    bilg_dr_codg: l.doctor.code,
    bilg_dr_name: l.doctor.name,
  })),
});

/** chrgitm_lv: 01 甲 · 02 乙 · 03 丙. */
export type ListClass = '甲' | '乙' | '丙';
const LIST_CLASS: Record<string, ListClass> = { '01': '甲', '02': '乙', '03': '丙' };
/** An unknown level is read as 丙: nothing is promised that the platform did not say. */
export const listClassOf = (chrgitmLv: string): ListClass => LIST_CLASS[chrgitmLv] ?? '丙';

export interface ClassifiedLine {
  feedetlSn: string;
  amountFen: Fen;
  listClass: ListClass;
  /** Self-pay ratio for 乙 items, permille. */
  selfPayPermille: number;
  fullSelfPayFen: Fen;
  overLimitFen: Fen;
  preSelfPayFen: Fen;
  inScopeFen: Fen;
  /** med_chrgitm_type: the fee category (09 western medicine, 03 examination, …). */
  category: string;
}

export const uploadFeesResult = (o: WireOutput<typeof uploadFees>): ClassifiedLine[] =>
  o.result.map((r) => ({
    feedetlSn: r.feedetl_sn,
    amountFen: yuanToFen(r.det_item_fee_sumamt),
    listClass: listClassOf(r.chrgitm_lv),
    selfPayPermille: parsePermille(r.selfpay_prop),
    fullSelfPayFen: yuanToFen(r.fulamt_ownpay_amt),
    overLimitFen: yuanToFen(r.overlmt_amt),
    preSelfPayFen: yuanToFen(r.preselfpay_amt),
    inScopeFen: yuanToFen(r.inscp_scp_amt),
    category: r.med_chrgitm_type,
  }));
