// Cuts a virtual-COM scanner's byte stream into payloads. Scanners end each read with CR, some
// with CRLF (or a bare LF); empty lines are nothing. A run longer than the limit without a
// terminator is a misconfigured scanner or noise: it is dropped, up to the next terminator or
// until the line goes quiet (`idle`), so the next good read is not lost with it.
export const MAX_PAYLOAD_BYTES = 4096;
/** A scanner sends a whole read without pausing; this long without a byte ends an unfinished one. */
export const IDLE_MS = 300;

export type LineEvent = { type: 'line'; bytes: Buffer } | { type: 'overflow' } | { type: 'unterminated' };

const CR = 0x0d;
const LF = 0x0a;

export class LineFramer {
  private parts: Buffer[] = [];
  private size = 0;
  private discarding = false;

  constructor(private readonly maxBytes = MAX_PAYLOAD_BYTES) {}

  feed(chunk: Buffer): LineEvent[] {
    const events: LineEvent[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte !== CR && byte !== LF) continue;
      this.take(chunk.subarray(start, i), events);
      start = i + 1;
      if (!this.discarding && this.size > 0) events.push({ type: 'line', bytes: Buffer.concat(this.parts) });
      this.parts = [];
      this.size = 0;
      this.discarding = false;
    }
    this.take(chunk.subarray(start), events);
    return events;
  }

  /** The line has been quiet for IDLE_MS: what is held can never be completed. */
  idle(): LineEvent[] {
    const held = !this.discarding && this.size > 0;
    this.parts = [];
    this.size = 0;
    this.discarding = false;
    return held ? [{ type: 'unterminated' }] : [];
  }

  private take(bytes: Buffer, events: LineEvent[]): void {
    if (this.discarding || bytes.length === 0) return;
    if (this.size + bytes.length > this.maxBytes) {
      this.parts = [];
      this.size = 0;
      this.discarding = true;
      events.push({ type: 'overflow' });
      return;
    }
    // Copied: the port's read pool is reused.
    this.parts.push(Buffer.from(bytes));
    this.size += bytes.length;
  }
}
