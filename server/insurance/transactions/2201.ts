// 2201 门诊挂号 outpatient registration: opens a visit (mdtrt_id) with the platform.
import { Type } from '@sinclair/typebox';
import { CertType, Node, OptStr, Str, WireDateTime } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const register = transaction({
  infno: '2201',
  name: '门诊挂号',
  repeatable: false,
  input: Type.Object({
    data: Node({
      psn_no: Str(30),
      insutype: Str(6),
      begntime: WireDateTime,
      mdtrt_cert_type: CertType,
      mdtrt_cert_no: Str(600),
      card_sn: OptStr(32),
      ipt_otp_no: Str(30),
      atddr_no: Str(30),
      dr_name: Str(50),
      dept_code: Str(30),
      dept_name: Str(100),
      caty: Str(10),
    }),
  }),
  output: Type.Object({ data: Node({ mdtrt_id: Str(30), psn_no: Str(30), ipt_otp_no: Str(30) }) }),
});

export interface RegisterArgs {
  psnNo: string;
  insutype: string;
  begntime: string;
  cert: { type: '01' | '02' | '03'; no: string; cardSn?: string };
  iptOtpNo: string;
  doctor: { code: string; name: string };
  dept: { code: string; name: string };
  /** 科别 (the department's national specialty code). */
  caty: string;
}

export const registerInput = (a: RegisterArgs) => ({
  data: {
    psn_no: a.psnNo,
    insutype: a.insutype,
    begntime: a.begntime,
    mdtrt_cert_type: a.cert.type,
    mdtrt_cert_no: a.cert.no,
    ...(a.cert.cardSn ? { card_sn: a.cert.cardSn } : {}),
    ipt_otp_no: a.iptOtpNo,
    atddr_no: a.doctor.code,
    dr_name: a.doctor.name,
    dept_code: a.dept.code,
    dept_name: a.dept.name,
    caty: a.caty,
  },
});

export const registerResult = (o: WireOutput<typeof register>) => ({ mdtrtId: o.data.mdtrt_id });
