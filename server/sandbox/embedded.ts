// The sandbox inside the daemon (`sandbox.enabled`): started only when some service address in
// the config points at it, so pointing insurance.baseUrl elsewhere just works; and not when a
// sandbox started by hand already answers at its address.
import { resolve } from 'node:path';
import type { Config } from '../../config/schema.ts';
import { answersAsSandbox } from '../net/sandbox-probe.ts';
import { startSandbox, type RunningSandbox } from './server.ts';

export function sandboxWanted(config: Config): boolean {
  if (!config.sandbox.enabled) return false;
  const { host, port } = config.sandbox;
  const here = (url: string) => {
    const u = new URL(url);
    return u.hostname === host && Number(u.port || 80) === port;
  };
  return [config.insurance.baseUrl, config.insurance.ecBaseUrl, config.his.baseUrl, config.payment.baseUrl].some(here);
}

export async function startEmbeddedSandbox(config: Config, cwd: string): Promise<RunningSandbox | undefined> {
  if (!sandboxWanted(config)) return undefined;
  const s = config.sandbox;
  try {
    return await startSandbox({ host: s.host, port: s.port, dataDir: resolve(cwd, s.dataDir), seed: s.seed });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      // `npm run sandbox` listens on the same port by default: a sandbox started by hand is used.
      if (await answersAsSandbox(`http://${s.host}:${s.port}/center`)) return undefined;
      throw new Error(`the sandbox port ${s.port} is already in use — stop what runs there, or set sandbox.enabled to false to use a sandbox started by hand`);
    }
    throw err;
  }
}
