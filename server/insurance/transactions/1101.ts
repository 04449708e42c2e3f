// 1101 人员信息获取 person info: who the credential belongs to and how they are insured.
import { Type } from '@sinclair/typebox';
import { yuanToFen, type Fen } from '../money.ts';
import { Amount, CertType, Node, OptStr, Rows, Str, WireDate } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const personInfo = transaction({
  infno: '1101',
  name: '人员信息获取',
  repeatable: true,
  input: Type.Object({
    data: Node({
      mdtrt_cert_type: CertType,
      mdtrt_cert_no: Str(600),
      card_sn: OptStr(32),
      begntime: OptStr(19),
      psn_cert_type: OptStr(6),
      certno: OptStr(50),
      psn_name: OptStr(50),
    }),
  }),
  output: Type.Object({
    baseinfo: Node({
      psn_no: Str(30),
      psn_cert_type: Str(6),
      certno: Str(50),
      psn_name: Str(50),
      gend: Str(6),
      naty: Str(3),
      brdy: WireDate,
      age: Type.Union([Type.Number(), Type.String()]),
    }),
    insuinfo: Rows(
      Node({
        balc: Amount,
        insutype: Str(6),
        psn_type: Str(6),
        psn_insu_stas: Str(3),
        psn_insu_date: Type.Optional(Type.Union([WireDate, Type.Null()])),
        paus_insu_date: Type.Optional(Type.Union([WireDate, Type.Null()])),
        cvlserv_flag: Type.Optional(Str(3)),
        insuplc_admdvs: Str(6),
        emp_name: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      }),
    ),
    idetinfo: Type.Optional(
      Rows(Node({ psn_idet_type: Str(6), psn_type_lv: OptStr(6), begntime: Type.Optional(Type.String()), endtime: Type.Optional(Type.Union([Type.String(), Type.Null()])) })),
    ),
  }),
});

export type Credential =
  | { certType: '01'; ecToken: string }
  | { certType: '02'; certno: string; psnName?: string }
  | { certType: '03'; cardNo: string; cardSn: string };

export function personInfoInput(c: Credential) {
  switch (c.certType) {
    case '01':
      return { data: { mdtrt_cert_type: '01' as const, mdtrt_cert_no: c.ecToken } };
    case '02':
      return { data: { mdtrt_cert_type: '02' as const, mdtrt_cert_no: c.certno, psn_cert_type: '01', certno: c.certno, ...(c.psnName ? { psn_name: c.psnName } : {}) } };
    case '03':
      return { data: { mdtrt_cert_type: '03' as const, mdtrt_cert_no: c.cardNo, card_sn: c.cardSn } };
  }
}

export interface Insurance {
  insutype: string;
  psnType: string;
  /** psn_insu_stas: "1" insured normally; anything else cannot receive benefits. */
  status: string;
  balanceFen: Fen;
  insuplcAdmdvs: string;
  suspendedSince?: string;
  civilServant: boolean;
}

export interface InsuredPerson {
  psnNo: string;
  certType: string;
  certno: string;
  name: string;
  gender: string;
  nation: string;
  birthDate: string;
  age: number;
  insurances: Insurance[];
  identities: Array<{ type: string; level?: string }>;
}

export function personInfoResult(o: WireOutput<typeof personInfo>): InsuredPerson {
  const b = o.baseinfo;
  return {
    psnNo: b.psn_no,
    certType: b.psn_cert_type,
    certno: b.certno,
    name: b.psn_name,
    gender: b.gend,
    nation: b.naty,
    birthDate: b.brdy,
    age: Math.floor(Number(b.age)),
    insurances: o.insuinfo.map((i) => ({
      insutype: i.insutype,
      psnType: i.psn_type,
      status: i.psn_insu_stas,
      balanceFen: yuanToFen(i.balc),
      insuplcAdmdvs: i.insuplc_admdvs,
      ...(i.paus_insu_date ? { suspendedSince: i.paus_insu_date } : {}),
      civilServant: i.cvlserv_flag === '1',
    })),
    identities: (o.idetinfo ?? []).map((d) => ({ type: d.psn_idet_type, ...(d.psn_type_lv ? { level: d.psn_type_lv } : {}) })),
  };
}
