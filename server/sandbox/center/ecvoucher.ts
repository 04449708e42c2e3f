// The e-voucher side of the sandbox: 医保码 payloads that expire and resolve once, ecTokens that
// last one visit, and face authorisations. A payload is `NHSAEC1.<base64url body>.<mac>`, signed
// with a secret derived from the seed, so minting needs no storage; resolving records its use.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../../store/db.ts';
import { refuse } from './refusal.ts';
import { personByPsnNo, type PersonRow } from './state.ts';

const PREFIX = 'NHSAEC1.';

export function mintQr(secret: Buffer, psnNo: string, now: Date): string {
  const body = Buffer.from(`${psnNo}.${now.getTime()}.${randomBytes(6).toString('hex')}`).toString('base64url');
  const mac = createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22);
  return `${PREFIX}${body}.${mac}`;
}

/** Resolves a scanned payload to its person, once; refuses forged, expired and reused codes. */
export async function resolveQr(tx: Queryable, secret: Buffer, payload: string, now: Date, ttlMs: number): Promise<PersonRow> {
  const [body, mac] = payload.startsWith(PREFIX) ? payload.slice(PREFIX.length).split('.') : [];
  const expected = body ? createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22) : '';
  if (!body || !mac || mac.length !== expected.length || !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) {
    return refuse('电子凭证二维码无效，请使用国家医保服务平台App或微信、支付宝中的医保码');
  }
  const [psnNo = '', issuedAt = '0'] = Buffer.from(body, 'base64url').toString().split('.');
  if (now.getTime() - Number(issuedAt) > ttlMs) refuse('电子凭证二维码已过期，请刷新后重试');
  const hash = createHash('sha256').update(payload).digest('hex');
  if (await tx.get('SELECT 1 FROM ec_codes WHERE code_hash = ?', [hash])) refuse('电子凭证二维码已使用，请刷新后重试');
  const person = await personByPsnNo(tx, psnNo);
  if (!person) return refuse('电子凭证对应的参保人员不存在');
  if (person.status === 'deceased') refuse('电子凭证已注销');
  await tx.run('INSERT INTO ec_codes (code_hash, psn_no, used_at) VALUES (?, ?, ?)', [hash, psnNo, now.toISOString()]);
  return person;
}

export async function issueToken(tx: Queryable, psnNo: string, now: Date, ttlMs: number): Promise<string> {
  const token = `ect${randomBytes(24).toString('base64url')}`;
  await tx.run("INSERT INTO ec_tokens (token, psn_no, issued_at, expires_at, state) VALUES (?, ?, ?, ?, 'active')", [
    token,
    psnNo,
    now.toISOString(),
    new Date(now.getTime() + ttlMs).toISOString(),
  ]);
  return token;
}

export interface TokenRow {
  token: string;
  psn_no: string;
  expires_at: string;
  state: 'active' | 'used';
  mdtrt_id: string | null;
}

/** A token still good for use: known, not expired, not spent on a finished settlement. */
export async function usableToken(tx: Queryable, token: string, now: Date): Promise<TokenRow> {
  const row = await tx.get<TokenRow>('SELECT * FROM ec_tokens WHERE token = ?', [token]);
  if (!row) return refuse('电子凭证令牌无效');
  if (row.state === 'used') refuse('电子凭证令牌已使用，请重新扫码');
  if (row.expires_at <= now.toISOString()) refuse('电子凭证令牌已过期，请重新扫码');
  return row;
}

export const identityOf = (p: PersonRow, ecToken: string) => ({
  ecToken,
  idNo: p.certno,
  idType: p.cert_type,
  userName: p.name,
  gender: p.gend,
  birthday: p.brdy,
  insuOrg: p.insuplc,
  ecIndexNo: createHash('sha256').update(`ec-index ${p.psn_no}`).digest('hex').slice(0, 32),
});
