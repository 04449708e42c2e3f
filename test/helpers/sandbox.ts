// A platform sandbox in this process on a free port with a fresh database, and a real client
// (the daemon's own) configured against it.
import pino from 'pino';
import { EcClient } from '../../server/insurance/ec-client.ts';
import { InsuranceClient } from '../../server/insurance/client.ts';
import { MsgidGenerator, type MsgidMark } from '../../server/insurance/msgid.ts';
import { InsurancePlatform } from '../../server/insurance/platform.ts';
import { noSigning, type Signer } from '../../server/insurance/signing/signer.ts';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../server/sandbox/server.ts';
import { tempDir } from './daemon.ts';

export const HOSPITAL_C = { code: 'H15010200021', name: '沙盒市第二人民医院', region: '150102' };
export const CLINIC_A = { code: 'H15010200011', name: '沙盒市新城区康和诊所', region: '150102' };
export const TOWNSHIP_B = { code: 'H15012300105', name: '沙盒县白塔镇卫生院', region: '150123' };
export const PHARMACY_A = { code: 'P15010200307', name: '沙盒市仁和大药房新城店', region: '150102' };

export async function sandbox(options: Partial<SandboxOptions> = {}): Promise<RunningSandbox> {
  return startSandbox({ host: '127.0.0.1', port: 0, dataDir: tempDir('sandbox-'), ...options });
}

let slots = 0;

/** An in-memory msgid generator; each gets its own slot (0–8), like separate terminals. */
export function memoryMsgids(code: string, clock?: () => Date): MsgidGenerator {
  let mark: MsgidMark | undefined;
  return new MsgidGenerator(code, { load: async () => mark, save: async (m) => void (mark = m) }, clock, slots++ % 9);
}

export interface PlatformFor {
  institution?: { code: string; name: string; region: string };
  timeoutMs?: number;
  retries?: number;
  signer?: Signer;
}

export function platformFor(sb: Pick<RunningSandbox, 'origin'>, o: PlatformFor = {}): InsurancePlatform {
  const inst = o.institution ?? HOSPITAL_C;
  const client = new InsuranceClient({
    baseUrl: `${sb.origin}/center`,
    fixmedinsCode: inst.code,
    fixmedinsName: inst.name,
    mdtrtareaAdmvs: inst.region,
    recerSysCode: 'SANDBOX',
    opter: { code: 'ZZJ001', name: '自助机01' },
    devNo: 'KIOSK-TEST',
    timeoutMs: o.timeoutMs ?? 5000,
    retries: o.retries ?? 0,
    signer: o.signer ?? noSigning,
    msgids: memoryMsgids(inst.code),
    log: pino({ level: 'silent' }),
  });
  const ec = new EcClient({ ecBaseUrl: `${sb.origin}/center`, orgId: inst.code, timeoutMs: o.timeoutMs ?? 5000 });
  return new InsurancePlatform(client, ec, inst.code);
}

export interface AdminPerson {
  psn_no: string;
  psn_name: string;
  certno: string;
  psn_cert_type: string;
  insutype: '310' | '390';
  psn_type: string;
  insuplc_admdvs: string;
  status: string;
  balc: string;
  ecqr: string;
  ssc_no: string;
  card_sn: string;
  tags: string[];
  chronic_filings: Array<{ trt_dcla_detl_sn: string; opsp_dise_code: string }>;
  brdy: string;
  age: number;
}

export async function persons(sb: RunningSandbox, tag?: string): Promise<AdminPerson[]> {
  const res = await fetch(`${sb.origin}/center/admin/persons${tag ? `?tag=${tag}` : ''}`);
  return (await res.json()) as AdminPerson[];
}

export async function adminGet<T>(sb: RunningSandbox, path: string): Promise<T> {
  return (await (await fetch(`${sb.origin}/center/admin${path}`)).json()) as T;
}
