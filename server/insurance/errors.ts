// What can go wrong talking to the platform, typed by what it means for the step that was sent:
// a refusal is a known failure; a timeout, an HTTP 5xx or an unreadable answer leaves the outcome
// unknown, which is what recovery (query, then reverse or complete) exists for.
import type { Bilingual } from '../errors.ts';
import { patientMessage } from './patient-message.ts';

export type PlatformErrorKind =
  | 'refused' // infcode ≠ 0: the platform processed and said no
  | 'not-signed-in' // infcode ≠ 0 because our sign-in (9001) is gone: nothing was processed; sign in again
  | 'unreachable' // the request never got through (connection refused, DNS): nothing happened
  | 'timeout' // no answer in time: it may or may not have been processed
  | 'dropped' // the connection broke after the request went out: may or may not have been processed
  | 'http' // an HTTP error status from the gateway: 5xx may or may not have been processed
  | 'garbled' // an answer that is not the envelope we expect: may or may not have been processed
  | 'invalid-output'; // a success envelope whose output fails its schema

const TRY_AGAIN: Bilingual = {
  zh: '暂时连不上医保平台，请稍后再试或联系工作人员。',
  en: 'The medical insurance platform cannot be reached right now. Please try again shortly or ask a member of staff.',
};

export abstract class PlatformError extends Error {
  abstract readonly kind: PlatformErrorKind;
  /** True when we know the platform did not commit anything. */
  abstract readonly outcomeKnown: boolean;

  constructor(
    readonly infno: string,
    readonly msgid: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** What the patient is told: unless the platform said why, that it cannot be reached now. */
  get bilingual(): Bilingual {
    return TRY_AGAIN;
  }
}

export class PlatformRefused extends PlatformError {
  readonly kind = 'refused';
  readonly outcomeKnown = true;
  constructor(
    infno: string,
    msgid: string,
    readonly infcode: string,
    readonly errMsg: string,
  ) {
    super(infno, msgid, `platform refused ${infno} (infcode ${infcode}): ${errMsg}`);
  }
  override get bilingual(): Bilingual {
    return patientMessage(this.errMsg);
  }
}

export class PlatformUnreachable extends PlatformError {
  readonly kind = 'unreachable';
  readonly outcomeKnown = true;
  constructor(infno: string, msgid: string, readonly reason: string) {
    super(infno, msgid, `platform unreachable for ${infno}: ${reason}`);
  }
}

export class PlatformTimeout extends PlatformError {
  readonly kind = 'timeout';
  readonly outcomeKnown = false;
  constructor(infno: string, msgid: string, readonly timeoutMs: number) {
    super(infno, msgid, `no answer to ${infno} within ${timeoutMs} ms`);
  }
}

export class PlatformDropped extends PlatformError {
  readonly kind = 'dropped';
  readonly outcomeKnown = false;
  constructor(infno: string, msgid: string, readonly reason: string) {
    super(infno, msgid, `connection lost waiting for the answer to ${infno}: ${reason}`);
  }
}

export class PlatformHttpError extends PlatformError {
  readonly kind = 'http';
  /** A 4xx is the gateway turning the request away; a 5xx may come after processing. */
  readonly outcomeKnown: boolean;
  constructor(infno: string, msgid: string, readonly status: number) {
    super(infno, msgid, `platform answered ${infno} with HTTP ${status}`);
    this.outcomeKnown = status < 500;
  }
}

export class PlatformGarbled extends PlatformError {
  readonly kind = 'garbled';
  readonly outcomeKnown = false;
  constructor(infno: string, msgid: string, readonly detail: string) {
    super(infno, msgid, `unreadable answer to ${infno}: ${detail}`);
  }
}

export class PlatformInvalidOutput extends PlatformError {
  readonly kind = 'invalid-output';
  readonly outcomeKnown = false;
  constructor(infno: string, msgid: string, readonly detail: string) {
    super(infno, msgid, `answer to ${infno} does not match its schema: ${detail}`);
  }
}

const SIGNING_IN: Bilingual = {
  zh: '终端正在连接医保平台，请稍等片刻再试，或联系工作人员。',
  en: 'This terminal is connecting to the insurance platform. Please try again in a moment or ask a member of staff.',
};

/** The platform has no sign-in of ours (a new day on its side, a restart): it did nothing, and says why. */
export class PlatformNotSignedIn extends PlatformError {
  readonly kind = 'not-signed-in';
  readonly outcomeKnown = true;
  constructor(infno: string, msgid: string, readonly errMsg: string) {
    super(infno, msgid, `platform has no sign-in for ${infno}: ${errMsg}`);
  }
  override get bilingual(): Bilingual {
    return SIGNING_IN;
  }
}
