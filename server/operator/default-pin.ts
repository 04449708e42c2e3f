// The default PIN (000000) is for the sandbox only. A platform address off this machine means a
// real gateway, and a real terminal must not open its operator functions to a guessable PIN.
import type { Config } from '../../config/schema.ts';
import { DEFAULT_PIN, verifyPin } from './pin.ts';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function isSandboxPlatform(baseUrl: string): boolean {
  return LOOPBACK.test(new URL(baseUrl).hostname);
}

/** A one-line reason to refuse to start, or undefined. */
export async function defaultPinProblem(config: Config): Promise<string | undefined> {
  if (isSandboxPlatform(config.insurance.baseUrl)) return undefined;
  if (!(await verifyPin(DEFAULT_PIN, config.operator.pinHash))) return undefined;
  return (
    `config error: operator.pinHash is the default PIN ${DEFAULT_PIN}, but insurance.baseUrl (${config.insurance.baseUrl}) ` +
    'is not the local sandbox — set a new PIN with `npm run pin-hash` first'
  );
}
