// Cuts a SAM byte stream into frame bodies. Resyncs on the preamble, waits for the whole frame,
// verifies the XOR and, on any mismatch, drops one byte and searches again, so a real frame that
// starts inside a damaged one is still found. What it keeps between chunks is bounded by the
// longest allowed frame, whatever arrives. (serialport's packet-length parser reads LEN
// little-endian and cannot verify a checksum, hence our own.)
import { HEADER_BYTES, PREAMBLE, xor } from './frame.ts';

/** What was wrong with a frame that was dropped. */
export type FrameProblem = 'checksum' | 'length' | 'torn';

/** LEN of the smallest frame: a command's CMD PARA and CHK. */
const MIN_LEN = 3;
/** The longest reply a reader sends is 2321 bytes (30 10 with fingerprints); leave room. */
export const DEFAULT_MAX_LEN = 4096;

export class SamFrameParser {
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    private readonly onProblem: (problem: FrameProblem) => void = () => {},
    private readonly maxLen = DEFAULT_MAX_LEN,
  ) {}

  /** Bytes held while waiting for the rest of a frame; never more than 7 + maxLen. */
  get buffered(): number {
    return this.pending.length;
  }

  reset(): void {
    this.pending.fill(0);
    this.pending = Buffer.alloc(0);
  }

  /** Feeds bytes; returns the bodies (between LEN and CHK) of the frames they complete. */
  feed(chunk: Uint8Array): Buffer[] {
    const buf = this.pending.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([this.pending, chunk]);
    const bodies: Buffer[] = [];
    let pos = 0;
    let keepFrom = -1;
    for (;;) {
      const start = buf.indexOf(PREAMBLE, pos);
      if (start < 0) {
        // Keep a tail that may be the beginning of the next preamble.
        keepFrom = Math.max(pos, buf.length - (PREAMBLE.length - 1));
        break;
      }
      if (buf.length - start < HEADER_BYTES) {
        keepFrom = start;
        break;
      }
      const len = buf.readUInt16BE(start + PREAMBLE.length);
      if (len < MIN_LEN || len > this.maxLen) {
        this.onProblem('length');
        pos = start + 1;
        continue;
      }
      const end = start + HEADER_BYTES + len;
      if (end > buf.length) {
        // Incomplete. A complete, valid frame further on means this one was torn off.
        const later = this.completeFrameAfter(buf, start + 1);
        if (later < 0) {
          keepFrom = start;
          break;
        }
        this.onProblem('torn');
        pos = later;
        continue;
      }
      if (xor(buf, start + PREAMBLE.length, end - 1) !== buf[end - 1]) {
        this.onProblem('checksum');
        pos = start + 1;
        continue;
      }
      // A copy, so the caller may wipe it and the stream buffer is not retained.
      bodies.push(Buffer.from(buf.subarray(start + HEADER_BYTES, end - 1)));
      pos = end;
    }
    const kept = Buffer.from(buf.subarray(keepFrom));
    if (buf !== this.pending) this.pending.fill(0);
    this.pending = kept;
    return bodies;
  }

  /** Start of the first complete frame with a valid checksum at or after `from`, or -1. */
  private completeFrameAfter(buf: Buffer, from: number): number {
    for (let start = buf.indexOf(PREAMBLE, from); start >= 0; start = buf.indexOf(PREAMBLE, start + 1)) {
      if (buf.length - start < HEADER_BYTES) return -1;
      const len = buf.readUInt16BE(start + PREAMBLE.length);
      const end = start + HEADER_BYTES + len;
      if (len >= MIN_LEN && len <= this.maxLen && end <= buf.length && xor(buf, start + PREAMBLE.length, end - 1) === buf[end - 1]) {
        return start;
      }
    }
    return -1;
  }
}
