// 2505 人员定点备案 person designation filing: biz_appy_type 01 chronic, 02 referral, 03 designated
// institution, 04 trauma, 05 special checks/treatments, 06 special drugs, 07 rare disease, 08
// relocation (异地安置); an agent (代办人) may file for a relative. *(fields inferred)* The fields of
// each kind (the disease, item, referral target, injury) are this module's reading too: a
// province's variant changes this file only.
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Str, WireDate, WireDateTime } from './wire.ts';
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
      // 07 rare disease: the disease and who diagnosed it, as 2503 carries them.
      opsp_dise_code: OptStr(30),
      opsp_dise_name: OptStr(300),
      ide_fixmedins_no: OptStr(30),
      ide_fixmedins_name: OptStr(200),
      hosp_ide_date: Type.Optional(WireDate),
      diag_dr_codg: OptStr(30),
      diag_dr_name: OptStr(50),
      // 02, 05, 06: the diagnosis behind the filing.
      diag_code: OptStr(30),
      diag_name: OptStr(300),
      // 05, 06: the catalogue item.
      med_list_codg: OptStr(50),
      med_list_name: OptStr(200),
      // 02: where the patient is referred to, and why.
      reflin_medins_no: OptStr(30),
      reflin_medins_name: OptStr(200),
      refl_rea: OptStr(500),
      // 04: when, where and how the injury happened; "1" once the no-third-party commitment is signed.
      trum_time: Type.Optional(WireDateTime),
      trum_site: OptStr(200),
      trum_rea: OptStr(500),
      no_thpty_cmtmt_flag: OptStr(3),
    }),
  }),
  output: Type.Object({ result: Node({ trt_dcla_detl_sn: Str(30) }) }),
});

/** biz_appy_type of each kind filed through 2505 (01, chronic disease, goes through 2503). */
export const BIZ_APPY_TYPES = {
  referral: '02',
  'designated-institution': '03',
  trauma: '04',
  'special-treatment': '05',
  'special-drug': '06',
  'rare-disease': '07',
  relocation: '08',
} as const;
export type DesignationKind = keyof typeof BIZ_APPY_TYPES;

/** agnter_rlts, read as GB/T 4761 family relation codes. */
export const AGENT_RELATIONS = { spouse: '10', son: '20', daughter: '30', parent: '50', sibling: '70', 'other-relative': '80', other: '99' } as const;
export type AgentRelation = keyof typeof AGENT_RELATIONS;
/** agnter_cert_type of a resident ID card. */
export const AGENT_CERT_RESIDENT_ID = '01';

export interface Agent {
  name: string;
  certType: string;
  certno: string;
  tel: string;
  addr: string;
  /** agnter_rlts: relationship to the person. */
  relation: string;
}

export interface Named {
  code: string;
  name: string;
}

export interface DesignationArgs {
  psnNo: string;
  tel: string;
  addr: string;
  bizAppyType: string;
  begin: string;
  end?: string;
  agent?: Agent;
  institution: Named;
  memo?: string;
  disease?: Named;
  diagnosedBy?: { institution: Named; doctor: Named; date: string };
  diagnosis?: Named;
  item?: Named;
  referral?: { to: Named; reason: string };
  /** `at` as yyyy-MM-dd HH:mm:ss. */
  injury?: { at: string; place: string; cause: string; committed: boolean };
}

const agentFields = (a: Agent) => ({
  agnter_name: a.name,
  agnter_cert_type: a.certType,
  agnter_certno: a.certno,
  agnter_tel: a.tel,
  agnter_addr: a.addr,
  agnter_rlts: a.relation,
});

export const fileDesignationInput = (a: DesignationArgs) => ({
  data: {
    psn_no: a.psnNo,
    tel: a.tel,
    addr: a.addr,
    biz_appy_type: a.bizAppyType,
    begndate: a.begin,
    ...(a.end ? { enddate: a.end } : {}),
    ...(a.agent ? agentFields(a.agent) : {}),
    fixmedins_code: a.institution.code,
    fixmedins_name: a.institution.name,
    ...(a.memo ? { memo: a.memo } : {}),
    ...(a.disease ? { opsp_dise_code: a.disease.code, opsp_dise_name: a.disease.name } : {}),
    ...(a.diagnosedBy
      ? {
          ide_fixmedins_no: a.diagnosedBy.institution.code,
          ide_fixmedins_name: a.diagnosedBy.institution.name,
          hosp_ide_date: a.diagnosedBy.date,
          diag_dr_codg: a.diagnosedBy.doctor.code,
          diag_dr_name: a.diagnosedBy.doctor.name,
        }
      : {}),
    ...(a.diagnosis ? { diag_code: a.diagnosis.code, diag_name: a.diagnosis.name } : {}),
    ...(a.item ? { med_list_codg: a.item.code, med_list_name: a.item.name } : {}),
    ...(a.referral ? { reflin_medins_no: a.referral.to.code, reflin_medins_name: a.referral.to.name, refl_rea: a.referral.reason } : {}),
    ...(a.injury
      ? { trum_time: a.injury.at, trum_site: a.injury.place, trum_rea: a.injury.cause, no_thpty_cmtmt_flag: a.injury.committed ? '1' : '0' }
      : {}),
  },
});
