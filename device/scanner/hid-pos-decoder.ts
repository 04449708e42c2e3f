// Decodes HID POS scanner input reports (usage page 0x8C, usage 0x02) into complete reads. Vendor
// layouts differ, so the offsets are a table: the default follows NielsLeenheer/WebHidBarcodeScanner
// (Honeywell): report id 0x02; byte 0 the data length, bytes 1–3 the AIM id (`]Q1` is QR), data
// from byte 4, and a "more follows" flag at byte 62. Offsets are within the report, after the
// report id; node-hid hands over the report id first, hence `withReportId`.
export interface HidPosLayout {
  reportId: number;
  lengthOffset: number;
  aimOffset: number;
  dataOffset: number;
  /** Where data ends at the latest (exclusive): the bytes after it are vendor fields. */
  dataEnd: number;
  moreOffset: number;
  moreMask: number;
}

export const HID_POS_LAYOUTS = {
  honeywell: { reportId: 0x02, lengthOffset: 0, aimOffset: 1, dataOffset: 4, dataEnd: 60, moreOffset: 62, moreMask: 0x01 },
} as const satisfies Record<string, HidPosLayout>;

export const DEFAULT_HID_POS_LAYOUT: HidPosLayout = HID_POS_LAYOUTS.honeywell;

/** A read that spans more reports than this is noise; it is dropped. */
export const MAX_HID_READ_BYTES = 8192;

export interface HidPosRead {
  /** The AIM symbology identifier, e.g. "]Q1" for a QR code. */
  aim: string;
  bytes: Buffer;
}

export type HidPosEvent = { type: 'read'; read: HidPosRead } | { type: 'overflow' };

export class HidPosDecoder {
  private parts: Buffer[] = [];
  private size = 0;
  private aim = '';
  private discarding = false;

  constructor(
    private readonly layout: HidPosLayout = DEFAULT_HID_POS_LAYOUT,
    private readonly withReportId = true,
  ) {}

  /** Feeds one input report; returns a read when this report completes one. */
  feed(report: Uint8Array): HidPosEvent | undefined {
    const shift = this.withReportId ? 1 : 0;
    if (this.withReportId && report[0] !== this.layout.reportId) return undefined;
    const at = (offset: number) => report[offset + shift] ?? 0;
    const length = Math.min(at(this.layout.lengthOffset), this.layout.dataEnd - this.layout.dataOffset);
    const start = this.layout.dataOffset + shift;
    const chunk = report.subarray(start, Math.min(start + length, report.length));
    const more = (at(this.layout.moreOffset) & this.layout.moreMask) !== 0;
    if (this.size === 0 && !this.discarding) {
      this.aim = String.fromCharCode(at(this.layout.aimOffset), at(this.layout.aimOffset + 1), at(this.layout.aimOffset + 2));
    }
    let event: HidPosEvent | undefined;
    if (!this.discarding) {
      if (this.size + chunk.length > MAX_HID_READ_BYTES) {
        this.discarding = true;
        this.parts = [];
        this.size = 0;
        event = { type: 'overflow' };
      } else {
        this.parts.push(Buffer.from(chunk));
        this.size += chunk.length;
      }
    }
    if (more) return event;
    if (!this.discarding) event = { type: 'read', read: { aim: this.aim, bytes: Buffer.concat(this.parts) } };
    this.parts = [];
    this.size = 0;
    this.discarding = false;
    return event;
  }
}
