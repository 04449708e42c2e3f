// The agency's rules for filings, as the sandbox applies them: dates, the agent (代办人), what each
// kind must carry, what counts as the same filing twice, and when a filing may be revoked.
import { idNumberValid } from '../../../device/idcard/id-number.ts';
import { parseWireTime, wireDate } from '../../insurance/wire-time.ts';
import type { Call } from './context.ts';
import { SPECIAL_DRUGS, SPECIAL_TREATMENTS } from './dictionary.ts';
import { chronicDisease, diagnosis, rareDisease } from './diseases.ts';
import { institution } from './institutions.ts';
import { refuse } from './refusal.ts';
import type { FilingRow, PersonRow } from './state.ts';

const DAY_MS = 24 * 3600_000;
/** A filing may start up to this many days back (备案可追溯) … */
const BACKDATE_DAYS = 30;
/** … and be made this many days ahead. */
const AHEAD_DAYS = 90;
/** Trauma is filed within this many days of the injury. */
const TRAUMA_DAYS = 30;

/** agnter_rlts the agency accepts (GB/T 4761). */
const RELATIONS = new Set(['10', '20', '30', '50', '70', '80', '99']);

const daysFrom = (day: string, days: number) => wireDate(new Date(parseWireTime(day)!.getTime() + days * DAY_MS));

/** begndate/enddate: real dates, in order, within the window around today. */
export function checkDates(call: Call, begin: string, end: string | undefined): void {
  if (!parseWireTime(begin)) refuse(`开始日期[${begin}]无效`);
  if (end !== undefined && !parseWireTime(end)) refuse(`结束日期[${end}]无效`);
  if (end !== undefined && end < begin) refuse('结束日期早于开始日期');
  const today = wireDate(call.now);
  if (begin < daysFrom(today, -BACKDATE_DAYS)) refuse(`开始日期[${begin}]早于${BACKDATE_DAYS}日前，超出可追溯期限`);
  if (begin > daysFrom(today, AHEAD_DAYS)) refuse(`开始日期[${begin}]晚于${AHEAD_DAYS}日后，不能提前办理`);
}

/** A diagnosis (鉴定) date: real, not in the future, not after the filing starts. */
export function checkDiagnosisDate(call: Call, date: string, begin: string): void {
  if (!parseWireTime(date)) refuse(`医院鉴定日期[${date}]无效`);
  if (date > wireDate(call.now)) refuse(`医院鉴定日期[${date}]晚于今天`);
  if (date > begin) refuse(`医院鉴定日期[${date}]晚于备案开始日期[${begin}]`);
}

/** An institution the request names must exist under that name. */
export function checkInstitution(code: string, name: string, what: string): void {
  const inst = institution(code) ?? refuse(`${what}[${code}]不存在`);
  if (inst!.name !== name) refuse(`${what}名称[${name}]与编码[${code}]不符`);
}

/** The agent's fields come all together or not at all, and describe someone else. */
export function checkAgent(d: Record<string, string | undefined>, p: PersonRow): void {
  const fields = ['agnter_name', 'agnter_cert_type', 'agnter_certno', 'agnter_tel', 'agnter_rlts'];
  const given = fields.filter((f) => d[f]);
  if (given.length === 0) return;
  if (given.length < fields.length) refuse(`代办人信息不完整：缺少${fields.filter((f) => !d[f]).join('、')}`);
  if (d.agnter_cert_type === '01' && !idNumberValid(d.agnter_certno!)) refuse(`代办人证件号码[${d.agnter_certno}]校验不通过`);
  if (d.agnter_certno === p.certno) refuse('代办人不能是参保人本人');
  if (!RELATIONS.has(d.agnter_rlts!)) refuse(`代办人与参保人关系[${d.agnter_rlts}]不正确`);
}

const named = (code: string | undefined, name: string | undefined, known: { name: string } | undefined, what: string) => {
  if (!code) refuse(`缺少${what}编码`);
  if (!known) refuse(`${what}编码[${code}]不存在`);
  if (known!.name !== name) refuse(`${what}名称[${name ?? ''}]与编码[${code}]不符`);
};

