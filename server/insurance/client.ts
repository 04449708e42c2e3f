// The NHSA interface client: wraps input in the envelope, signs it, posts it, and turns every
// way the exchange can end into either the checked output or a typed PlatformError. It retries
// only where that cannot commit anything twice: any call whose request never got through, and
// repeatable calls (reads, pre-settlement) after an ambiguous failure, each time with a new msgid.
import type { Logger } from 'pino';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { TSchema } from '@sinclair/typebox';
import { CALL_SERVICE_PATH, INTERFACE_VERSION, OPTER_TYPE_TERMINAL, ResponseEnvelopeSchema, type RequestEnvelope } from './envelope.ts';
import {
  PlatformDropped,
  PlatformError,
  PlatformGarbled,
  PlatformHttpError,
  PlatformInvalidOutput,
  PlatformNotSignedIn,
  PlatformRefused,
  PlatformTimeout,
  PlatformUnreachable,
} from './errors.ts';
import type { MsgidGenerator } from './msgid.ts';
import { postJson, requestJson, TransportError } from '../net/post-json.ts';
import type { Signer } from './signing/signer.ts';
import type { Transaction, WireInput, WireOutput } from './transactions/transaction.ts';
import { wireDateTime } from './wire-time.ts';

export interface ClientOptions {
  baseUrl: string;
  fixmedinsCode: string;
  fixmedinsName: string;
  mdtrtareaAdmvs: string;
  recerSysCode: string;
  opter: { code: string; name: string };
  devNo?: string;
  timeoutMs: number;
  /** Extra attempts where a retry is safe. */
  retries: number;
  signer: Signer;
  msgids: MsgidGenerator;
  log?: Pick<Logger, 'debug' | 'warn'>;
  clock?: () => Date;
}

export interface CallOptions {
  /** A msgid taken (and journaled) by the caller before the call. */
  msgid?: string;
  /** The person's insured region, required whenever the input carries psn_no. */
  insuplcAdmdvs?: string;
}

export interface CallResult<T extends Transaction> {
  output: WireOutput<T>;
  msgid: string;
  warning?: string;
}

const checkResponse = TypeCompiler.Compile(ResponseEnvelopeSchema);
/** How platforms word "sign in first" (签到信息不存在或已失效，请先签到). */
const NOT_SIGNED_IN = /签到/;

export class InsuranceClient {
  /** The sign-in serial of today's 9001, sent in every envelope. */
  signNo: string | undefined;
  /** Whether our last exchange got an answer in the platform's format (a refusal counts). */
  reachable = false;
  /** When the platform last answered or failed to (ms since the epoch), so an idle spell can be probed. */
  lastExchangeAt = 0;
  /** Called when the platform says our sign-in is gone. */
  signInLost: (() => void) | undefined;
  private readonly checks = new Map<string, TypeCheck<TSchema>>();
  private readonly url: URL;

  constructor(private readonly opts: ClientOptions) {
    this.url = new URL(opts.baseUrl.replace(/\/$/, '') + CALL_SERVICE_PATH);
  }

  nextMsgid(): Promise<string> {
    return this.opts.msgids.next();
  }

