// The NHSA endpoint: checks the envelope the way the platform does (format, institution, region,
// msgid rules and reuse, sign-in, the person's insured region, the transaction's input schema),
// runs the handler in one transaction with the msgid's record, and answers the envelope.
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { TSchema } from '@sinclair/typebox';
import { RequestEnvelopeSchema, type RequestEnvelope } from '../../insurance/envelope.ts';
import { TRANSACTIONS } from '../../insurance/transactions/index.ts';
import { compactDateTime, compactMillis, parseWireTime, wireDate } from '../../insurance/wire-time.ts';
import type { Database, Queryable } from '../../store/db.ts';
import type { Call, CenterOptions } from './context.ts';
import { HANDLERS, READ_ONLY } from './handlers/index.ts';
import { institution } from './institutions.ts';
import { Refusal, refuse } from './refusal.ts';
import type { CenterCache } from './cache.ts';
import type { Serials } from './state.ts';

const checkEnvelope = TypeCompiler.Compile(RequestEnvelopeSchema);
const REUSED = (msgid: string) => `报文ID[${msgid}]重复，请勿重复发送`;
const BARRED = (msgid: string) => `报文ID[${msgid}]已被冲正，本交易不予办理`;
const inputChecks = new Map(Object.entries(TRANSACTIONS).map(([infno, t]) => [infno, TypeCompiler.Compile(t.input as TSchema)]));

function describe(where: string, errors: Iterable<{ path: string; value: unknown; message: string }>): string {
  const first = [...errors][0];
  if (!first) return `${where}校验失败`;
  const field = first.path.split('/').filter(Boolean).join('.');
  return first.value === undefined ? `${where}缺少必填字段[${field}]` : `${where}字段[${field}]格式不正确：${JSON.stringify(first.value)?.slice(0, 60)}`;
}

/** psn_no wherever the transaction's input carries it. */
function psnNoOf(input: Record<string, unknown>): string | undefined {
  for (const node of Object.values(input)) {
    const first = Array.isArray(node) ? node[0] : node;
    if (first && typeof first === 'object' && typeof (first as { psn_no?: unknown }).psn_no === 'string') return (first as { psn_no: string }).psn_no;
  }
  return undefined;
}

export interface Answer {
  infcode: string;
  inf_refmsgid: string;
  refmsg_time: string;
  respond_time: string;
  err_msg: string | null;
  output: unknown;
}

export class Gateway {
  private refSerial = 0;

  constructor(
    private readonly db: Database,
    private readonly opts: CenterOptions,
    private readonly cache: CenterCache,
    private readonly serials: Serials,
  ) {}

  private answer(region: string, received: Date, infcode: string, errMsg: string | null, output: unknown): Answer {
    const now = this.opts.clock();
    this.refSerial = (this.refSerial + 1) % 10_000_000_000;
    return {
      infcode,
      inf_refmsgid: `${region}${compactDateTime(now)}${String(this.refSerial).padStart(10, '0')}`,
      refmsg_time: compactMillis(received),
      respond_time: compactMillis(now),
      err_msg: errMsg,
      output,
    };
  }

