// The NHSA request and response envelopes (定点医药机构接口规范 §1). Field names are the wire's.
import { Type, type Static } from '@sinclair/typebox';

const str = (maxLength: number, description: string) => Type.String({ maxLength, description });

export const RequestEnvelopeSchema = Type.Object({
  infno: Type.String({ pattern: '^[0-9]{4}$', description: 'transaction number' }),
  msgid: Type.String({ pattern: '^[A-Z0-9]{12}[0-9]{18}$', description: 'fixmedins_code + yyyyMMddHHmmss + 4-digit sequence' }),
  mdtrtarea_admvs: Type.String({ pattern: '^[0-9]{6}$', description: 'region of treatment' }),
  insuplc_admdvs: Type.Optional(Type.String({ pattern: '^([0-9]{6})?$', description: 'region where insured' })),
  recer_sys_code: str(10, 'receiver system code'),
  dev_no: Type.Optional(str(100, 'device number')),
  dev_safe_info: Type.Optional(str(2000, 'device security info')),
  cainfo: Type.Optional(str(1024, 'signature')),
  signtype: Type.Optional(str(10, 'signature type')),
  infver: str(6, 'interface version'),
  opter_type: Type.Union([Type.Literal('1'), Type.Literal('2'), Type.Literal('3')], { description: '1 staff, 2 self-service terminal, 3 mobile' }),
  opter: str(30, 'operator id'),
  opter_name: str(50, 'operator name'),
  inf_time: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$', description: 'yyyy-MM-dd HH:mm:ss, Asia/Shanghai' }),
  fixmedins_code: Type.String({ pattern: '^[A-Z0-9]{12}$', description: 'institution code' }),
  fixmedins_name: str(20, 'institution name'),
  sign_no: Type.Optional(str(30, 'sign-in serial from 9001')),
  input: Type.Record(Type.String(), Type.Unknown(), { description: 'payload; its node name varies per transaction' }),
});
export type RequestEnvelope = Static<typeof RequestEnvelopeSchema>;

export const ResponseEnvelopeSchema = Type.Object({
  infcode: Type.Union([Type.String(), Type.Number()], { description: '"0" success, anything else failure' }),
  inf_refmsgid: Type.Optional(Type.String()),
  refmsg_time: Type.Optional(Type.String()),
  respond_time: Type.Optional(Type.String()),
  err_msg: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  warn_msg: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  output: Type.Optional(Type.Unknown()),
});
export type ResponseEnvelope = Static<typeof ResponseEnvelopeSchema>;

export const INTERFACE_VERSION = 'V1.0';
/** opter_type 2: a self-service terminal. */
export const OPTER_TYPE_TERMINAL = '2';

/** The NHSA path under the platform's base URL. */
export const CALL_SERVICE_PATH = '/fsi/api/rsfComIfsService/callService';
/** The e-voucher service's path under its base URL. */
export const EC_TRANS_PATH = '/ec/trans';
