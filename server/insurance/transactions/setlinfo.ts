// `setlinfo`, the split the platform computes in 2206 and commits in 2207 (and echoes in 5203).
// Identities the platform guarantees, and we check: total = fund + personal part;
// personal part = account + cash (+ account mutual aid).
import { Type, type Static } from '@sinclair/typebox';
import { yuanToFen, type Fen } from '../money.ts';
import { Amount, Node, OptStr, Str } from './wire.ts';

const OptAmount = Type.Optional(Type.Union([Amount, Type.Null()]));

export const SetlinfoSchema = Node({
  mdtrt_id: Str(30),
  // Empty in a pre-settlement (2206): nothing is committed yet.
  setl_id: Type.String({ maxLength: 30 }),
  psn_no: Str(30),
  psn_name: Type.Optional(Type.String()),
  certno: Type.Optional(Type.String()),
  insutype: Str(6),
  psn_type: OptStr(6),
  setl_time: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  med_type: Str(6),
  medfee_sumamt: Amount,
  fulamt_ownpay_amt: Amount,
  overlmt_selfpay: Amount,
  preselfpay_amt: Amount,
  inscp_scp_amt: Amount,
  act_pay_dedc: OptAmount,
  hifp_pay: Amount,
  pool_prop_selfpay: OptAmount,
  cvlserv_pay: OptAmount,
  hifes_pay: OptAmount,
  hifmi_pay: OptAmount,
  hifob_pay: OptAmount,
  maf_pay: OptAmount,
  oth_pay: OptAmount,
  fund_pay_sumamt: Amount,
  psn_part_amt: Amount,
  acct_pay: Amount,
  psn_cash_pay: Amount,
  balc: Amount,
  acct_mulaid_pay: OptAmount,
  medins_setl_id: OptStr(30),
  clr_optins: OptStr(6),
  clr_way: OptStr(6),
  clr_type: OptStr(6),
  // In a settlement query (5203): "1" in force, "0" cancelled or reversed.
  vali_flag: OptStr(3),
});
export type WireSetlinfo = Static<typeof SetlinfoSchema>;

export interface SettlementSplit {
  mdtrtId: string;
  setlId: string;
  psnNo: string;
  /** Full name and ID number: memory only, for the masked receipt. */
  psnName?: string;
  certno?: string;
  insutype: string;
  psnType?: string;
  setlTime?: string;
  medType: string;
  totalFen: Fen;
  fullSelfPayFen: Fen;
  overLimitSelfPayFen: Fen;
  preSelfPayFen: Fen;
  inScopeFen: Fen;
  deductibleFen: Fen;
  poolFundFen: Fen;
  poolSelfPayFen: Fen;
  fundFen: Fen;
  personalPartFen: Fen;
  accountFen: Fen;
  cashFen: Fen;
  accountMutualAidFen: Fen;
  /** Personal account balance after this settlement. */
  balanceFen: Fen;
  /** Echo of the msgid of the settling request (medins_setl_id). */
  medinsSetlId?: string;
}

const opt = (v: unknown) => (v === undefined || v === null || v === '' ? (0 as Fen) : yuanToFen(v));

export class SplitMismatch extends Error {}

export function readSetlinfo(s: WireSetlinfo): SettlementSplit {
  const split: SettlementSplit = {
    mdtrtId: s.mdtrt_id,
    setlId: s.setl_id,
    psnNo: s.psn_no,
    ...(s.psn_name ? { psnName: s.psn_name } : {}),
    ...(s.certno ? { certno: s.certno } : {}),
    insutype: s.insutype,
    ...(s.psn_type ? { psnType: s.psn_type } : {}),
    ...(s.setl_time ? { setlTime: s.setl_time } : {}),
    medType: s.med_type,
    totalFen: yuanToFen(s.medfee_sumamt),
    fullSelfPayFen: yuanToFen(s.fulamt_ownpay_amt),
    overLimitSelfPayFen: yuanToFen(s.overlmt_selfpay),
    preSelfPayFen: yuanToFen(s.preselfpay_amt),
    inScopeFen: yuanToFen(s.inscp_scp_amt),
    deductibleFen: opt(s.act_pay_dedc),
    poolFundFen: yuanToFen(s.hifp_pay),
    poolSelfPayFen: opt(s.pool_prop_selfpay),
    fundFen: yuanToFen(s.fund_pay_sumamt),
    personalPartFen: yuanToFen(s.psn_part_amt),
    accountFen: yuanToFen(s.acct_pay),
    cashFen: yuanToFen(s.psn_cash_pay),
    accountMutualAidFen: opt(s.acct_mulaid_pay),
    balanceFen: yuanToFen(s.balc),
    ...(s.medins_setl_id ? { medinsSetlId: s.medins_setl_id } : {}),
  };
  if (split.fundFen + split.personalPartFen !== split.totalFen) {
    throw new SplitMismatch(`fund ${split.fundFen} + personal ${split.personalPartFen} ≠ total ${split.totalFen}`);
  }
  if (split.accountFen + split.cashFen + split.accountMutualAidFen !== split.personalPartFen) {
    throw new SplitMismatch(`account ${split.accountFen} + cash ${split.cashFen} ≠ personal ${split.personalPartFen}`);
  }
  return split;
}
