// 5301 人员慢特病备案查询 a person's chronic/special-disease filings, revoked ones included
// (vali_flag "0"). *(output node inferred)*
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Rows, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

const Opt = Type.Optional(Type.Union([Type.String(), Type.Null()]));

export const queryChronicFilings = transaction({
  infno: '5301',
  name: '人员慢特病备案查询',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30) }) }),
  output: Type.Object({
    feedetail: Rows(
      Node({
        opsp_dise_code: Str(30),
        opsp_dise_name: Str(300),
        begndate: Str(19),
        enddate: Opt,
        trt_dcla_detl_sn: OptStr(30),
        ide_fixmedins_no: OptStr(30),
        ide_fixmedins_name: OptStr(200),
        vali_flag: Opt,
      }),
    ),
  }),
});

export const psnInput = (psnNo: string) => ({ data: { psn_no: psnNo } });

export const chronicFilingsResult = (o: WireOutput<typeof queryChronicFilings>) =>
  o.feedetail.map((f) => ({
    filingSn: f.trt_dcla_detl_sn ?? '',
    disease: { code: f.opsp_dise_code, name: f.opsp_dise_name },
    begin: f.begndate,
    end: f.enddate ?? undefined,
    institution: f.ide_fixmedins_no ? { code: f.ide_fixmedins_no, name: f.ide_fixmedins_name ?? '' } : undefined,
    inForce: f.vali_flag !== '0',
  }));

export type ChronicFiling = ReturnType<typeof chronicFilingsResult>[number];
