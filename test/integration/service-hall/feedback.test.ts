// Complaints and the satisfaction survey through a real daemon: filed at the kiosk, tracked to an
// answer, exported by the operator as CSV for Excel and counted in a report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wireDate } from '../../../server/insurance/wire-time.ts';
import { startDaemon, type RunningDaemon } from '../../helpers/daemon.ts';
import { api, identify, testPersons } from '../../helpers/patient.ts';

let daemon: RunningDaemon;
let call: ReturnType<typeof api>;
let token: string;
const today = wireDate(new Date());

const operator = async (path: string, init: RequestInit = {}) =>
  fetch(new URL(path, daemon.url), { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });

/** Splits RFC 4180 CSV into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

beforeAll(async () => {
  daemon = await startDaemon();
  call = api(daemon.url);
  token = (await call('POST', '/api/operator/login', { pin: '000000' })).body.token;
});
afterAll(async () => {
  await daemon?.stop();
});

describe('complaints', () => {
  it('[001-6.3.3] offers the categories and says why a phone is asked and how long it is kept', async () => {
    const { status, body } = await call('GET', '/api/feedback/complaint-form');
    expect(status).toBe(200);
    expect(body.categories.map((c: { id: string }) => c.id)).toEqual(['price', 'settlement', 'service', 'kiosk', 'other']);
    expect(body.categories[0].name).toEqual({ zh: '价格与收费', en: 'Prices and charges' });
    expect(body.phoneNotice.zh).toContain('30 天后自动删除');
    expect(body.phoneNotice.en).toContain('after 30 days');
  });

  it('[001-6.3.3] takes a price question with a reference, and tracks it to the answer the patient can read', async () => {
    const filed = await call('POST', '/api/feedback/complaints', { category: 'price', text: '阿莫西林胶囊的价格和公示的不一样', phone: '13912345678' });
    expect(filed.status).toBe(201);
    expect(filed.body.reference).toMatch(new RegExp(`^C${today.replace(/-/g, '')}-[2-9A-HJKMNP-Z]{6}$`));
    const open = await call('GET', `/api/feedback/complaints/${filed.body.reference}`);
    expect(open.body).toEqual({ reference: filed.body.reference, category: 'price', state: 'open', receivedAt: filed.body.receivedAt });

    const listed = (await (await operator(`/api/operator/complaints?from=${today}&to=${today}`)).json()) as Array<Record<string, unknown>>;
    expect(listed.find((c) => c.reference === filed.body.reference)).toMatchObject({ phone: '13912345678', phoneMasked: '139****5678', state: 'open' });

    const answered = await operator(`/api/operator/complaints/${filed.body.reference}/answer`, { method: 'POST', body: JSON.stringify({ answer: '已核实，多收 2.00 元已原路退回。' }) });
    expect(answered.status).toBe(200);
    const seen = await call('GET', `/api/feedback/complaints/${filed.body.reference.toLowerCase()}`);
    expect(seen.body).toMatchObject({ state: 'answered', answer: '已核实，多收 2.00 元已原路退回。', answeredAt: expect.any(String) });
    expect(JSON.stringify(seen.body)).not.toContain('13912345678');
  });

  it('records how the patient identified, never who', async () => {
    const p = (await testPersons(daemon.sandbox)).find((x) => x.tags.includes('employee'))!;
    const session = (await identify(daemon, p)).body;
    const filed = await call('POST', '/api/feedback/complaints', { category: 'kiosk', text: 'The printer is out of paper', sessionId: session.sessionId });
    const listed = (await (await operator('/api/operator/complaints')).json()) as Array<Record<string, unknown>>;
    const row = listed.find((c) => c.reference === filed.body.reference)!;
    expect(row.via).toBe('ecqr');
    expect(JSON.stringify(row)).not.toContain(p.psnNo);
  });

  it('refuses a bad complaint with a bilingual message, and keeps nothing of it', async () => {
    const before = ((await (await operator('/api/operator/complaints')).json()) as unknown[]).length;
    for (const body of [
      { category: 'food', text: 'x' },
      { category: 'price', text: '   ' },
      { category: 'price', text: 'x', phone: '12345' },
      { category: 'price', text: 'x'.repeat(1001) },
    ]) {
      const { status, body: answer } = await call('POST', '/api/feedback/complaints', body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(answer.error).toMatchObject({ code: 'BAD_REQUEST', message: { zh: expect.stringMatching(/^请求内容不正确/), en: expect.stringMatching(/^The request is not valid/) } });
    }
    expect(((await (await operator('/api/operator/complaints')).json()) as unknown[]).length).toBe(before);
    expect((await call('GET', '/api/feedback/complaints/C20260101-ABCDEF')).body.error.code).toBe('COMPLAINT_NOT_FOUND');
  });

  it('[001-8.1.12] drops anything the form does not ask for, an ID number included', async () => {
    const filed = await call('POST', '/api/feedback/complaints', { category: 'settlement', text: '报销比例不对', idNumber: '150102198001011234' });
    expect(filed.status).toBe(201);
    const listed = await (await operator('/api/operator/complaints')).text();
    expect(listed).toContain(filed.body.reference);
    expect(listed).not.toContain('150102198001011234');
  });
});

describe('operator exports and report', () => {
  it('needs the operator login', async () => {
    for (const path of ['/api/operator/complaints', '/api/operator/complaints.csv', '/api/operator/surveys.csv', '/api/operator/feedback/report']) {
      const res = await fetch(new URL(path, daemon.url));
      expect(res.status, path).toBe(401);
    }
  });

  it('[001-6.3.3] exports complaints as CSV that Excel opens in Chinese, quoted properly and with phones masked', async () => {
    const text = '价格"太贵"，\n第二行, 还有逗号';
    await call('POST', '/api/feedback/complaints', { category: 'service', text, phone: '0471-6661234' });
    await call('POST', '/api/feedback/complaints', { category: 'other', text: '=HYPERLINK("http://x")' });
    const res = await operator(`/api/operator/complaints.csv?from=${today}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="complaints-${today}-${today}.csv"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['编号 Reference', '时间 Received', '类别 Category', '内容 Text', '回电电话 Phone', '识别方式 Identified by', '状态 State', '答复 Answer', '答复时间 Answered']);
    const service = rows.find((r) => r[2] === '服务态度与流程')!;
    expect(service[3]).toBe(text);
    expect(service[4]).toBe('047*****1234');
    expect(service[1]).toMatch(new RegExp(`^${today} \\d{2}:\\d{2}:\\d{2}$`));
    expect(rows.find((r) => r[2] === '其他')![3]).toBe(`'=HYPERLINK("http://x")`);
    expect(bytes.toString('utf8')).not.toContain('0471-6661234');
    expect(bytes.toString('utf8')).not.toContain('13912345678');
  });

  it('[001-12.6] exports survey answers as CSV and reports them by rating and day, with complaints by category', async () => {
    for (const [rating, comments] of [[5, '很方便'], [4, undefined], [5, undefined], [2, '字太小，看不清']] as const) {
      expect((await call('POST', '/api/feedback/survey', { rating, ...(comments ? { comments } : {}) })).status).toBe(201);
    }
    const csv = await operator('/api/operator/surveys.csv');
    const rows = parseCsv(Buffer.from(await csv.arrayBuffer()).subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['时间 Time', '评分 Rating (1-5)', '意见 Comments', '识别方式 Identified by']);
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toEqual([['5', '很方便'], ['4', ''], ['5', ''], ['2', '字太小，看不清']]);

    const report = (await (await operator(`/api/operator/feedback/report?from=${today}&to=${today}`)).json()) as any;
    expect(report.surveys).toEqual({ total: 4, averageRating: 4, byRating: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 2 }, byDay: [{ date: today, count: 4, averageRating: 4 }] });
    expect(report.complaints.byCategory).toEqual({ price: 1, settlement: 1, service: 1, kiosk: 1, other: 1 });
    expect(report.complaints).toMatchObject({ total: 5, byState: { open: 4, answered: 1 }, byDay: [{ date: today, count: 5 }] });
    const yesterday = wireDate(new Date(Date.now() - 86_400_000));
    const empty = (await (await operator(`/api/operator/feedback/report?from=${yesterday}&to=${yesterday}`)).json()) as any;
    expect(empty.complaints.total + empty.surveys.total).toBe(0);
    expect(empty.surveys.averageRating).toBeNull();
  });

  it('refuses a date range that makes no sense, in both languages', async () => {
    const backwards = await operator('/api/operator/feedback/report?from=2026-03-02&to=2026-03-01');
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as any).error).toEqual({ code: 'DATE_RANGE_INVALID', message: { zh: '结束日期早于开始日期。', en: 'The end date is before the start date.' } });
    expect((await operator('/api/operator/complaints.csv?from=2026-02-30')).status).toBe(400);
    expect((await operator('/api/operator/surveys.csv?from=2024-01-01&to=2026-01-01')).status).toBe(400);
  });

  it('[001-13.1] audits every export', async () => {
    const audit = (await (await operator('/api/operator/audit?limit=50')).json()) as Array<{ action: string; detail: string }>;
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['complaints.export', 'surveys.export', 'complaint.answered']));
    expect(JSON.stringify(audit)).not.toContain('13912345678');
  });
});
