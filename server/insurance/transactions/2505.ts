// 2505 人员定点备案 person designation filing: biz_appy_type 01 chronic, 03 designated
// institution, 08 relocation (异地安置) and the other agency-defined kinds; an agent (代办人) may
// file for a relative. *(fields inferred)*
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Str, WireDate } from './wire.ts';
import { transaction } from './transaction.ts';

export const fileDesignation = transaction({
  infno: '2505',
  name: '人员定点备案',
  repeatable: false,
  input: Type.Object({
    data: Node({
      psn_no: Str(30),
      tel: Str(50),
      addr: Str(200),
      biz_appy_type: Str(6),
      begndate: WireDate,
      enddate: Type.Optional(WireDate),
      agnter_name: OptStr(50),
      agnter_cert_type: OptStr(6),
      agnter_certno: OptStr(50),
      agnter_tel: OptStr(50),
      agnter_addr: OptStr(200),
      agnter_rlts: OptStr(6),
      fix_srt_no: OptStr(3),
      fixmedins_code: Str(30),
      fixmedins_name: Str(200),
      memo: OptStr(500),
    }),
  }),
  output: Type.Object({ result: Node({ trt_dcla_detl_sn: Str(30) }) }),
});

export interface Agent {
  name: string;
  certType: string;
  certno: string;
  tel: string;
  addr: string;
  /** agnter_rlts: relationship to the person. */
  relation: string;
}

export interface DesignationArgs {
  psnNo: string;
  tel: string;
  addr: string;
  bizAppyType: string;
  begin: string;
  end?: string;
  agent?: Agent;
  institution: { code: string; name: string };
  memo?: string;
}

export const fileDesignationInput = (a: DesignationArgs) => ({
  data: {
    psn_no: a.psnNo,
    tel: a.tel,
    addr: a.addr,
    biz_appy_type: a.bizAppyType,
    begndate: a.begin,
    ...(a.end ? { enddate: a.end } : {}),
    ...(a.agent
      ? {
          agnter_name: a.agent.name,
          agnter_cert_type: a.agent.certType,
          agnter_certno: a.agent.certno,
          agnter_tel: a.agent.tel,
          agnter_addr: a.agent.addr,
          agnter_rlts: a.agent.relation,
        }
      : {}),
    fixmedins_code: a.institution.code,
    fixmedins_name: a.institution.name,
    ...(a.memo ? { memo: a.memo } : {}),
  },
});