  async call<T extends Transaction>(tx: T, input: WireInput<T>, options: CallOptions = {}): Promise<CallResult<T>> {
    let msgid = options.msgid ?? (await this.nextMsgid());
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(tx, input, msgid, options.insuplcAdmdvs);
      } catch (err) {
        if (!(err instanceof PlatformError) || attempt >= this.opts.retries) throw err;
        const notSent = err instanceof PlatformUnreachable;
        const ambiguousButSafe = tx.repeatable && !err.outcomeKnown;
        if (!notSent && !ambiguousButSafe) throw err;
        this.opts.log?.warn({ infno: tx.infno, kind: err.kind, attempt }, 'platform call failed; retrying');
        // A msgid the platform may have seen must not be sent again.
        if (!notSent) msgid = await this.nextMsgid();
      }
    }
  }

  private envelope(tx: Transaction, input: unknown, msgid: string, insuplcAdmdvs?: string): RequestEnvelope {
    const o = this.opts;
    return {
      infno: tx.infno,
      msgid,
      mdtrtarea_admvs: o.mdtrtareaAdmvs,
      insuplc_admdvs: insuplcAdmdvs ?? '',
      recer_sys_code: o.recerSysCode,
      dev_no: o.devNo ?? '',
      dev_safe_info: '',
      cainfo: '',
      signtype: '',
      infver: INTERFACE_VERSION,
      opter_type: OPTER_TYPE_TERMINAL,
      opter: o.opter.code,
      opter_name: o.opter.name,
      inf_time: wireDateTime(o.clock?.() ?? new Date()),
      fixmedins_code: o.fixmedinsCode,
      fixmedins_name: o.fixmedinsName,
      sign_no: this.signNo ?? '',
      input: input as Record<string, unknown>,
    };
  }

  /**
   * Whether the gateway answers at all, for health while no call has been made for a while: any
   * HTTP answer below 500 to a bare GET counts. Sends no transaction.
   */
  async probe(timeoutMs = 2000): Promise<boolean> {
    try {
      const { status } = await requestJson('GET', this.url, undefined, {}, timeoutMs);
      this.reachable = status < 500;
    } catch {
      this.reachable = false;
    }
    this.lastExchangeAt = Date.now();
    return this.reachable;
  }

  private async once<T extends Transaction>(tx: T, input: WireInput<T>, msgid: string, insuplcAdmdvs?: string): Promise<CallResult<T>> {
    this.lastExchangeAt = Date.now();
    const { envelope, headers } = this.opts.signer.sign(this.envelope(tx, input, msgid, insuplcAdmdvs));
    const started = performance.now();
    let status: number;
    let text: string;
    try {
      ({ status, text } = await postJson(this.url, JSON.stringify(envelope), headers, this.opts.timeoutMs));
    } catch (err) {
      this.reachable = false;
      if (!(err instanceof TransportError)) throw err;
      const f = err.failure;
      if (f.kind === 'timeout') throw new PlatformTimeout(tx.infno, msgid, this.opts.timeoutMs);
      if (f.kind === 'unreachable') throw new PlatformUnreachable(tx.infno, msgid, f.code);
      throw new PlatformDropped(tx.infno, msgid, f.code);
    }
    if (status >= 400) {
      this.reachable = status < 500;
      throw new PlatformHttpError(tx.infno, msgid, status);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      this.reachable = false;
      throw new PlatformGarbled(tx.infno, msgid, `not JSON (${text.length} bytes)`);
    }
    if (!checkResponse.Check(body)) {
      this.reachable = false;
      throw new PlatformGarbled(tx.infno, msgid, 'not an NHSA response envelope');
    }
    this.reachable = true;
    const infcode = String(body.infcode);
    this.opts.log?.debug({ infno: tx.infno, msgid, infcode, ms: Math.round(performance.now() - started) }, 'platform call');
    if (infcode !== '0') {
      const errMsg = body.err_msg ?? '';
      if (tx.infno !== '9001' && NOT_SIGNED_IN.test(errMsg)) {
        this.signNo = undefined;
        this.signInLost?.();
        throw new PlatformNotSignedIn(tx.infno, msgid, errMsg);
      }
      throw new PlatformRefused(tx.infno, msgid, infcode, errMsg);
    }
    const check = this.compiled(tx);
    if (!check.Check(body.output)) {
      const first = check.Errors(body.output).First();
      throw new PlatformInvalidOutput(tx.infno, msgid, `${first?.path || 'output'}: ${first?.message ?? 'invalid'}`);
    }
    return { output: body.output as WireOutput<T>, msgid, ...(body.warn_msg ? { warning: body.warn_msg } : {}) };
  }

  private compiled(tx: Transaction): TypeCheck<TSchema> {
    let check = this.checks.get(tx.infno);
    if (!check) {
      check = TypeCompiler.Compile(tx.output);
      this.checks.set(tx.infno, check);
    }
    return check;
  }
}
