// 5302 人员定点信息查询 a person's designation filings of one kind, revoked ones included
// (vali_flag "0"), with the fields 2505 filed for that kind. *(output fields beyond the first
// eight inferred)*
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Rows, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

const Opt = Type.Optional(Type.Union([Type.String(), Type.Null()]));

export const queryDesignations = transaction({
  infno: '5302',
  name: '人员定点信息查询',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30), biz_appy_type: Str(6) }) }),
  output: Type.Object({
    psnfixmedin: Rows(
      Node({
        psn_no: Str(30),
        biz_appy_type: Str(6),
        begndate: Str(19),
        enddate: Opt,
        fixmedins_code: OptStr(30),
        fixmedins_name: OptStr(200),
        trt_dcla_detl_sn: OptStr(30),
        memo: Opt,
        vali_flag: Opt,
        opsp_dise_code: Opt,
        opsp_dise_name: Opt,
        diag_code: Opt,
        diag_name: Opt,
        med_list_codg: Opt,
        med_list_name: Opt,
        reflin_medins_no: Opt,
        reflin_medins_name: Opt,
        refl_rea: Opt,
        trum_time: Opt,
        trum_site: Opt,
        trum_rea: Opt,
        agnter_name: Opt,
        agnter_rlts: Opt,
      }),
    ),
  }),
});

export const queryDesignationsInput = (psnNo: string, bizAppyType: string) => ({ data: { psn_no: psnNo, biz_appy_type: bizAppyType } });

const named = (code: string | null | undefined, name: string | null | undefined) => (code ? { code, name: name ?? '' } : undefined);

export const designationsResult = (o: WireOutput<typeof queryDesignations>) =>
  o.psnfixmedin.map((d) => ({
    filingSn: d.trt_dcla_detl_sn ?? '',
    bizAppyType: d.biz_appy_type,
    begin: d.begndate,
    end: d.enddate ?? undefined,
    institution: named(d.fixmedins_code, d.fixmedins_name),
    memo: d.memo ?? undefined,
    inForce: d.vali_flag !== '0',
    disease: named(d.opsp_dise_code, d.opsp_dise_name),
    diagnosis: named(d.diag_code, d.diag_name),
    item: named(d.med_list_codg, d.med_list_name),
    referral: d.reflin_medins_no ? { to: { code: d.reflin_medins_no, name: d.reflin_medins_name ?? '' }, reason: d.refl_rea ?? '' } : undefined,
    injury: d.trum_time ? { at: d.trum_time, place: d.trum_site ?? '', cause: d.trum_rea ?? '' } : undefined,
    /** The agent's full name: memory only, masked before anyone sees it. */
    agent: d.agnter_name ? { name: d.agnter_name, relation: d.agnter_rlts ?? '' } : undefined,
  }));

export type Designation = ReturnType<typeof designationsResult>[number];
