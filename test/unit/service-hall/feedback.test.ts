// Complaint records, CSV cells and report days, without a daemon.
import { describe, expect, it } from 'vitest';
import { Complaints } from '../../../server/flows/feedback/complaints.ts';
import { rangeBounds } from '../../../server/flows/feedback/date-range.ts';
import { toCsv } from '../../../server/routes/csv.ts';
import { complaintsBetween } from '../../../server/store/complaints.ts';
import { freshStore } from '../../helpers/store.ts';

describe('CSV for Excel', () => {
  it('starts with a BOM, ends lines with CRLF, and quotes only what needs it', () => {
    expect(toCsv(['a', 'b'], [['plain', 12], ['逗号,在内', '引号"在内'], ['two\nlines', null], [' padded', undefined]])).toBe(
      '\uFEFFa,b\r\nplain,12\r\n"逗号,在内","引号""在内"\r\n"two\nlines",\r\n" padded",\r\n',
    );
  });

  it('keeps a spreadsheet from running patient text as a formula', () => {
    expect(toCsv(['t'], [['=1+1'], ['+86 138'], ['-x'], ['@SUM(A1)'], ['a=b']])).toBe("\uFEFFt\r\n'=1+1\r\n'+86 138\r\n'-x\r\n'@SUM(A1)\r\na=b\r\n");
    expect(toCsv(['n'], [[-5]])).toBe('\uFEFFn\r\n-5\r\n');
  });
});

describe('report days', () => {
  it('are Shanghai days, both ends included', () => {
    expect(rangeBounds({ from: '2026-11-01', to: '2026-11-02' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-02',
      fromIso: '2026-10-31T16:00:00.000Z',
      toIso: '2026-11-02T16:00:00.000Z',
    });
    // 01:00 UTC on the 24th is 09:00 in Shanghai: "today" is the 24th.
    expect(rangeBounds({}, new Date('2026-11-24T01:00:00Z'))).toMatchObject({ from: '2026-11-24', to: '2026-11-24' });
    expect(rangeBounds({ from: '2026-11-20' }, new Date('2026-11-24T01:00:00Z'))).toMatchObject({ from: '2026-11-20', to: '2026-11-24' });
  });

  it('refuse impossible dates, a backwards range and more than a year', () => {
    expect(() => rangeBounds({ from: '2026-02-30' })).toThrow(/2026-02-30/);
    expect(() => rangeBounds({ from: '2026-03-02', to: '2026-03-01' })).toThrow(/before the start/);
    expect(() => rangeBounds({ from: '2025-01-01', to: '2026-01-02' })).toThrow(/366 days/);
  });
});

describe('complaints', () => {
  it('[001-10.1.3] erase a call-back phone once its days are over, keeping the masked form', async () => {
    const { db } = await freshStore();
    let now = new Date('2026-11-01T02:00:00Z');
    const complaints = new Complaints(db, 30, () => now);
    const withPhone = await complaints.file({ category: 'price', text: '多收费', phone: '13812345678' });
    await complaints.file({ category: 'other', text: '没有电话' });
    expect(withPhone.reference).toMatch(/^C20261101-[2-9A-HJKMNP-Z]{6}$/);

    now = new Date('2026-11-30T02:00:00Z');
    expect(await complaints.erasePhones()).toBe(0);
    now = new Date('2026-12-01T02:00:01Z');
    expect(await complaints.erasePhones()).toBe(1);
    const rows = await complaintsBetween(db, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(rows.map((r) => [r.phone, r.phoneMasked])).toEqual([
      [null, '138****5678'],
      [null, null],
    ]);
    await db.close();
  });

  it('are answered by reference, in any letter case, and unknown references are refused', async () => {
    const { db } = await freshStore();
    const complaints = new Complaints(db, 30);
    const { reference } = await complaints.file({ category: 'service', text: '  排队太久  ' });
    expect(await complaints.answer(reference, ' 已调整窗口 ')).toMatchObject({ state: 'answered', answer: '已调整窗口' });
    expect(await complaints.status(reference.toLowerCase())).toMatchObject({ reference, category: 'service' });
    expect((await complaintsBetween(db, '2000-01-01', '2100-01-01'))[0]!.text).toBe('排队太久');
    await expect(complaints.answer('C20260101-ZZZZZZ', 'x')).rejects.toMatchObject({ code: 'COMPLAINT_NOT_FOUND', statusCode: 404 });
    await db.close();
  });
});
