// Builds the platform client from config: signer, msgid generator, NHSA and e-voucher clients.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../../config/schema.ts';
import type { Queryable } from '../store/db.ts';
import { msgidStorage } from '../store/msgid-mark.ts';
import { InsuranceClient } from './client.ts';
import { EcClient } from './ec-client.ts';
import { MsgidGenerator } from './msgid.ts';
import { InsurancePlatform } from './platform.ts';
import { noSigning, type Signer } from './signing/signer.ts';
import { sm2Signer } from './signing/sm2.ts';
import { tifSigner } from './signing/tif.ts';

function signer(signing: Config['insurance']['signing'], configDir: string): Signer {
  switch (signing.kind) {
    case 'none':
      return noSigning;
    case 'tif':
      return tifSigner(signing.paasId, signing.paasToken);
    case 'sm2':
      return sm2Signer(readFileSync(resolve(configDir, signing.privateKeyFile), 'utf8'));
  }
}

export function createPlatform(config: Config, store: Queryable, log: Logger, configDir: string): InsurancePlatform {
  const i = config.insurance;
  const client = new InsuranceClient({
    baseUrl: i.baseUrl,
    fixmedinsCode: i.fixmedinsCode,
    fixmedinsName: i.fixmedinsName,
    mdtrtareaAdmvs: i.mdtrtareaAdmvs,
    recerSysCode: i.recerSysCode,
    opter: i.opter,
    devNo: i.devNo,
    timeoutMs: i.timeoutMs,
    retries: i.retries,
    signer: signer(i.signing, configDir),
    msgids: new MsgidGenerator(i.fixmedinsCode, msgidStorage(store), undefined, i.terminalSlot),
    log: log.child({ module: 'insurance' }),
  });
  const ec = new EcClient({ ecBaseUrl: i.ecBaseUrl, orgId: i.fixmedinsCode, timeoutMs: i.timeoutMs });
  return new InsurancePlatform(client, ec, i.fixmedinsCode);
}
