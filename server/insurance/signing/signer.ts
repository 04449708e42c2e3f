// Request signing is a pluggable step: gateways differ per province (none, TIF headers, SM2 body
// signature). A signer gets the envelope about to leave and returns it with any headers to send.
import type { RequestEnvelope } from '../envelope.ts';

export interface SignedRequest {
  envelope: RequestEnvelope;
  headers: Record<string, string>;
}

export interface Signer {
  readonly kind: string;
  sign(envelope: RequestEnvelope): SignedRequest;
}

export const noSigning: Signer = {
  kind: 'none',
  sign: (envelope) => ({ envelope, headers: {} }),
};
