// From what the patient submitted to what the platform is sent: codes looked up in the platform's
// dictionaries (their names go with them), dates checked against each other and today, the
// agent's ID number and the signature checked. Every problem is named by its field, in both
// languages, before anything leaves the terminal.
import { idNumberValid } from '../../../device/idcard/id-number.ts';
import { KioskError, type Bilingual } from '../../errors.ts';
import type { DictionaryName } from '../../insurance/dictionary.ts';
import type { ChronicFilingArgs } from '../../insurance/transactions/2503.ts';
import { AGENT_CERT_RESIDENT_ID, AGENT_RELATIONS, BIZ_APPY_TYPES, type DesignationArgs, type DesignationKind, type Named } from '../../insurance/transactions/2505.ts';
import { parseWireTime, wireDate } from '../../insurance/wire-time.ts';
import { scrubText } from '../../policy/privacy.ts';
import type { Session } from '../sessions.ts';
import type { Dictionaries } from './dictionaries.ts';
import type { FilingRequest } from './request.ts';

/** How far back a filing may start, and how far ahead it may be made (the sandbox agency's rule). */
const BACKDATE_DAYS = 30;
const AHEAD_DAYS = 90;
const DAY_MS = 24 * 3600_000;
const PNG = /^data:image\/png;base64,([A-Za-z0-9+/=]{100,400000})$/;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const NOT_INSURED = new KioskError('NOT_INSURED', 422, {
  zh: '没有查到您的参保险种，不能办理门诊慢特病备案，请到人工窗口咨询。',
  en: 'No insurance was found for you, so a chronic-disease filing cannot be made. Please ask at a staffed counter.',
});

export interface SignedCommitment {
  statement: string;
  signature: Buffer;
  signedBy: 'patient' | 'agent';
}

export type Resolved =
  | { kind: 'chronic-disease'; args: ChronicFilingArgs }
  | { kind: DesignationKind; args: DesignationArgs; commitment?: SignedCommitment };

export interface ResolveContext {
  dictionaries: Dictionaries;
  /** This institution. */
  institution: Named;
  now: Date;
}

type Problem = Bilingual;

const problem = (field: string, zh: string, en: string): Problem => ({ zh: `body.${field} ${zh}`, en: `body.${field} ${en}` });

export function invalid(problems: Problem[]): KioskError {
  return new KioskError('FILING_INVALID', 400, {
    zh: `请求内容不正确：${problems.map((p) => p.zh).join('；')}。`,
    en: `The request is not valid: ${problems.map((p) => p.en).join('; ')}.`,
  });
}

const shiftDay = (day: string, days: number) => wireDate(new Date(parseWireTime(day)!.getTime() + days * DAY_MS));

class Checker {
  readonly problems: Problem[] = [];
  constructor(private readonly ctx: ResolveContext) {}

  get today() {
    return wireDate(this.ctx.now);
  }

  add(field: string, zh: string, en: string): void {
    this.problems.push(problem(field, zh, en));
  }

  /** A real calendar day, or undefined (and a problem). */
  day(field: string, value: string): string | undefined {
    if (parseWireTime(value)) return value;
    this.add(field, `不是有效的日期：${value}`, `is not a real date: ${value}`);
    return undefined;
  }

  async lookup(field: string, dictionary: DictionaryName, code: string): Promise<Named | undefined> {
    const found = await this.ctx.dictionaries.find(dictionary, code);
    if (!found) this.add(`${field}.code`, `不在医保平台的目录中：${code}`, `is not in the insurance platform's list: ${code}`);
    return found && { code: found.code, name: found.name };
  }

  period(begin: string, end: string | undefined): void {
    if (this.day('begin', begin)) {
      if (begin < shiftDay(this.today, -BACKDATE_DAYS)) this.add('begin', `不能早于${BACKDATE_DAYS}天前`, `cannot be more than ${BACKDATE_DAYS} days ago`);
      if (begin > shiftDay(this.today, AHEAD_DAYS)) this.add('begin', `不能晚于${AHEAD_DAYS}天后`, `cannot be more than ${AHEAD_DAYS} days ahead`);
    }
    if (end !== undefined && this.day('end', end) && end < begin) this.add('end', '早于 body.begin', 'is before body.begin');
  }
}

async function diagnosedBy(c: Checker, d: { institution?: { code: string }; doctor: { code: string; name: string }; date: string }, begin: string, self: Named) {
  const institution = d.institution ? await c.lookup('diagnosis.institution', 'institutions', d.institution.code) : self;
  if (c.day('diagnosis.date', d.date)) {
    if (d.date > c.today) c.add('diagnosis.date', '不能晚于今天', 'cannot be after today');
    else if (d.date > begin) c.add('diagnosis.date', '不能晚于 body.begin', 'cannot be after body.begin');
  }
  return institution && { institution, doctor: { code: d.doctor.code, name: d.doctor.name }, date: d.date };
}

function agentOf(c: Checker, r: FilingRequest, session: Session) {
  if (!('agent' in r) || !r.agent) return undefined;
  const certno = r.agent.certno.toUpperCase();
  if (!idNumberValid(certno)) c.add('agent.certno', '不是有效的身份证号码', 'is not a valid resident ID number');
  else if (certno === session.person.certno.toUpperCase()) c.add('agent.certno', '是参保人本人的号码，本人办理时请不要填写代办人', "is the person's own number; leave out the agent when filing for yourself");
  return { name: r.agent.name, certType: AGENT_CERT_RESIDENT_ID, certno, tel: r.agent.tel, addr: r.agent.addr, relation: AGENT_RELATIONS[r.agent.relation] };
}

