// Generates the input reports a HID POS scanner sends for one read, split over as many reports as
// the data needs, each flagged "more follows" but the last: what the decoder's tests feed it.
import { DEFAULT_HID_POS_LAYOUT, type HidPosLayout } from '../scanner/hid-pos-decoder.ts';

export interface HidPosReportOptions {
  /** AIM symbology id; `]Q1` is QR. */
  aim?: string;
  layout?: HidPosLayout;
  /** Prefix each report with its report id, as node-hid delivers it. */
  withReportId?: boolean;
  /** Size of a report after the report id. */
  reportBytes?: number;
}

export function hidPosReports(payload: string | Uint8Array, options: HidPosReportOptions = {}): Buffer[] {
  const layout = options.layout ?? DEFAULT_HID_POS_LAYOUT;
  const aim = options.aim ?? ']Q1';
  const shift = options.withReportId === false ? 0 : 1;
  const size = options.reportBytes ?? 63;
  const data = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload);
  const perReport = layout.dataEnd - layout.dataOffset;
  const reports: Buffer[] = [];
  for (let pos = 0; pos === 0 || pos < data.length; pos += perReport) {
    const chunk = data.subarray(pos, pos + perReport);
    const report = Buffer.alloc(size + shift);
    if (shift) report[0] = layout.reportId;
    report[layout.lengthOffset + shift] = chunk.length;
    report.write(aim.slice(0, 3), layout.aimOffset + shift, 'latin1');
    chunk.copy(report, layout.dataOffset + shift);
    if (pos + perReport < data.length) report[layout.moreOffset + shift] = layout.moreMask;
    reports.push(report);
  }
  return reports;
}
