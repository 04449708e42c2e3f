// What the sandbox gateway demands of request signatures, mirroring the terminal's signing
// config: nothing, TIF headers (checked against the shared paasToken, 5-minute clock skew),
// or an SM2 signature in cainfo checked with the terminal's public key.
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestEnvelope } from '../../insurance/envelope.ts';
import { sm2Verify } from '../../insurance/signing/sm2.ts';
import { tifSignature } from '../../insurance/signing/tif.ts';

export type GatewaySigning = { kind: 'none' } | { kind: 'tif'; paasId: string; paasToken: string } | { kind: 'sm2'; publicKeyPem: string };

const header = (h: IncomingHttpHeaders, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

export function signatureProblem(signing: GatewaySigning, headers: IncomingHttpHeaders, env: RequestEnvelope, now: Date): string | undefined {
  switch (signing.kind) {
    case 'none':
      return undefined;
    case 'tif': {
      const [paasId, timestamp, nonce, signature] = ['x-tif-paasid', 'x-tif-timestamp', 'x-tif-nonce', 'x-tif-signature'].map((n) => header(headers, n));
      if (!paasId || !timestamp || !nonce || !signature) return 'TIF网关：缺少签名请求头';
      if (paasId !== signing.paasId) return 'TIF网关：paasid不正确';
      if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > 300) return 'TIF网关：时间戳超出允许范围';
      return signature === tifSignature(timestamp, signing.paasToken, nonce) ? undefined : 'TIF网关：签名校验失败';
    }
    case 'sm2':
      return sm2Verify(env, signing.publicKeyPem) ? undefined : '报文签名(cainfo)校验失败';
  }
}
