// 2503/2504 chronic-disease filings, 2505/2506 person designation filings, 5301/5302 queries.
// The rules live in filing-rules.ts.
import { wireDate } from '../../../insurance/wire-time.ts';
import type { Call, Handler } from '../context.ts';
import { chronicDisease } from '../diseases.ts';
import { checkAgent, checkDates, checkDiagnosisDate, checkInstitution, checkKind, checkRevocable, sameFiling } from '../filing-rules.ts';
import { refuse } from '../refusal.ts';
import { activeFilings, personFilings, type FilingRow } from '../state.ts';
import { mayReceiveBenefits, person } from './common.ts';

/** biz_appy_type of 2505, the sandbox's reading of the agency dictionary. */
export const DESIGNATION_TYPES: Record<string, string> = {
  '01': '门诊慢特病',
  '02': '转诊转院',
  '03': '定点医疗机构',
  '04': '外伤',
  '05': '特殊检查特殊治疗',
  '06': '特殊药品',
  '07': '罕见病',
  '08': '异地安置',
};

function filingSn(call: Call, prefix: string): string {
  return `${prefix}${call.inst.region}${wireDate(call.now).replace(/-/g, '')}${String(call.serials.next('filing')).padStart(8, '0')}`;
}

export const fileChronicDisease: Handler = async (call) => {
  const d = call.input.data;
  const p = await person(call, d.psn_no);
  mayReceiveBenefits(p, d.insutype);
  const disease = chronicDisease(d.opsp_dise_code) ?? refuse(`门慢特病病种编码[${d.opsp_dise_code}]不存在`);
  if (disease!.name !== d.opsp_dise_name) refuse(`病种名称[${d.opsp_dise_name}]与编码[${d.opsp_dise_code}]不符`);
  checkDates(call, d.begndate, d.enddate);
  checkInstitution(d.ide_fixmedins_no, d.ide_fixmedins_name, '鉴定机构');
  checkDiagnosisDate(call, d.hosp_ide_date, d.begndate);
  if ((await activeFilings(call.tx, d.psn_no, '2503')).some((f) => f.dise_code === d.opsp_dise_code)) refuse(`该人员已备案病种[${disease!.name}]，不能重复备案`);
  const sn = filingSn(call, 'MT');
  await call.tx.run(
    `INSERT INTO filings (sn, psn_no, infno, biz_appy_type, dise_code, dise_name, begndate, enddate, fixmedins_code, fixmedins_name, state, filed_at, data, filed_by)
     VALUES (?, ?, '2503', '01', ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
    [sn, d.psn_no, d.opsp_dise_code, d.opsp_dise_name, d.begndate, d.enddate ?? null, d.ide_fixmedins_no, d.ide_fixmedins_name, call.now.toISOString(), JSON.stringify(d), call.env.fixmedins_code],
  );
  return { output: { result: { trt_dcla_detl_sn: sn } }, effect: { kind: 'filing', sn } };
};

async function revoke(call: Call, infno: '2503' | '2505'): Promise<void> {
  const d = call.input.data;
  const row = await call.tx.get<FilingRow>('SELECT * FROM filings WHERE sn = ? AND infno = ?', [d.trt_dcla_detl_sn, infno]);
  if (!row) refuse(`备案流水号[${d.trt_dcla_detl_sn}]不存在`);
  if (row!.psn_no !== d.psn_no) refuse(`备案流水号[${d.trt_dcla_detl_sn}]与人员编号不符`);
  await checkRevocable(call, row!);
  await call.tx.run("UPDATE filings SET state = 'revoked', ended_at = ? WHERE sn = ?", [call.now.toISOString(), d.trt_dcla_detl_sn]);
}

export const revokeChronicDisease: Handler = async (call) => {
  await revoke(call, '2503');
  return { output: null };
};

export const fileDesignation: Handler = async (call) => {
  const d = call.input.data;
  const p = await person(call, d.psn_no);
  mayReceiveBenefits(p);
  if (!DESIGNATION_TYPES[d.biz_appy_type]) refuse(`备案类型[${d.biz_appy_type}]不正确`);
  checkDates(call, d.begndate, d.enddate);
  checkInstitution(d.fixmedins_code, d.fixmedins_name, '定点医药机构');
  checkAgent(d, p);
  checkKind(call, d, p);
  const existing = await activeFilings(call.tx, d.psn_no, '2505', d.biz_appy_type);
  if (existing.some((f) => sameFiling(d, f))) refuse(`该人员已有相同的${DESIGNATION_TYPES[d.biz_appy_type]}备案，不能重复备案`);
  const sn = filingSn(call, 'BA');
  await call.tx.run(
    `INSERT INTO filings (sn, psn_no, infno, biz_appy_type, dise_code, dise_name, begndate, enddate, fixmedins_code, fixmedins_name, state, filed_at, data, filed_by)
     VALUES (?, ?, '2505', ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
    [sn, d.psn_no, d.biz_appy_type, d.opsp_dise_code ?? null, d.opsp_dise_name ?? null, d.begndate, d.enddate ?? null, d.fixmedins_code, d.fixmedins_name, call.now.toISOString(), JSON.stringify(d), call.env.fixmedins_code],
  );
  return { output: { result: { trt_dcla_detl_sn: sn } }, effect: { kind: 'filing', sn } };
};

export const revokeDesignation: Handler = async (call) => {
  await revoke(call, '2505');
  return { output: null };
};

const valiFlag = (f: FilingRow) => (f.state === 'active' ? '1' : '0');

export const queryChronicFilings: Handler = async (call) => {
  await person(call, call.input.data.psn_no);
  const rows = await personFilings(call.tx, call.input.data.psn_no, '2503');
  return {
    output: {
      feedetail: rows.map((f) => ({
        trt_dcla_detl_sn: f.sn,
        opsp_dise_code: f.dise_code,
        opsp_dise_name: f.dise_name,
        begndate: f.begndate,
        enddate: f.enddate,
        ide_fixmedins_no: f.fixmedins_code,
        ide_fixmedins_name: f.fixmedins_name,
        vali_flag: valiFlag(f),
      })),
    },
  };
};

/** The kind's own fields, as 2505 filed them. */
const DETAIL_FIELDS = [
  'opsp_dise_code', 'opsp_dise_name', 'diag_code', 'diag_name', 'med_list_codg', 'med_list_name', 'reflin_medins_no', 'reflin_medins_name', 'refl_rea',
  'trum_time', 'trum_site', 'trum_rea', 'agnter_name', 'agnter_rlts',
] as const;

export const queryDesignations: Handler = async (call) => {
  const d = call.input.data;
  await person(call, d.psn_no);
  const rows = await personFilings(call.tx, d.psn_no, '2505', d.biz_appy_type);
  return {
    output: {
      psnfixmedin: rows.map((f) => {
        const filed = JSON.parse(f.data) as Record<string, string | undefined>;
        return {
          psn_no: d.psn_no,
          biz_appy_type: f.biz_appy_type,
          begndate: f.begndate,
          enddate: f.enddate,
          fixmedins_code: f.fixmedins_code,
          fixmedins_name: f.fixmedins_name,
          trt_dcla_detl_sn: f.sn,
          memo: filed.memo ?? null,
          vali_flag: valiFlag(f),
          ...Object.fromEntries(DETAIL_FIELDS.map((k) => [k, filed[k] ?? null])),
        };
      }),
    },
  };
};
