// 5302 人员定点信息查询 a person's designation filings of one kind.
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Rows, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

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
        enddate: Type.Optional(Type.Union([Type.String(), Type.Null()])),
        fixmedins_code: OptStr(30),
        fixmedins_name: OptStr(200),
        trt_dcla_detl_sn: OptStr(30),
        memo: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      }),
    ),
  }),
});

export const queryDesignationsInput = (psnNo: string, bizAppyType: string) => ({ data: { psn_no: psnNo, biz_appy_type: bizAppyType } });

export const designationsResult = (o: WireOutput<typeof queryDesignations>) =>
  o.psnfixmedin.map((d) => ({
    filingSn: d.trt_dcla_detl_sn ?? '',
    bizAppyType: d.biz_appy_type,
    begin: d.begndate,
    end: d.enddate ?? undefined,
    institution: d.fixmedins_code ? { code: d.fixmedins_code, name: d.fixmedins_name ?? '' } : undefined,
    memo: d.memo ?? undefined,
  }));
