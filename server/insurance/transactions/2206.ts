// 2206 门诊预结算 pre-settlement: the platform computes the split without committing anything.
import { Type } from '@sinclair/typebox';
import { fenToYuan, type Fen } from '../money.ts';
import { readSetlinfo, SetlinfoSchema } from './setlinfo.ts';
import { Amount, CertType, Flag, Node, OptStr, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const settlementFields = {
  psn_no: Str(30),
  mdtrt_cert_type: CertType,
  mdtrt_cert_no: Str(600),
  card_sn: OptStr(32),
  med_type: Str(6),
  medfee_sumamt: Amount,
  psn_setlway: Str(6),
  mdtrt_id: Str(30),
  chrg_bchno: Str(30),
  insutype: Str(6),
  acct_used_flag: Flag,
};

export const preSettle = transaction({
  infno: '2206',
  name: '门诊预结算',
  repeatable: true,
  input: Type.Object({ data: Node(settlementFields) }),
  output: Type.Object({ setlinfo: SetlinfoSchema }),
});

export interface SettleArgs {
  psnNo: string;
  cert: { type: '01' | '02' | '03'; no: string; cardSn?: string };
  medType: string;
  totalFen: Fen;
  mdtrtId: string;
  chrgBchno: string;
  insutype: string;
  useAccount: boolean;
}

export const settlementData = (a: SettleArgs) => ({
  psn_no: a.psnNo,
  mdtrt_cert_type: a.cert.type,
  mdtrt_cert_no: a.cert.no,
  ...(a.cert.cardSn ? { card_sn: a.cert.cardSn } : {}),
  med_type: a.medType,
  medfee_sumamt: fenToYuan(a.totalFen),
  // 01: settle by item (按项目结算)
  psn_setlway: '01',
  mdtrt_id: a.mdtrtId,
  chrg_bchno: a.chrgBchno,
  insutype: a.insutype,
  acct_used_flag: a.useAccount ? ('1' as const) : ('0' as const),
});

export const preSettleInput = (a: SettleArgs) => ({ data: settlementData(a) });

export const preSettleResult = (o: WireOutput<typeof preSettle>) => readSetlinfo(o.setlinfo);
