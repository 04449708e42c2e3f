import { describe, expect, it } from 'vitest';
import { LineFramer, MAX_PAYLOAD_BYTES } from '../../../device/scanner/line-framer.ts';
import { decodeScan, NOT_UTF8 } from '../../../device/scanner/payload.ts';
import { HidPosDecoder, MAX_HID_READ_BYTES } from '../../../device/scanner/hid-pos-decoder.ts';
import { hidPosReports } from '../../../device/sim/hid-pos-reports.ts';

const lines = (framer: LineFramer, ...chunks: string[]) =>
  chunks.flatMap((c) => framer.feed(Buffer.from(c, 'utf8'))).map((e) => (e.type === 'line' ? e.bytes.toString('utf8') : '<overflow>'));

describe('scanner line framing', () => {
  it('ends a read at CR, CRLF or LF, across chunks, and ignores empty lines', () => {
    const framer = new LineFramer();
    expect(lines(framer, 'RX2026', '11230001\r', 'REG20261123\r\n', '\r\n', 'abc\n')).toEqual(['RX202611230001', 'REG20261123', 'abc']);
  });

  it('drops a run of 4 KB without a terminator, up to the next terminator, then reads again', () => {
    const framer = new LineFramer();
    const out = lines(framer, 'x'.repeat(MAX_PAYLOAD_BYTES), 'y', 'still the same run\r', 'RX202611230001\r');
    expect(out).toEqual(['<overflow>', 'RX202611230001']);
  });

  it('ends an unfinished read when the line goes quiet, so the next read is whole', () => {
    const framer = new LineFramer();
    expect(lines(framer, 'x'.repeat(MAX_PAYLOAD_BYTES))).toEqual([]);
    expect(framer.idle()).toEqual([{ type: 'unterminated' }]);
    expect(lines(framer, 'RX202611230001\r')).toEqual(['RX202611230001']);
    // A run already reported as too long ends quietly too.
    expect(lines(framer, 'y'.repeat(MAX_PAYLOAD_BYTES + 1))).toEqual(['<overflow>']);
    expect(framer.idle()).toEqual([]);
    expect(lines(framer, 'REG20261123\r')).toEqual(['REG20261123']);
    expect(framer.idle()).toEqual([]);
  });

  it('keeps exactly 4 KB', () => {
    expect(lines(new LineFramer(), `${'x'.repeat(MAX_PAYLOAD_BYTES)}\r`)).toEqual(['x'.repeat(MAX_PAYLOAD_BYTES)]);
  });

  it('refuses bytes that are not UTF-8 (a scanner left on GBK) instead of guessing', () => {
    expect(decodeScan(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]))).toEqual(NOT_UTF8);
    expect(decodeScan(Buffer.from([0xff, 0xfe, 0x41]))).toEqual(NOT_UTF8);
    expect(decodeScan(Buffer.from('  '))).toBeUndefined();
    expect(decodeScan(Buffer.from('RX202611230001'))).toMatchObject({ kind: 'slip' });
  });
});

describe('HID POS report decoding', () => {
  it('decodes a one-report read with node-hid’s leading report id', () => {
    const decoder = new HidPosDecoder();
    const [report] = hidPosReports('RX202611230001');
    expect(report![0]).toBe(0x02);
    expect(report![1]).toBe(14);
    expect(report!.subarray(2, 5).toString()).toBe(']Q1');
    expect(decoder.feed(report!)).toEqual({ type: 'read', read: { aim: ']Q1', bytes: Buffer.from('RX202611230001') } });
  });

  it('assembles a read that spans several reports, UTF-8 split across them', () => {
    const payload = `NHSAEC1.${'医保'.repeat(30)}${'a'.repeat(100)}`;
    const reports = hidPosReports(payload);
    expect(reports.length).toBeGreaterThan(3);
    const decoder = new HidPosDecoder();
    const events = reports.map((r) => decoder.feed(r));
    expect(events.slice(0, -1).every((e) => e === undefined)).toBe(true);
    const last = events[events.length - 1];
    expect(last?.type === 'read' && last.read.bytes.toString('utf8')).toBe(payload);
  });

  it('decodes reports without a report id when told so', () => {
    const decoder = new HidPosDecoder(undefined, false);
    const [report] = hidPosReports('abc', { withReportId: false, aim: ']C0' });
    expect(decoder.feed(report!)).toEqual({ type: 'read', read: { aim: ']C0', bytes: Buffer.from('abc') } });
  });

  it('ignores other report ids and a length byte larger than the report', () => {
    const decoder = new HidPosDecoder();
    const [report] = hidPosReports('abc');
    expect(decoder.feed(Buffer.from([0x01, ...report!.subarray(1)]))).toBeUndefined();
    report![1] = 255;
    const event = decoder.feed(report!);
    expect(event?.type === 'read' && event.read.bytes.length).toBe(56);
  });

  it('drops a read that never ends, then decodes the next one', () => {
    const decoder = new HidPosDecoder();
    const endless = hidPosReports('z'.repeat(MAX_HID_READ_BYTES + 200));
    const events = endless.map((r) => decoder.feed(r)).filter(Boolean);
    expect(events).toEqual([{ type: 'overflow' }]);
    expect(decoder.feed(hidPosReports('RX202611230001')[0]!)).toMatchObject({ type: 'read' });
  });
});
