// The national e-voucher service (NationEcTrans): a scanned 医保码 or a face authorisation is
// exchanged for identity fields and a short-lived ecToken, which 1101 then uses as
// mdtrt_cert_type 01. Tokens and codes live in memory only.
import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { postJson, TransportError } from '../net/post-json.ts';
import { EC_TRANS_PATH } from './envelope.ts';
import { PlatformDropped, PlatformGarbled, PlatformHttpError, PlatformRefused, PlatformTimeout, PlatformUnreachable } from './errors.ts';

export const EcResponseSchema = Type.Object({
  code: Type.Union([Type.Number(), Type.String()]),
  message: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  data: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});

export const EcIdentitySchema = Type.Object({
  ecToken: Type.String({ minLength: 1 }),
  idNo: Type.String({ minLength: 1 }),
  idType: Type.String(),
  userName: Type.String(),
  gender: Type.Optional(Type.String()),
  birthday: Type.Optional(Type.String()),
  insuOrg: Type.Optional(Type.String()),
  ecIndexNo: Type.Optional(Type.String()),
});
export type EcIdentity = Static<typeof EcIdentitySchema>;

const checkResponse = TypeCompiler.Compile(EcResponseSchema);
const checkIdentity = TypeCompiler.Compile(EcIdentitySchema);
const checkAuth = TypeCompiler.Compile(Type.Object({ authNo: Type.String({ minLength: 1 }) }));

export interface EcClientOptions {
  ecBaseUrl: string;
  orgId: string;
  timeoutMs: number;
}

/** Business types of the e-voucher service; outpatient settlement at a terminal. */
export const BUSINESS_OUTPATIENT_SETTLEMENT = '01301';
const DEVICE_TYPE = 'SelfService';

export class EcClient {
  private readonly url: URL;

  constructor(private readonly opts: EcClientOptions) {
    this.url = new URL(opts.ecBaseUrl.replace(/\/$/, '') + EC_TRANS_PATH);
  }

  /** ec.query: a scanned QR payload → identity + ecToken. */
  async queryQr(ecQrCode: string, businessType = BUSINESS_OUTPATIENT_SETTLEMENT): Promise<EcIdentity> {
    return this.identity('ec.query', await this.trans('ec.query', { ecQrCode, businessType, deviceType: DEVICE_TYPE, orgId: this.opts.orgId }));
  }

  /** cn.nhsa.ec.auth: the camera module's face check for the person holding this ID number → authNo. */
  async faceAuth(idNo: string, businessType = BUSINESS_OUTPATIENT_SETTLEMENT): Promise<string> {
    const data = await this.trans('cn.nhsa.ec.auth', { idNo, idType: '01', businessType, deviceType: DEVICE_TYPE, orgId: this.opts.orgId });
    if (!checkAuth.Check(data)) throw new PlatformGarbled('cn.nhsa.ec.auth', '', 'no authNo in the answer');
    return data.authNo;
  }

  /** cn.nhsa.auth.check: authNo → identity + ecToken. */
  async authCheck(authNo: string, businessType = BUSINESS_OUTPATIENT_SETTLEMENT): Promise<EcIdentity> {
    return this.identity('cn.nhsa.auth.check', await this.trans('cn.nhsa.auth.check', { authNo, businessType, orgId: this.opts.orgId }));
  }

  private identity(transType: string, data: unknown): EcIdentity {
    if (!checkIdentity.Check(data)) throw new PlatformGarbled(transType, '', 'identity fields missing in the answer');
    return data;
  }

  private async trans(transType: string, data: Record<string, string>): Promise<unknown> {
    let status: number;
    let text: string;
    try {
      ({ status, text } = await postJson(this.url, JSON.stringify({ transType, orgId: this.opts.orgId, data }), {}, this.opts.timeoutMs));
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      const f = err.failure;
      if (f.kind === 'timeout') throw new PlatformTimeout(transType, '', this.opts.timeoutMs);
      if (f.kind === 'unreachable') throw new PlatformUnreachable(transType, '', f.code);
      throw new PlatformDropped(transType, '', f.code);
    }
    if (status >= 400) throw new PlatformHttpError(transType, '', status);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new PlatformGarbled(transType, '', 'not JSON');
    }
    if (!checkResponse.Check(body)) throw new PlatformGarbled(transType, '', 'not an e-voucher response');
    if (String(body.code) !== '0') throw new PlatformRefused(transType, '', String(body.code), body.message ?? '');
    try {
      return JSON.parse(body.data ?? 'null');
    } catch {
      throw new PlatformGarbled(transType, '', 'data is not a JSON string');
    }
  }
}