  /** Checks that need no state; returns the institution's region for the answer. */
  private preflight(body: unknown): { env: RequestEnvelope; region: string } {
    if (!checkEnvelope.Check(body)) refuse(describe('报文头', checkEnvelope.Errors(body)));
    const env = body as RequestEnvelope;
    const inst = institution(env.fixmedins_code) ?? refuse(`定点医药机构编码[${env.fixmedins_code}]不存在`);
    if (inst!.name !== env.fixmedins_name) refuse(`定点医药机构名称[${env.fixmedins_name}]与编码[${env.fixmedins_code}]不符`);
    if (env.mdtrtarea_admvs !== inst!.region) refuse(`就医地医保区划[${env.mdtrtarea_admvs}]与机构所在区划[${inst!.region}]不符`);
    if (!env.msgid.startsWith(env.fixmedins_code)) refuse(`报文ID[${env.msgid}]应以定点医药机构编码开头`);
    const stamp = env.msgid.slice(12, 26);
    if (!parseWireTime(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)} ${stamp.slice(8, 10)}:${stamp.slice(10, 12)}:${stamp.slice(12, 14)}`)) {
      refuse(`报文ID[${env.msgid}]中的时间[${stamp}]无效`);
    }
    if (!parseWireTime(env.inf_time)) refuse(`交易时间[${env.inf_time}]无效`);
    if (!HANDLERS[env.infno]) refuse(`交易编号[${env.infno}]不存在或未开通`);
    const check = inputChecks.get(env.infno)!;
    if (!check.Check(env.input)) refuse(describe('参数校验失败：input', check.Errors(env.input)));
    return { env, region: inst!.region };
  }

  async call(body: unknown): Promise<Answer> {
    const received = this.opts.clock();
    let region = '000000';
    try {
      const checked = this.preflight(body);
      region = checked.region;
      return await this.commit(checked.env, received, region);
    } catch (err) {
      if (err instanceof Refusal) return this.answer(region, received, '-1', err.errMsg, null);
      throw err;
    }
  }

  private async signedIn(tx: Queryable, env: RequestEnvelope): Promise<boolean> {
    if (env.infno === '9001') return true;
    const signin = await this.cache.signin(tx, env.sign_no ?? '');
    return !!signin && signin.fixmedins_code === env.fixmedins_code && !signin.signed_out_at && signin.sign_date === wireDate(this.opts.clock());
  }

  private async commit(env: RequestEnvelope, received: Date, region: string): Promise<Answer> {
    const inst = institution(env.fixmedins_code)!;
    const psnNo = psnNoOf(env.input);
    const process = async (tx: Queryable) => {
      const [signedIn, subject] = await Promise.all([this.signedIn(tx, env), psnNo ? this.cache.person(tx, psnNo) : undefined]);
      if (!signedIn) refuse('签到信息不存在或已失效，请先签到(9001)');
      if (psnNo) {
        if (!subject) refuse(`人员编号[${psnNo}]不存在`);
        if (env.insuplc_admdvs !== subject!.insuplc) refuse(`参保地医保区划[${env.insuplc_admdvs ?? ''}]与人员参保地[${subject!.insuplc}]不符`);
      }
      const writes: Promise<unknown>[] = [];
      const call: Call = {
        tx,
        env,
        inst,
        now: this.opts.clock(),
        input: env.input,
        opts: this.opts,
        cache: this.cache,
        serials: this.serials,
        write: (sql, params) => void writes.push(tx.run(sql, params)),
        ...(subject ? { subject } : {}),
      };
      const { output, effect } = await HANDLERS[env.infno]!(call);
      // The msgid's primary key refuses a reuse here, rolling back whatever the handler did.
      writes.push(
        tx
          .run('INSERT INTO messages (msgid, fixmedins_code, infno, at, ok, effect) VALUES (?, ?, ?, ?, 1, ?)', [
            env.msgid,
            env.fixmedins_code,
            env.infno,
            received.toISOString(),
            effect ? JSON.stringify(effect) : null,
          ])
          .catch((err: Error) => (/UNIQUE/.test(err.message) ? refuse(REUSED(env.msgid)) : Promise.reject(err))),
      );
      await Promise.all(writes);
      return this.answer(region, received, '0', null, output);
    };
    try {
      // A query writes nothing but its msgid, which needs no transaction around it.
      return READ_ONLY.has(env.infno) ? await this.db.exclusively(process) : await this.db.transaction(process);
    } catch (err) {
      this.cache.clear();
      if (!(err instanceof Refusal)) throw err;
      // A reused msgid is the refusal that counts, whatever else the repeat ran into; one a reversal
      // barred before it arrived (reversed_by, not processed) is told so.
      const seen = await this.db.get<{ ok: number; reversed_by: string | null }>('SELECT ok, reversed_by FROM messages WHERE msgid = ?', [env.msgid]);
      if (seen) return this.answer(region, received, '-1', (seen.ok === 0 && seen.reversed_by ? BARRED : REUSED)(env.msgid), null);
      // What the refusal leaves behind goes with the refused msgid's own record, in one transaction.
      const { afterwards } = err;
      const record = (q: Queryable) =>
        q.run('INSERT OR IGNORE INTO messages (msgid, fixmedins_code, infno, at, ok) VALUES (?, ?, ?, ?, 0)', [env.msgid, env.fixmedins_code, env.infno, received.toISOString()]);
      if (!afterwards) await record(this.db);
      else
        await this.db.transaction(async (tx) => {
          await afterwards(tx);
          await record(tx);
        });
      return this.answer(region, received, '-1', err.errMsg, null);
    }
  }
}
