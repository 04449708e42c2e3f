// Hand-built NHSA envelopes, posted without the daemon's client: the way an independent
// integrator (or a broken HIS) talks to the platform.
import type { RunningSandbox } from '../../server/sandbox/server.ts';

let seq = 0;

const shanghai = () => new Date(Date.now() + 8 * 3600_000).toISOString();

/** msgids in slot 9, which the test clients (helpers/sandbox.ts) never use. */
export function rawMsgid(code: string): string {
  const s = shanghai();
  seq = (seq + 1) % 1000;
  return `${code}${s.slice(0, 19).replace(/[-T:]/g, '')}9${String(seq).padStart(3, '0')}`;
}

export interface RawOptions {
  fixmedinsCode?: string;
  fixmedinsName?: string;
  region?: string;
  signNo?: string;
  insuplc?: string;
  msgid?: string;
  /** Fields to replace (or, with undefined, remove) in the envelope. */
  patch?: Record<string, unknown>;
}

export interface RawAnswer {
  infcode: string;
  err_msg: string | null;
  output: any;
  inf_refmsgid?: string;
}

export async function raw(sb: RunningSandbox, infno: string, input: unknown, o: RawOptions = {}): Promise<RawAnswer> {
  const code = o.fixmedinsCode ?? 'H15010200021';
  const s = shanghai();
  const envelope: Record<string, unknown> = {
    infno,
    msgid: o.msgid ?? rawMsgid(code),
    mdtrtarea_admvs: o.region ?? '150102',
    insuplc_admdvs: o.insuplc ?? '',
    recer_sys_code: 'TEST',
    dev_no: '',
    dev_safe_info: '',
    cainfo: '',
    signtype: '',
    infver: 'V1.0',
    opter_type: '2',
    opter: 'T01',
    opter_name: '测试',
    inf_time: `${s.slice(0, 10)} ${s.slice(11, 19)}`,
    fixmedins_code: code,
    fixmedins_name: o.fixmedinsName ?? '沙盒市第二人民医院',
    sign_no: o.signNo ?? '',
    input,
  };
  for (const [k, v] of Object.entries(o.patch ?? {})) {
    if (v === undefined) delete envelope[k];
    else envelope[k] = v;
  }
  const res = await fetch(`${sb.origin}/center/fsi/api/rsfComIfsService/callService`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope),
  });
  return (await res.json()) as RawAnswer;
}

export async function rawSignIn(sb: RunningSandbox, o: RawOptions = {}): Promise<string> {
  const a = await raw(sb, '9001', { signIn: { opter_no: 'T01', mac: '00:00:00:00:00:00', ip: '127.0.0.1' } }, o);
  if (a.infcode !== '0') throw new Error(`sign-in refused: ${a.err_msg}`);
  return a.output.signinoutb.sign_no;
}
