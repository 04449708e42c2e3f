// 2201 registration, 2202 cancel registration, 2203 visit info.
import { parseWireTime } from '../../../insurance/wire-time.ts';
import type { Handler } from '../context.ts';
import { gradeRefusal } from '../policy.ts';
import { refuse } from '../refusal.ts';
import { credentialMatches, mayReceiveBenefits, person, platformId, visit } from './common.ts';

export const register: Handler = async (call) => {
  const d = call.input.data;
  const p = await person(call, d.psn_no);
  mayReceiveBenefits(p, d.insutype);
  if (!parseWireTime(d.begntime)) refuse(`开始时间[${d.begntime}]不是有效的时间`);
  const token = await credentialMatches(call, d.psn_no, d.mdtrt_cert_type, d.mdtrt_cert_no, d.card_sn);
  if (token?.mdtrt_id) refuse('电子凭证令牌已用于其他就诊，请重新扫码');
  const open = await call.tx.get("SELECT 1 FROM visits WHERE fixmedins_code = ? AND ipt_otp_no = ? AND state = 'registered'", [
    call.env.fixmedins_code,
    d.ipt_otp_no,
  ]);
  if (open) refuse(`门诊号[${d.ipt_otp_no}]已登记，不能重复挂号`);
  const mdtrtId = platformId(call.inst.region, call.now, call.serials.next('mdtrt'));
  await call.tx.run(
    "INSERT INTO visits (mdtrt_id, psn_no, fixmedins_code, insutype, ipt_otp_no, begntime, cert_type, ec_token, state, msgid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?)",
    [mdtrtId, d.psn_no, call.env.fixmedins_code, d.insutype, d.ipt_otp_no, d.begntime, d.mdtrt_cert_type, token?.token ?? null, call.env.msgid],
  );
  if (token) await call.tx.run('UPDATE ec_tokens SET mdtrt_id = ? WHERE token = ?', [mdtrtId, token.token]);
  call.cache.dropVisit(mdtrtId);
  return { output: { data: { mdtrt_id: mdtrtId, psn_no: d.psn_no, ipt_otp_no: d.ipt_otp_no } }, effect: { kind: 'register', mdtrtId } };
};

/** Cancels a visit and its unsettled fee lines; shared by 2202 and the reversal of a 2201. */
export async function cancelVisit(call: Parameters<Handler>[0], mdtrtId: string): Promise<void> {
  const settled = await call.tx.get("SELECT 1 FROM settlements WHERE mdtrt_id = ? AND state = 'settled'", [mdtrtId]);
  if (settled) refuse(`就诊ID[${mdtrtId}]已结算，请先撤销结算`);
  await call.tx.run("UPDATE visits SET state = 'cancelled' WHERE mdtrt_id = ?", [mdtrtId]);
  await call.tx.run("UPDATE fee_lines SET state = 'cancelled' WHERE mdtrt_id = ? AND setl_id IS NULL", [mdtrtId]);
  call.cache.dropVisit(mdtrtId);
}

export const cancelRegistration: Handler = async (call) => {
  const d = call.input.data;
  const v = await visit(call, d.mdtrt_id, d.psn_no);
  if (v.ipt_otp_no !== d.ipt_otp_no) refuse(`门诊号[${d.ipt_otp_no}]与就诊ID不符`);
  await cancelVisit(call, d.mdtrt_id);
  return { output: null };
};

export const uploadVisit: Handler = async (call) => {
  const m = call.input.mdtrtinfo;
  await visit(call, m.mdtrt_id, m.psn_no);
  const refusal = gradeRefusal(call.inst, m.med_type);
  if (refusal) refuse(refusal);
  const diagnosis = m.dise_codg ?? call.input.diseinfo[0]?.diag_code ?? null;
  await call.tx.run('UPDATE visits SET med_type = ?, dise_codg = ? WHERE mdtrt_id = ?', [m.med_type, diagnosis, m.mdtrt_id]);
  call.cache.dropVisit(m.mdtrt_id);
  return { output: null };
};