function signature(c: Checker, commitment: { accepted: boolean; signature: string }): Buffer | undefined {
  if (!commitment.accepted) c.add('commitment.accepted', '必须为 true：外伤备案须签署信用承诺', 'must be true: a trauma filing needs the signed commitment');
  const m = PNG.exec(commitment.signature);
  const image = m ? Buffer.from(m[1]!, 'base64') : undefined;
  if (!image || !image.subarray(0, 8).equals(PNG_MAGIC)) {
    c.add('commitment.signature', '应为签名板的 PNG 图像（data:image/png;base64,…）', 'must be the signature pad’s PNG image (data:image/png;base64,…)');
    return undefined;
  }
  return image;
}

/** Checks the request and builds the platform call, or throws FILING_INVALID naming every problem. */
export async function resolveFiling(r: FilingRequest, session: Session, ctx: ResolveContext): Promise<Resolved> {
  const c = new Checker(ctx);
  const self = ctx.institution;
  c.period(r.begin, r.end);
  const agent = agentOf(c, r, session);
  const base = {
    psnNo: session.person.psnNo,
    tel: r.tel,
    addr: r.addr,
    begin: r.begin,
    ...(r.end ? { end: r.end } : {}),
    ...(agent ? { agent } : {}),
  };
  const designation = (kind: DesignationKind, institution: Named | undefined, extra: Partial<DesignationArgs>): Resolved | undefined =>
    institution && { kind, args: { ...base, bizAppyType: BIZ_APPY_TYPES[kind], institution, ...extra } };

  let resolved: Resolved | undefined;
  switch (r.kind) {
    case 'chronic-disease': {
      const insurance = session.person.insurances[0];
      if (!insurance) throw NOT_INSURED;
      const [disease, by] = await Promise.all([c.lookup('disease', 'chronic-diseases', r.disease.code), diagnosedBy(c, r.diagnosis, r.begin, self)]);
      if (disease && by) {
        resolved = {
          kind: r.kind,
          args: {
            psnNo: base.psnNo,
            insutype: insurance.insutype,
            disease,
            tel: r.tel,
            addr: r.addr,
            insuOptins: insurance.insuplcAdmdvs,
            diagnosedBy: { institutionCode: by.institution.code, institutionName: by.institution.name, doctorCode: by.doctor.code, doctorName: by.doctor.name, date: by.date },
            begin: r.begin,
            ...(r.end ? { end: r.end } : {}),
          },
        };
      }
      break;
    }
    case 'rare-disease': {
      const [disease, by] = await Promise.all([c.lookup('disease', 'rare-diseases', r.disease.code), diagnosedBy(c, r.diagnosis, r.begin, self)]);
      if (disease && by) resolved = designation(r.kind, self, { disease, diagnosedBy: by });
      break;
    }
    case 'special-treatment':
    case 'special-drug': {
      const [item, diagnosis] = await Promise.all([
        c.lookup('item', r.kind === 'special-treatment' ? 'special-treatments' : 'special-drugs', r.item.code),
        c.lookup('diagnosis', 'diagnoses', r.diagnosis.code),
      ]);
      if (item && diagnosis) resolved = designation(r.kind, self, { item, diagnosis });
      break;
    }
    case 'referral': {
      const [to, diagnosis] = await Promise.all([c.lookup('to', 'institutions', r.to.code), c.lookup('diagnosis', 'diagnoses', r.diagnosis.code)]);
      if (to?.code === self.code) c.add('to.code', '不能是本机构：转诊转院是转出本机构', 'cannot be this institution: a referral is out of it');
      else if (to && diagnosis) resolved = designation(r.kind, self, { diagnosis, referral: { to, reason: r.reason } });
      break;
    }
    case 'designated-institution':
      resolved = designation(r.kind, await c.lookup('institution', 'institutions', r.institution.code), {});
      break;
    case 'relocation':
      resolved = designation(r.kind, r.institution ? await c.lookup('institution', 'institutions', r.institution.code) : self, {});
      break;
    case 'trauma': {
      const at = parseWireTime(`${r.injury.at}:00`);
      if (!at) c.add('injury.at', `不是有效的时间：${r.injury.at}`, `is not a real time: ${r.injury.at}`);
      else if (at.getTime() > ctx.now.getTime()) c.add('injury.at', '不能晚于现在', 'cannot be in the future');
      else if (r.injury.at.slice(0, 10) > r.begin) c.add('injury.at', '不能晚于 body.begin', 'cannot be after body.begin');
      const image = signature(c, r.commitment);
      const injury = { at: `${r.injury.at}:00`, place: r.injury.place, cause: r.injury.cause };
      if (image && at) {
        const statement = JSON.stringify({ at: injury.at, place: scrubText(injury.place), cause: scrubText(injury.cause) });
        resolved = {
          kind: r.kind,
          args: { ...base, bizAppyType: BIZ_APPY_TYPES.trauma, institution: self, injury: { ...injury, committed: r.commitment.accepted } },
          commitment: { statement, signature: image, signedBy: agent ? 'agent' : 'patient' },
        };
      }
      break;
    }
  }
  if (c.problems.length > 0 || !resolved) throw invalid(c.problems);
  return resolved;
}
