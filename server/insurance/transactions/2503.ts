// 2503 人员慢特病备案 chronic/special-disease outpatient filing. *(fields inferred)*
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Str, WireDate } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const fileChronicDisease = transaction({
  infno: '2503',
  name: '人员慢特病备案',
  repeatable: false,
  input: Type.Object({
    data: Node({
      psn_no: Str(30),
      insutype: Str(6),
      opsp_dise_code: Str(30),
      opsp_dise_name: Str(300),
      tel: Str(50),
      addr: Str(200),
      insu_optins: Str(6),
      ide_fixmedins_no: Str(30),
      ide_fixmedins_name: Str(200),
      hosp_ide_date: WireDate,
      diag_dr_codg: Str(30),
      diag_dr_name: Str(50),
      begndate: WireDate,
      enddate: Type.Optional(WireDate),
    }),
  }),
  output: Type.Object({ result: Node({ trt_dcla_detl_sn: Str(30) }) }),
});

export interface ChronicFilingArgs {
  psnNo: string;
  insutype: string;
  disease: { code: string; name: string };
  tel: string;
  addr: string;
  insuOptins: string;
  diagnosedBy: { institutionCode: string; institutionName: string; doctorCode: string; doctorName: string; date: string };
  begin: string;
  end?: string;
}

export const fileChronicDiseaseInput = (a: ChronicFilingArgs) => ({
  data: {
    psn_no: a.psnNo,
    insutype: a.insutype,
    opsp_dise_code: a.disease.code,
    opsp_dise_name: a.disease.name,
    tel: a.tel,
    addr: a.addr,
    insu_optins: a.insuOptins,
    ide_fixmedins_no: a.diagnosedBy.institutionCode,
    ide_fixmedins_name: a.diagnosedBy.institutionName,
    hosp_ide_date: a.diagnosedBy.date,
    diag_dr_codg: a.diagnosedBy.doctorCode,
    diag_dr_name: a.diagnosedBy.doctorName,
    begndate: a.begin,
    ...(a.end ? { enddate: a.end } : {}),
  },
});

export const filingResult = (o: WireOutput<typeof fileChronicDisease>) => ({ filingSn: o.result.trt_dcla_detl_sn });

export const FilingRevokeInput = Type.Object({ data: Node({ trt_dcla_detl_sn: Str(30), psn_no: Str(30), memo: OptStr(500) }) });