/** What each 2505 kind must carry beyond the common fields. */
export function checkKind(call: Call, d: Record<string, string | undefined>, p: PersonRow): void {
  switch (d.biz_appy_type) {
    case '02':
      if (!d.reflin_medins_no) refuse('转诊转院备案缺少转往机构(reflin_medins_no)');
      checkInstitution(d.reflin_medins_no!, d.reflin_medins_name ?? '', '转往机构');
      if (d.reflin_medins_no === call.env.fixmedins_code) refuse('转往机构不能是本机构');
      named(d.diag_code, d.diag_name, diagnosis(d.diag_code ?? ''), '诊断');
      if (!d.refl_rea) refuse('转诊转院备案缺少转诊原因(refl_rea)');
      return;
    case '04': {
      if (!d.trum_time || !d.trum_site || !d.trum_rea) refuse('外伤备案缺少受伤时间、地点或经过(trum_time、trum_site、trum_rea)');
      const at = parseWireTime(d.trum_time!) ?? refuse(`受伤时间[${d.trum_time}]无效`);
      if (at!.getTime() > call.now.getTime()) refuse(`受伤时间[${d.trum_time}]晚于当前时间`);
      if (at!.getTime() < call.now.getTime() - TRAUMA_DAYS * DAY_MS) refuse(`受伤已超过${TRAUMA_DAYS}日，外伤备案请到医保经办机构办理`);
      if (d.trum_time!.slice(0, 10) > d.begndate!) refuse(`备案开始日期[${d.begndate}]早于受伤日期`);
      if (d.no_thpty_cmtmt_flag !== '1') refuse('外伤备案须签署无第三方责任的信用承诺');
      return;
    }
    case '05':
    case '06': {
      const list = d.biz_appy_type === '05' ? SPECIAL_TREATMENTS : SPECIAL_DRUGS;
      const what = d.biz_appy_type === '05' ? '特殊检查特殊治疗项目' : '特殊药品';
      named(d.med_list_codg, d.med_list_name, list.find((i) => i.code === d.med_list_codg), what);
      named(d.diag_code, d.diag_name, diagnosis(d.diag_code ?? ''), '诊断');
      return;
    }
    case '07':
      named(d.opsp_dise_code, d.opsp_dise_name, rareDisease(d.opsp_dise_code ?? ''), '罕见病病种');
      if (!d.ide_fixmedins_no || !d.hosp_ide_date || !d.diag_dr_codg || !d.diag_dr_name) refuse('罕见病备案缺少鉴定机构、鉴定日期或诊断医师');
      checkInstitution(d.ide_fixmedins_no!, d.ide_fixmedins_name ?? '', '鉴定机构');
      checkDiagnosisDate(call, d.hosp_ide_date!, d.begndate!);
      return;
    case '08':
      if (p.insuplc.slice(0, 4) === call.inst.region.slice(0, 4)) refuse('异地安置备案只适用于参保地以外的人员');
      return;
  }
}

/** What makes two active filings of a kind the same filing. */
export function sameFiling(d: Record<string, string | undefined>, f: Pick<FilingRow, 'data' | 'fixmedins_code'>): boolean {
  const filed = JSON.parse(f.data) as Record<string, string | undefined>;
  switch (d.biz_appy_type) {
    case '02':
      return filed.reflin_medins_no === d.reflin_medins_no;
    case '04':
      return filed.trum_time === d.trum_time;
    case '05':
    case '06':
      return filed.med_list_codg === d.med_list_codg;
    case '07':
      return filed.opsp_dise_code === d.opsp_dise_code;
    default:
      return f.fixmedins_code === d.fixmedins_code;
  }
}

/** Only the institution that made a filing revokes it, once, and not after a settlement used it:
 * a chronic-disease filing behind a settled 14/15 visit with its disease's diagnosis, a trauma
 * filing behind a settled trauma stay (22). */
export async function checkRevocable(call: Call, row: FilingRow): Promise<void> {
  const sn = row.sn;
  if (row.state !== 'active') refuse(`备案流水号[${sn}]已撤销`);
  if ((row.filed_by ?? row.fixmedins_code) !== call.env.fixmedins_code) refuse(`备案流水号[${sn}]由其他机构办理，本机构不能撤销，请到原办理机构或医保经办机构办理`);
  const used = async (medTypes: string[], icd?: readonly string[]) =>
    call.tx.get(
      `SELECT 1 FROM settlements s JOIN visits v ON v.mdtrt_id = s.mdtrt_id
       WHERE s.psn_no = ? AND s.state = 'settled' AND s.settled_at >= ? AND s.med_type IN (${medTypes.map(() => '?').join(',')})
       ${icd ? `AND v.dise_codg IN (${icd.map(() => '?').join(',')})` : ''} LIMIT 1`,
      [row.psn_no, row.filed_at, ...medTypes, ...(icd ?? [])],
    );
  if (row.infno === '2503' && (await used(['14', '15'], chronicDisease(row.dise_code ?? '')?.icd ?? []))) refuse(`备案流水号[${sn}]的门诊慢特病备案已用于结算，不能撤销`);
  if (row.infno === '2505' && row.biz_appy_type === '04' && (await used(['22']))) refuse(`备案流水号[${sn}]的外伤备案已用于结算，不能撤销`);
}
