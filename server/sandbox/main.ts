// `npm run sandbox -- --port 8911 --data DIR [--host 127.0.0.1] [--seed N] [--faults file.json]
// [--signing file.json]`: the platform sandbox alone, for integrators and independent tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Value } from '@sinclair/typebox/value';
import { Type } from '@sinclair/typebox';
import { FaultSchema } from './center/faults.ts';
import type { GatewaySigning } from './center/signature.ts';
import { DEFAULT_SEED, startSandbox } from './server.ts';

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8911' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: './var-sandbox' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    faults: { type: 'string' },
    signing: { type: 'string' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`sandbox: --port ${values.port} is not a TCP port`);
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed)) fail(`sandbox: --seed ${values.seed} is not an integer`);
let faults;
if (values.faults) {
  const parsed: unknown = JSON.parse(readFileSync(values.faults, 'utf8'));
  if (!Value.Check(Type.Array(FaultSchema), parsed)) fail(`sandbox: ${values.faults} must hold a JSON array of faults {infno, kind, rate, ms}`);
  faults = parsed;
}

const SigningSchema = Type.Union([
  Type.Object({ kind: Type.Literal('none') }),
  Type.Object({ kind: Type.Literal('tif'), paasId: Type.String({ minLength: 1 }), paasToken: Type.String({ minLength: 1 }) }),
  Type.Object({ kind: Type.Literal('sm2'), publicKeyFile: Type.String({ minLength: 1 }) }),
]);
let signing: GatewaySigning | undefined;
if (values.signing) {
  const parsed: unknown = JSON.parse(readFileSync(values.signing, 'utf8'));
  if (!Value.Check(SigningSchema, parsed)) {
    fail(`sandbox: ${values.signing} must hold {"kind":"none"}, {"kind":"tif","paasId","paasToken"} or {"kind":"sm2","publicKeyFile"}`);
  }
  signing = parsed.kind === 'sm2' ? { kind: 'sm2', publicKeyPem: readFileSync(resolve(parsed.publicKeyFile), 'utf8') } : parsed;
}

const sandbox = await startSandbox({ host: values.host!, port, dataDir: resolve(values.data!), seed, ...(faults ? { faults } : {}), ...(signing ? { signing } : {}) }).catch((err: Error & { code?: string }) =>
  fail(err.code === 'EADDRINUSE' ? `sandbox: port ${port} is already in use` : `sandbox: ${err.message}`),
);
process.stdout.write(
  `medins-kiosk sandbox ready: platform ${sandbox.origin}/center (NHSA ${sandbox.origin}/center/fsi/api/rsfComIfsService/callService, e-voucher ${sandbox.origin}/center/ec/trans, admin ${sandbox.origin}/center/admin/persons) · data in ${resolve(values.data!)} · seed ${seed}\n`,
);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
