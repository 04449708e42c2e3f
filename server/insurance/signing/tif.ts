// TIF gateway headers: x-tif-signature = hex SHA-256(timestamp + paasToken + nonce + timestamp).
import { createHash, randomBytes } from 'node:crypto';
import type { Signer } from './signer.ts';

export function tifSignature(timestamp: string, paasToken: string, nonce: string): string {
  return createHash('sha256').update(timestamp + paasToken + nonce + timestamp).digest('hex');
}

export function tifSigner(paasId: string, paasToken: string, clock: () => number = Date.now): Signer {
  return {
    kind: 'tif',
    sign(envelope) {
      const timestamp = String(Math.floor(clock() / 1000));
      const nonce = randomBytes(16).toString('hex');
      return {
        envelope,
        headers: {
          'x-tif-paasid': paasId,
          'x-tif-timestamp': timestamp,
          'x-tif-nonce': nonce,
          'x-tif-signature': tifSignature(timestamp, paasToken, nonce),
        },
      };
    },
  };
}
