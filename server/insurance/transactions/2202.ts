// 2202 门诊挂号撤销 cancel a registration that was never settled.
import { Type } from '@sinclair/typebox';
import { Node, NoOutput, Str } from './wire.ts';
import { transaction } from './transaction.ts';

export const cancelRegistration = transaction({
  infno: '2202',
  name: '门诊挂号撤销',
  repeatable: false,
  input: Type.Object({ data: Node({ psn_no: Str(30), mdtrt_id: Str(30), ipt_otp_no: Str(30) }) }),
  output: NoOutput,
});

export const cancelRegistrationInput = (a: { psnNo: string; mdtrtId: string; iptOtpNo: string }) => ({
  data: { psn_no: a.psnNo, mdtrt_id: a.mdtrtId, ipt_otp_no: a.iptOtpNo },
});
