// Pluggable request signing, checked by a sandbox gateway configured to demand it.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PlatformRefused } from '../../../server/insurance/errors.ts';
import { sm2Signer } from '../../../server/insurance/signing/sm2.ts';
import { tifSigner } from '../../../server/insurance/signing/tif.ts';
import { platformFor, sandbox } from '../../helpers/sandbox.ts';

const signIn = { opterNo: 'T', mac: 'm', ip: '127.0.0.1' };

describe('request signing', () => {
  it('passes a TIF gateway with the shared token and is refused with a wrong one', async () => {
    const sb = await sandbox({ signing: { kind: 'tif', paasId: 'kiosk', paasToken: 'secret-token' } });
    try {
      await expect(platformFor(sb, { signer: tifSigner('kiosk', 'secret-token') }).signIn(signIn)).resolves.toMatchObject({ signNo: expect.any(String) });
      const err = await platformFor(sb, { signer: tifSigner('kiosk', 'wrong') }).signIn(signIn).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PlatformRefused);
      expect((err as PlatformRefused).errMsg).toMatch(/TIF网关：签名校验失败/);
      await expect(platformFor(sb).signIn(signIn)).rejects.toThrow(/缺少签名请求头/);
    } finally {
      await sb.close();
    }
  });

  it('passes an SM2-checking gateway with the right key and is refused with another', async () => {
    const terminal = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const stranger = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const pem = (k: typeof terminal.privateKey) => k.export({ type: 'pkcs8', format: 'pem' }).toString();
    const sb = await sandbox({ signing: { kind: 'sm2', publicKeyPem: terminal.publicKey.export({ type: 'spki', format: 'pem' }).toString() } });
    try {
      await expect(platformFor(sb, { signer: sm2Signer(pem(terminal.privateKey)) }).signIn(signIn)).resolves.toBeDefined();
      await expect(platformFor(sb, { signer: sm2Signer(pem(stranger.privateKey)) }).signIn(signIn)).rejects.toThrow(/cainfo.*校验失败/);
    } finally {
      await sb.close();
    }
  });
});
