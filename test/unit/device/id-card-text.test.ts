import { describe, expect, it } from 'vitest';
import { cardRejection, chinaDate } from '../../../device/idcard/validity.ts';
import { KIND_LETTER_OFFSET, LAYOUTS, TEXT_BYTES } from '../../../device/idcard/layouts.ts';
import { parseCardText } from '../../../device/idcard/text.ts';
import { encodeCardText, type TestCard } from '../../../device/sim/card-text.ts';
import { DEMO_CARDS } from '../../../device/sim/demo-cards.ts';

const JUNE_2026 = new Date('2026-06-01T12:00:00+08:00');
const card = (i: number) => DEMO_CARDS[i]!;
const parse = (c: TestCard) => parseCardText(encodeCardText(c));

/** A text block written by hand from devices.md's offsets, independent of our layout table. */
function residentBlock(fields: Record<number, string>): Buffer {
  const text = Buffer.from(' '.repeat(128), 'utf16le');
  for (const [offset, value] of Object.entries(fields)) text.write(value, Number(offset), 'utf16le');
  return text;
}

describe('ID card text block', () => {
  it('reads a resident card laid out by the offsets in devices.md', () => {
    const text = residentBlock({
      0: '张三', 30: '2', 32: '03', 36: '19900101', 52: '北京市东城区测试胡同1号', 122: '11010519491231002X',
      158: '北京市公安局东城分局', 188: '20200101', 204: '长期',
    });
    expect(parseCardText(text).identity).toEqual({
      kind: 'resident', name: '张三', sex: 'female', nation: '03', nationName: '回', birth: '1990-01-01',
      address: '北京市东城区测试胡同1号', certno: '11010519491231002X', authority: '北京市公安局东城分局',
      validFrom: '2020-01-01', validTo: '长期',
    });
  });

  it('tolerates NUL padding and a lowercase x', () => {
    const text = residentBlock({ 0: '李四\0\0\0', 30: '1', 32: '01', 36: '19491231', 122: '11010519491231002x', 188: '20100101', 204: '20300101' });
    expect(parseCardText(text).identity).toMatchObject({ name: '李四', certno: '11010519491231002X', address: '' });
  });

  it('round-trips every demo card kind through the layout table', () => {
    for (const c of DEMO_CARDS) {
      const { identity } = parse(c);
      const { photo: _photo, ...expected } = c;
      expect(identity).toMatchObject(expected);
    }
  });

  it('reads a J residence permit: pass number and issue count from the reserved area, no nation', () => {
    const { identity } = parse(card(4));
    expect(identity).toMatchObject({ kind: 'J', nation: '', passNumber: 'H12345678', issueCount: 1, certno: '810000199002153011' });
    expect(identity?.nationName).toBeUndefined();
  });

  it('reads an I card: English name first, 15-character number, nationality, Chinese name at 158', () => {
    const text = encodeCardText(card(5));
    expect(text.toString('utf16le', 0, 22)).toBe('SMITH, JOHN');
    expect(text.toString('utf16le', 122, 152)).toBe('USA110086010155');
    expect(text.toString('utf16le', 158, 162)).toBe('约翰');
    expect(parseCardText(text).identity).toMatchObject({ kind: 'I', name: '约翰', nameEn: 'SMITH, JOHN', nation: 'USA', authority: '1100', cardVersion: '01' });
  });

  it('reads a Y card with an English name longer than its first field', () => {
    const long = { ...card(6), nameEn: 'MONTGOMERY-WORTHINGTON, ALEXANDRA ELIZABETH' };
    const text = encodeCardText(long);
    expect(text.toString('utf16le', KIND_LETTER_OFFSET, KIND_LETTER_OFFSET + 2)).toBe('Y');
    expect(parseCardText(text).identity).toMatchObject({ kind: 'Y', nameEn: long.nameEn, nation: 'USA', renewalCount: 0 });
  });

  it('uses the English name when a foreign card has no Chinese name', () => {
    expect(parse({ ...card(5), name: '' }).identity?.name).toBe('SMITH, JOHN');
  });

  it('calls a block unreadable when a date, the sex or the length is wrong', () => {
    expect(parse({ ...card(0), birth: '1980-02-30' }).rejection?.code).toBe('unreadable');
    const text = encodeCardText(card(0));
    text.write('7', LAYOUTS.resident.sex![0], 'utf16le');
    expect(parseCardText(text).rejection?.code).toBe('unreadable');
    expect(parseCardText(Buffer.alloc(TEXT_BYTES - 2)).rejection?.code).toBe('unreadable');
  });

  it('refuses an unknown card-type letter as unsupported', () => {
    const text = encodeCardText(card(0));
    text.write('Z', KIND_LETTER_OFFSET, 'utf16le');
    expect(parseCardText(text).rejection).toMatchObject({ code: 'unsupported', reason: { zh: expect.any(String), en: expect.any(String) } });
  });
});

describe('card validity', () => {
  it('accepts a valid card and a long-term card', () => {
    expect(cardRejection(parse(card(0)).identity!, JUNE_2026)).toBeUndefined();
    expect(cardRejection(parse(card(1)).identity!, new Date('2099-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('rejects an expired card with the date, in both languages', () => {
    expect(cardRejection(parse(card(2)).identity!, JUNE_2026)).toEqual({
      code: 'expired',
      reason: { zh: expect.stringContaining('2025-01-01'), en: expect.stringContaining('expired on 2025-01-01') },
    });
  });

  it('judges expiry by the date in China: valid through its last day, expired the next morning there', () => {
    const identity = { ...parse(card(0)).identity!, validTo: '2026-06-01' };
    expect(cardRejection(identity, new Date('2026-06-01T15:59:59Z'))).toBeUndefined();
    expect(cardRejection(identity, new Date('2026-06-01T16:00:00Z'))?.code).toBe('expired');
    expect(chinaDate(new Date('2026-06-01T16:00:00Z'))).toBe('2026-06-02');
  });

  it('rejects a card that is not valid yet, with the date', () => {
    const identity = { ...parse(card(0)).identity!, validFrom: '2026-06-02' };
    expect(cardRejection(identity, JUNE_2026)).toEqual({ code: 'not-yet-valid', reason: { zh: expect.stringContaining('2026-06-02'), en: expect.stringContaining('valid only from 2026-06-02') } });
    expect(cardRejection(identity, new Date('2026-06-01T16:00:00Z'))).toBeUndefined();
  });

  it('rejects a card whose birth date is not the one its number carries', () => {
    expect(cardRejection({ ...parse(card(0)).identity!, birth: '1980-01-02' }, JUNE_2026)?.code).toBe('inconsistent');
    expect(cardRejection({ ...parse(card(5)).identity!, birth: '1986-01-02' }, JUNE_2026)?.code).toBe('inconsistent');
    expect(cardRejection({ ...parse(card(6)).identity!, birth: '1985-07-07' }, JUNE_2026)?.code).toBe('inconsistent');
  });

  it('rejects a bad check digit, and an I card number of the wrong shape', () => {
    expect(cardRejection(parse(card(3)).identity!, JUNE_2026)?.code).toBe('invalid-number');
    expect(cardRejection(parse(card(5)).identity!, JUNE_2026)).toBeUndefined();
    expect(cardRejection({ ...parse(card(5)).identity!, certno: 'USA11008601015' }, JUNE_2026)?.code).toBe('invalid-number');
    expect(cardRejection(parse(card(6)).identity!, JUNE_2026)).toBeUndefined();
    expect(cardRejection(parse(card(4)).identity!, JUNE_2026)).toBeUndefined();
  });
});
