// A filing asked one question at a time: the questions of each kind, the checks made before
// sending, the body as the contract has it, and the daemon's objections beside their questions.
import { describe, expect, it } from 'vitest';
import { filingErrors } from '../../../kiosk-ui/src/state/filing-errors.ts';
import { dateRange, filingBody, HERE, missing, newDraft, stepOfPath, stepsOf, type FilingDraft } from '../../../kiosk-ui/src/state/filing-steps.ts';
import { FILING_KINDS } from '../../../kiosk-ui/src/types/filing.ts';

const NOW = new Date(2026, 10, 24, 10, 0);

const chronic = (patch: Partial<FilingDraft> = {}): FilingDraft => ({
  ...newDraft('chronic-disease'),
  disease: { code: 'M03900', name: '高血压' },
  diagnosedBy: HERE,
  doctor: { code: 'D1001', name: '王建华' },
  diagnosisDate: '2026-10-08',
  begin: '2026-11-24',
  tel: '13800138000',
  addr: '新城区光明路1号',
  ...patch,
});

describe('the questions of a filing', () => {
  it('[001-8.2.1.1b] asks each kind what the contract needs, and an agent only where one is allowed', () => {
    for (const kind of FILING_KINDS) {
      const steps = stepsOf(newDraft(kind));
      expect(steps.slice(-4 - (kind === 'trauma' ? 1 : 0))).toEqual(['begin', 'end', 'tel', 'addr', ...(kind === 'trauma' ? ['commitment'] : [])]);
      expect(steps.includes('who')).toBe(kind !== 'chronic-disease');
    }
    expect(stepsOf({ ...newDraft('relocation'), who: 'agent' })).toEqual(['who', 'agent-name', 'agent-certno', 'agent-relation', 'agent-tel', 'agent-addr', 'institution', 'begin', 'end', 'tel', 'addr']);
    expect(stepsOf(newDraft('chronic-disease'))).toEqual(['disease', 'diagnosed-by', 'doctor', 'diagnosis-date', 'begin', 'end', 'tel', 'addr']);
    expect(stepsOf(chronic({ diagnosedBy: { code: 'H1', name: '别的医院' } }))).toContain('doctor-name');
  });

  it('will not go on without a date, a choice, enough words or a signature; the end date may be left out', () => {
    const d = newDraft('trauma');
    expect(missing(d, 'begin', NOW)).toEqual({ key: 'filing.need.date' });
    expect(missing(d, 'end', NOW)).toBeUndefined();
    expect(missing(d, 'who', NOW)).toEqual({ key: 'filing.need.choose' });
    expect(missing({ ...d, injuryCause: '摔了' }, 'injury-cause', NOW)).toEqual({ key: 'filing.need.type', min: 5 });
    expect(missing(d, 'commitment', NOW)).toEqual({ key: 'filing.need.sign' });
    expect(missing({ ...d, injuryAt: '2026-11-24 11:00' }, 'injury-at', NOW)).toEqual({ key: 'filing.need.future' });
    expect(missing({ ...d, injuryAt: '2026-11-24 09:30' }, 'injury-at', NOW)).toBeUndefined();
    expect(missing({ ...newDraft('referral'), who: 'agent', agentCertno: '15010219800101' }, 'agent-certno', NOW)).toEqual({ key: 'filing.need.id' });
  });

  it('offers dates by the agency’s rules: a start from 30 days ago to 90 ahead, no diagnosis after today', () => {
    expect(dateRange('begin', newDraft('referral'), NOW)).toEqual({ min: '2026-10-25', max: '2027-02-22' });
    expect(dateRange('diagnosis-date', newDraft('chronic-disease'), NOW).max).toBe('2026-11-24');
    expect(dateRange('end', { ...newDraft('referral'), begin: '2026-12-01' }, NOW).min).toBe('2026-12-01');
  });

  it('builds the body of each kind as the contract has it', () => {
    expect(filingBody(chronic())).toEqual({
      kind: 'chronic-disease',
      tel: '13800138000',
      addr: '新城区光明路1号',
      begin: '2026-11-24',
      disease: { code: 'M03900' },
      diagnosis: { doctor: { code: 'D1001', name: '王建华' }, date: '2026-10-08' },
    });
    const elsewhere = filingBody(chronic({ diagnosedBy: { code: 'H15010200031', name: '沙盒市人民医院' }, doctorName: '李明', doctorCode: 'D9', end: '2027-11-23' }));
    expect(elsewhere).toMatchObject({ end: '2027-11-23', diagnosis: { institution: { code: 'H15010200031' }, doctor: { code: 'D9', name: '李明' } } });
    const relocation = { ...newDraft('relocation'), who: 'agent' as const, agentName: '李四', agentCertno: '150102198001011234', agentRelation: 'son' as const, agentTel: '13900000000', agentAddr: '光明路2号', begin: '2026-11-24', tel: '1', addr: '光明路1号' };
    expect(filingBody(relocation)).toEqual({
      kind: 'relocation',
      tel: '1',
      addr: '光明路1号',
      begin: '2026-11-24',
      agent: { name: '李四', certno: '150102198001011234', tel: '13900000000', addr: '光明路2号', relation: 'son' },
    });
    expect(filingBody({ ...relocation, who: 'self', institution: { code: 'H2', name: '二院' } })).not.toHaveProperty('agent');
    expect(filingBody({ ...newDraft('trauma'), injuryAt: '2026-11-20 18:30', injuryPlace: '楼道', injuryCause: '下楼踩空摔伤', signature: 'data:image/png;base64,xx' })).toMatchObject({
      injury: { at: '2026-11-20 18:30', place: '楼道', cause: '下楼踩空摔伤' },
      commitment: { accepted: true, signature: 'data:image/png;base64,xx' },
    });
  });
});

