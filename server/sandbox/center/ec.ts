// The e-voucher service at /center/ec/trans: {transType, orgId, data} in, {code, message, data}
// out, data being a JSON string. ec.query resolves a scanned 医保码; cn.nhsa.ec.auth checks a face
// against the person with that ID number (persons tagged face-mismatch, or switched off by an
// admin, never match); cn.nhsa.auth.check turns the authNo into identity and an ecToken.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../store/db.ts';
import type { CenterOptions } from './context.ts';
import { identityOf, issueToken, resolveQr } from './ecvoucher.ts';
import { institution } from './institutions.ts';
import { Refusal, refuse } from './refusal.ts';
import { personByCertno, personByPsnNo, qrSecret } from './state.ts';

export interface EcAnswer {
  code: number;
  message: string;
  data: string | null;
}

const AUTH_TTL_MS = 5 * 60_000;
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);

export class EcService {
  private readonly secret: Buffer;

  constructor(
    private readonly db: Database,
    private readonly opts: CenterOptions,
  ) {
    this.secret = qrSecret(opts.seed);
  }

  async trans(body: unknown): Promise<EcAnswer> {
    try {
      const req = (body ?? {}) as { transType?: unknown; orgId?: unknown; data?: Record<string, unknown> };
      const transType = str(req.transType) ?? refuse('缺少交易类型transType');
      if (!institution(str(req.orgId) ?? '')) refuse(`机构编码orgId[${String(req.orgId)}]不存在`);
      const data = req.data && typeof req.data === 'object' ? req.data : refuse('缺少业务数据data');
      const result = await this.db.transaction(async (tx) => {
        const now = this.opts.clock();
        switch (transType) {
          case 'ec.query': {
            const code = str(data!.ecQrCode) ?? refuse('缺少电子凭证二维码ecQrCode');
            const person = await resolveQr(tx, this.secret, code!, now, this.opts.qrTtlMs);
            return identityOf(person, await issueToken(tx, person.psn_no, now, this.opts.tokenTtlMs));
          }
          case 'cn.nhsa.ec.auth': {
            const idNo = str(data!.idNo) ?? refuse('缺少证件号码idNo');
            const person = (await personByCertno(tx, idNo!)) ?? refuse('未查询到该证件号码的参保人员');
            if (person!.status === 'deceased') refuse('人员状态异常，不能刷脸认证');
            if (!person!.face_match) refuse('人脸比对不通过，请正对摄像头重试');
            const authNo = `AUTH${randomBytes(12).toString('hex').toUpperCase()}`;
            await tx.run('INSERT INTO face_auths (auth_no, psn_no, expires_at, used) VALUES (?, ?, ?, 0)', [
              authNo,
              person!.psn_no,
              new Date(now.getTime() + AUTH_TTL_MS).toISOString(),
            ]);
            return { authNo };
          }
          case 'cn.nhsa.auth.check': {
            const authNo = str(data!.authNo) ?? refuse('缺少授权码authNo');
            const auth = await tx.get<{ psn_no: string; expires_at: string; used: number }>('SELECT * FROM face_auths WHERE auth_no = ?', [authNo!]);
            if (!auth) refuse('授权码无效');
            if (auth!.used) refuse('授权码已使用');
            if (auth!.expires_at <= now.toISOString()) refuse('授权码已过期，请重新刷脸');
            await tx.run('UPDATE face_auths SET used = 1 WHERE auth_no = ?', [authNo!]);
            const person = (await personByPsnNo(tx, auth!.psn_no))!;
            return identityOf(person, await issueToken(tx, person.psn_no, now, this.opts.tokenTtlMs));
          }
          default:
            return refuse(`不支持的交易类型[${transType}]`);
        }
      });
      return { code: 0, message: '成功', data: JSON.stringify(result) };
    } catch (err) {
      if (err instanceof Refusal) return { code: 1001, message: err.errMsg, data: null };
      throw err;
    }
  }
}
