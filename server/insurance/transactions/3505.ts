// 3505 商品销售 a pharmacy sale reported with the drug trace codes of the packages sold.
import { Type } from '@sinclair/typebox';
import { fenToYuan, formatQuantity, type Fen } from '../money.ts';
import { Count, Node, NoOutput, OptStr, Price, Str, WireDateTime } from './wire.ts';
import { transaction } from './transaction.ts';

export const reportDrugSale = transaction({
  infno: '3505',
  name: '商品销售',
  repeatable: false,
  input: Type.Object({
    selinfo: Node({
      med_list_codg: Str(50),
      fixmedins_hilist_id: Str(30),
      fixmedins_hilist_name: Str(200),
      fixmedins_bchno: OptStr(30),
      rx_flag: Str(3),
      trdn_flag: Str(3),
      finl_trns_pric: Price,
      sel_retn_cnt: Count,
      sel_retn_time: WireDateTime,
      sel_retn_opter_name: OptStr(50),
      psn_no: OptStr(30),
      setl_id: OptStr(30),
      drugtracinfo: Type.Array(Node({ drug_trac_codg: Type.String({ minLength: 1, maxLength: 30 }) }), { minItems: 1 }),
    }),
  }),
  output: NoOutput,
});

export interface DrugSaleArgs {
  listCode: string;
  hospitalItem: { id: string; name: string };
  batchNo?: string;
  prescription: boolean;
  /** trdn_flag: sold whole packages ("0") or split (拆零, "1"). */
  split: boolean;
  unitPriceFen: Fen;
  /** Ten-thousandths, like every quantity. */
  quantity: number;
  soldAt: string;
  operatorName?: string;
  psnNo?: string;
  setlId?: string;
  traceCodes: string[];
}

export const reportDrugSaleInput = (a: DrugSaleArgs) => ({
  selinfo: {
    med_list_codg: a.listCode,
    fixmedins_hilist_id: a.hospitalItem.id,
    fixmedins_hilist_name: a.hospitalItem.name,
    ...(a.batchNo ? { fixmedins_bchno: a.batchNo } : {}),
    rx_flag: a.prescription ? '1' : '0',
    trdn_flag: a.split ? '1' : '0',
    finl_trns_pric: fenToYuan(a.unitPriceFen),
    sel_retn_cnt: formatQuantity(a.quantity),
    sel_retn_time: a.soldAt,
    ...(a.operatorName ? { sel_retn_opter_name: a.operatorName } : {}),
    ...(a.psnNo ? { psn_no: a.psnNo } : {}),
    ...(a.setlId ? { setl_id: a.setlId } : {}),
    drugtracinfo: a.traceCodes.map((c) => ({ drug_trac_codg: c })),
  },
});