describe('the daemon’s objections', () => {
  it('finds the question a field path names, the longest first', () => {
    const d = chronic();
    expect(stepOfPath(d, 'diagnosis.date')).toBe('diagnosis-date');
    expect(stepOfPath(d, 'diagnosis.doctor.code')).toBe('doctor');
    expect(stepOfPath(d, 'disease.code')).toBe('disease');
    expect(stepOfPath(d, 'agent.certno')).toBeUndefined();
    expect(stepOfPath({ ...newDraft('referral'), who: 'agent' }, 'agent.certno')).toBe('agent-certno');
  });

  it('puts each problem beside its question, naming it as the question does', () => {
    const errors = filingErrors(
      {
        zh: '请求内容不正确：body.begin 不能早于30天前；body.diagnosis.date 不能晚于 body.begin；body.disease.code 不在医保平台的目录中：X1。',
        en: "The request is not valid: body.begin cannot be more than 30 days ago; body.diagnosis.date cannot be after body.begin; body.disease.code is not in the insurance platform's list: X1.",
      },
      chronic(),
    );
    expect(errors.begin).toEqual({ zh: '开始日期 不能早于30天前', en: 'Start Date cannot be more than 30 days ago' });
    expect(errors['diagnosis-date']).toEqual({ zh: '确诊日期 不能晚于 开始日期', en: 'Date of Diagnosis cannot be after Start Date' });
    expect(errors.disease?.zh).toBe('病种 不在医保平台的目录中：X1');
    expect(errors.general).toBeUndefined();
  });

  it('reads a missing field (BAD_REQUEST) the same way, and keeps what names no question as general', () => {
    expect(filingErrors({ zh: '请求内容不正确：缺少 body.tel。', en: 'The request is not valid: body.tel is missing.' }, chronic())).toEqual({
      tel: { zh: '缺少 联系电话', en: 'Phone is missing' },
    });
    expect(filingErrors({ zh: '请求内容不正确：body 中不应有 x。', en: 'The request is not valid: body must not contain x.' }, chronic())).toEqual({
      general: { zh: 'body 中不应有 x', en: 'body must not contain x' },
    });
  });
});
