// 2203 门诊就诊信息上传 visit info: medical type and diagnoses (chronic diseases are matched by them).
import { Type } from '@sinclair/typebox';
import { Node, NoOutput, OptStr, Rows, Str, WireDateTime } from './wire.ts';
import { transaction } from './transaction.ts';

export const uploadVisit = transaction({
  infno: '2203',
  name: '门诊就诊信息上传',
  repeatable: false,
  input: Type.Object({
    mdtrtinfo: Node({
      mdtrt_id: Str(30),
      psn_no: Str(30),
      med_type: Str(6),
      begntime: WireDateTime,
      main_cond_dscr: OptStr(1000),
      dise_codg: OptStr(30),
      dise_name: OptStr(300),
    }),
    diseinfo: Rows(
      Node({
        diag_type: Str(3),
        diag_srt_no: Type.Union([Str(2), Type.Number()]),
        diag_code: Str(20),
        diag_name: Str(100),
        diag_dept: Str(50),
        dise_dor_no: Str(30),
        dise_dor_name: Str(50),
        diag_time: WireDateTime,
        vali_flag: Str(3),
      }),
    ),
  }),
  output: NoOutput,
});

export interface Diagnosis {
  code: string;
  name: string;
}

export interface UploadVisitArgs {
  mdtrtId: string;
  psnNo: string;
  medType: string;
  begntime: string;
  mainComplaint?: string;
  diagnoses: Diagnosis[];
  dept: string;
  doctor: { code: string; name: string };
}

export const uploadVisitInput = (a: UploadVisitArgs) => ({
  mdtrtinfo: {
    mdtrt_id: a.mdtrtId,
    psn_no: a.psnNo,
    med_type: a.medType,
    begntime: a.begntime,
    ...(a.mainComplaint ? { main_cond_dscr: a.mainComplaint } : {}),
    ...(a.diagnoses[0] ? { dise_codg: a.diagnoses[0].code, dise_name: a.diagnoses[0].name } : {}),
  },
  diseinfo: a.diagnoses.map((d, i) => ({
    diag_type: '1',
    diag_srt_no: String(i + 1),
    diag_code: d.code,
    diag_name: d.name,
    diag_dept: a.dept,
    dise_dor_no: a.doctor.code,
    dise_dor_name: a.doctor.name,
    diag_time: a.begntime,
    vali_flag: '1',
  })),
});
