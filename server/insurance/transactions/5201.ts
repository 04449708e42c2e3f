// 5201 就诊信息查询 a person's visits in a time range, at any institution (一人一档). *(output fields
// beyond mdtrt_id, med_type and the times inferred)*
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Rows, Str, WireDateTime } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

const Opt = Type.Optional(Type.Union([Type.String(), Type.Null()]));

export const queryVisits = transaction({
  infno: '5201',
  name: '就诊信息查询',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30), begntime: WireDateTime, endtime: WireDateTime, med_type: OptStr(6), mdtrt_id: OptStr(30) }) }),
  output: Type.Object({
    mdtrtinfo: Rows(
      Node({
        mdtrt_id: Str(30),
        psn_no: Str(30),
        fixmedins_code: Str(30),
        fixmedins_name: OptStr(200),
        med_type: Opt,
        begntime: Str(19),
        endtime: Opt,
        dise_codg: Opt,
        dise_name: Opt,
        vali_flag: Opt,
      }),
    ),
  }),
});

export const queryVisitsInput = (a: { psnNo: string; begin: string; end: string }) => ({ data: { psn_no: a.psnNo, begntime: a.begin, endtime: a.end } });

export const visitsResult = (o: WireOutput<typeof queryVisits>) =>
  o.mdtrtinfo.map((v) => ({
    mdtrtId: v.mdtrt_id,
    institution: { code: v.fixmedins_code, name: v.fixmedins_name ?? v.fixmedins_code },
    medType: v.med_type ?? undefined,
    begin: v.begntime,
    end: v.endtime ?? undefined,
    diagnosis: v.dise_codg ? { code: v.dise_codg, name: v.dise_name ?? '' } : undefined,
    inForce: v.vali_flag !== '0',
  }));

export type VisitRecord = ReturnType<typeof visitsResult>[number];
