// SM2 body signing: `cainfo` carries a base64 signature, by an SM2-curve key with the SM3 digest,
// over the envelope's canonical JSON (keys sorted, `cainfo` left out), and `signtype` says "SM2".
// Node's crypto signs with the SM2 curve as ECDSA; a gateway that wants the GM/T 0003 Z-value
// variant needs a different signer here, nothing else changes.
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { RequestEnvelope } from '../envelope.ts';
import type { Signer } from './signer.ts';

export function signedText(envelope: RequestEnvelope): Buffer {
  const { cainfo: _omitted, ...rest } = envelope;
  return Buffer.from(stringify({ ...rest, signtype: 'SM2' }) ?? '', 'utf8');
}

export function sm2Signer(privateKeyPem: string): Signer {
  const key = createPrivateKey(privateKeyPem);
  return {
    kind: 'sm2',
    sign(envelope) {
      const withType = { ...envelope, signtype: 'SM2' };
      return { envelope: { ...withType, cainfo: sign('sm3', signedText(withType), key).toString('base64') }, headers: {} };
    },
  };
}

export function sm2Verify(envelope: RequestEnvelope, publicKeyPem: string | KeyObject): boolean {
  if (envelope.signtype !== 'SM2' || !envelope.cainfo) return false;
  const key = typeof publicKeyPem === 'string' ? createPublicKey(publicKeyPem) : publicKeyPem;
  return verify('sm3', signedText(envelope), key, Buffer.from(envelope.cainfo, 'base64'));
}
