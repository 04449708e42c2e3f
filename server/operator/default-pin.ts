// The default PIN (000000) is for the sandbox only: a terminal whose platform is anything else — a
// real gateway, a proxy or tunnel to one, even on this machine — must not open its operator
// functions to a guessable PIN. "The sandbox" is what answers as one, at every platform address.
import type { Config } from '../../config/schema.ts';
import { answersAsSandbox } from '../net/sandbox-probe.ts';
import { DEFAULT_PIN, verifyPin } from './pin.ts';

/** A one-line reason to refuse to start, or undefined. Run once the embedded sandbox is up. */
export async function defaultPinProblem(config: Config): Promise<string | undefined> {
  if (!(await verifyPin(DEFAULT_PIN, config.operator.pinHash))) return undefined;
  const { baseUrl, ecBaseUrl } = config.insurance;
  const addresses = baseUrl === ecBaseUrl ? ([['insurance.baseUrl', baseUrl]] as const) : ([['insurance.baseUrl', baseUrl], ['insurance.ecBaseUrl', ecBaseUrl]] as const);
  for (const [field, url] of addresses) {
    if (!(await answersAsSandbox(url))) {
      return (
        `config error: operator.pinHash is the default PIN ${DEFAULT_PIN}, but ${field} (${url}) does not answer as ` +
        'the sandbox — set a new PIN with `npm run pin-hash` first'
      );
    }
  }
  return undefined;
}
