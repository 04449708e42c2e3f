// Checks several transactions share: who the person is, whether they may receive benefits,
// which visit is meant, and whether the credential presented belongs to them.
import { wireDate } from '../../../insurance/wire-time.ts';
import type { Call } from '../context.ts';
import { usableToken, type TokenRow } from '../ecvoucher.ts';
import { refuse } from '../refusal.ts';
import { personBySsc, type PersonRow } from '../state.ts';

export async function person(call: Call, psnNo: string): Promise<PersonRow> {
  if (call.subject?.psn_no === psnNo) return call.subject;
  return (await call.cache.person(call.tx, psnNo)) ?? refuse(`人员编号[${psnNo}]不存在`);
}

/** Benefits need a living person whose insurance is in force, of the stated type. */
export function mayReceiveBenefits(p: PersonRow, insutype?: string): void {
  if (p.status === 'deceased') refuse('人员已死亡，不能享受医保待遇');
  if (p.status === 'suspended') refuse(`人员参保状态为暂停参保(${p.paus_date ?? ''}起)，不能享受医保待遇`);
  if (insutype !== undefined && insutype !== p.insutype) refuse(`险种类型[${insutype}]与人员参保险种[${p.insutype}]不符`);
}

export interface VisitRow {
  mdtrt_id: string;
  psn_no: string;
  fixmedins_code: string;
  insutype: string;
  ipt_otp_no: string;
  begntime: string;
  cert_type: string;
  ec_token: string | null;
  med_type: string | null;
  dise_codg: string | null;
  state: 'registered' | 'cancelled';
}

export async function visit(call: Call, mdtrtId: string, psnNo: string): Promise<VisitRow> {
  const v = await call.cache.visit<VisitRow & Record<string, unknown>>(call.tx, mdtrtId);
  if (!v) return refuse(`就诊ID[${mdtrtId}]不存在`);
  if (v.fixmedins_code !== call.env.fixmedins_code) refuse(`就诊ID[${mdtrtId}]不属于本机构`);
  if (v.psn_no !== psnNo) refuse(`就诊ID[${mdtrtId}]与人员编号[${psnNo}]不符`);
  if (v.state === 'cancelled') refuse(`就诊ID[${mdtrtId}]已撤销`);
  return v;
}

/** The person a credential (mdtrt_cert_type/no, card_sn) stands for, and the token if one was used. */
export async function credentialPerson(call: Call, certType: string, certNo: string, cardSn?: string): Promise<{ person: PersonRow; token?: TokenRow }> {
  switch (certType) {
    case '01': {
      const token = await usableToken(call.tx, certNo, call.now);
      return { person: (await call.cache.person(call.tx, token.psn_no))!, token };
    }
    case '02':
      return { person: (await call.cache.personByCertno(call.tx, certNo)) ?? refuse(`证件号码[${certNo}]未查询到参保信息`) };
    case '03': {
      const p = (await personBySsc(call.tx, certNo)) ?? refuse(`社会保障卡[${certNo}]未查询到参保信息`);
      if (!cardSn || cardSn !== p.card_sn) refuse('社会保障卡识别码(card_sn)不符');
      return { person: p };
    }
    default:
      return refuse(`就诊凭证类型[${certType}]不正确`);
  }
}

/** The credential must belong to the person the request names; a token must be this visit's. */
export async function credentialMatches(call: Call, psnNo: string, certType: string, certNo: string, cardSn: string | undefined, mdtrtId?: string) {
  const { person: holder, token } = await credentialPerson(call, certType, certNo, cardSn);
  if (holder.psn_no !== psnNo) refuse('就诊凭证与人员编号不符');
  if (token && mdtrtId && token.mdtrt_id && token.mdtrt_id !== mdtrtId) refuse('电子凭证令牌已用于其他就诊，请重新扫码');
  return token;
}

export const ageOn = (brdy: string, now: Date) => {
  const day = wireDate(now);
  const years = Number(day.slice(0, 4)) - Number(brdy.slice(0, 4));
  return day.slice(5) >= brdy.slice(5) ? years : years - 1;
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Ids in the platform's style: region + date + serial. */
export const platformId = (region: string, now: Date, serial: number) => `${region}${wireDate(now).replace(/-/g, '')}${pad(serial, 10)}`;
