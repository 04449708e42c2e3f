import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, encodeCommand, encodeFrame, encodeReply } from '../../../device/idcard/frame.ts';
import { DEFAULT_MAX_LEN, SamFrameParser, type FrameProblem } from '../../../device/idcard/framer.ts';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function parser() {
  const problems: FrameProblem[] = [];
  return { parser: new SamFrameParser((p) => problems.push(p)), problems };
}

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('SAM command builder', () => {
  it('builds the requests listed in devices.md byte for byte', () => {
    expect(encodeCommand('samStatus')).toEqual(hex('AA AA AA 96 69 00 03 11 FF ED'));
    expect(encodeCommand('findCard')).toEqual(hex('AA AA AA 96 69 00 03 20 01 22'));
    expect(encodeCommand('selectCard')).toEqual(hex('AA AA AA 96 69 00 03 20 02 21'));
    expect(encodeCommand('readTextPhoto')).toEqual(hex('AA AA AA 96 69 00 03 30 01 32'));
    expect(Object.keys(COMMANDS)).toHaveLength(4);
  });

  it('builds the canonical replies', () => {
    expect(encodeReply(0x9f, Buffer.alloc(4))).toEqual(hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97'));
    expect(encodeReply(0x90, Buffer.alloc(8))).toEqual(hex(`AA AA AA 96 69 00 0C 00 00 90 ${'00'.repeat(8)} 9C`));
    expect(encodeReply(0x80)).toEqual(hex('AA AA AA 96 69 00 04 00 00 80 84'));
  });
});

describe('SAM frame parser', () => {
  it('finds the body of a canonical reply', () => {
    const { parser: p } = parser();
    expect(p.feed(hex('AA AA AA 96 69 00 04 00 00 80 84'))).toEqual([hex('00 00 80')]);
    expect(p.buffered).toBe(0);
  });

  it('joins a frame torn across many chunks, byte by byte', () => {
    const { parser: p } = parser();
    const frame = encodeReply(0x90, Buffer.alloc(1288 - 4, 7));
    const out: Buffer[] = [];
    for (const byte of frame) out.push(...p.feed(Buffer.from([byte])));
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1288 - 1);
  });

  it('rejects a wrong XOR and resyncs on the next frame', () => {
    const { parser: p, problems } = parser();
    const bad = encodeReply(0x90, Buffer.alloc(8));
    bad[bad.length - 1]! ^= 0xff;
    const good = encodeReply(0x80);
    expect(p.feed(Buffer.concat([bad, good]))).toEqual([hex('00 00 80')]);
    expect(problems).toEqual(['checksum']);
  });

  it('rejects a LEN that is too small or too large', () => {
    const { parser: p, problems } = parser();
    const tooSmall = hex('AA AA AA 96 69 00 01 FF');
    const tooLarge = hex('AA AA AA 96 69 FF FF 00 00 90');
    const good = encodeReply(0x9f, Buffer.alloc(4));
    expect(p.feed(Buffer.concat([tooSmall, tooLarge, good]))).toHaveLength(1);
    expect(problems).toEqual(['length', 'length']);
  });

  it('drops a torn frame when a complete valid frame follows it', () => {
    const { parser: p, problems } = parser();
    const torn = encodeReply(0x90, Buffer.alloc(1000)).subarray(0, 300);
    const good = encodeReply(0x80);
    expect(p.feed(Buffer.concat([torn, good]))).toEqual([hex('00 00 80')]);
    expect(problems).toEqual(['torn']);
  });

  it('ignores garbage between frames, including lone preamble bytes', () => {
    const { parser: p } = parser();
    const a = encodeReply(0x80);
    const b = encodeReply(0x9f, Buffer.alloc(4));
    const garbage = hex('00 AA AA 13 AA AA AA 96 37 69 FF');
    expect(p.feed(Buffer.concat([garbage, a, garbage, b, garbage]))).toEqual([hex('00 00 80'), hex('00 00 9F 00 00 00 00')]);
  });

  it('keeps memory bounded through 10 MB of noise and still finds the next good frame', () => {
    const { parser: p } = parser();
    const random = prng(1);
    const chunk = Buffer.alloc(64 * 1024);
    let maxBuffered = 0;
    for (let sent = 0; sent < 10 * 1024 * 1024; sent += chunk.length) {
      for (let i = 0; i < chunk.length; i++) chunk[i] = (random() * 256) | 0;
      // Salt the noise with preambles and plausible lengths, the worst case for a resync.
      for (let i = 0; i < 8; i++) hex('AA AA AA 96 69 01 00').copy(chunk, (random() * (chunk.length - 8)) | 0);
      expect(p.feed(chunk).every((body) => body.length >= 2)).toBe(true);
      maxBuffered = Math.max(maxBuffered, p.buffered);
    }
    expect(maxBuffered).toBeLessThanOrEqual(DEFAULT_MAX_LEN + 7);
    // A gap as long as the longest frame clears any frame the noise left half-open.
    p.feed(Buffer.alloc(DEFAULT_MAX_LEN + 7));
    expect(p.feed(encodeReply(0x80))).toEqual([hex('00 00 80')]);
  });

  it('finds every frame of 100,000 random frames cut into random chunks', () => {
    const random = prng(42);
    const { parser: p, problems } = parser();
    const frames: Buffer[] = [];
    for (let i = 0; i < 100_000; i++) {
      const body = Buffer.alloc(3 + ((random() * 40) | 0));
      for (let j = 0; j < body.length; j++) body[j] = (random() * 256) | 0;
      frames.push(body);
    }
    const stream = Buffer.concat(frames.map((b) => encodeFrame(b)));
    const out: Buffer[] = [];
    for (let pos = 0; pos < stream.length; ) {
      const n = 1 + ((random() * 200) | 0);
      out.push(...p.feed(stream.subarray(pos, pos + n)));
      pos += n;
    }
    expect(out).toHaveLength(frames.length);
    expect(out.every((b, i) => b.equals(frames[i]!))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('keeps every intact frame among 100,000 frames of which some are damaged or torn', () => {
    const random = prng(7);
    const { parser: p, problems } = parser();
    const parts: Buffer[] = [];
    /** Intact frames that start beyond the reach of every torn frame: these must all come out, in order. */
    const mustSee: Buffer[] = [];
    let torn = 0;
    let offset = 0;
    let tornReach = 0;
    for (let i = 0; i < 100_000; i++) {
      const body = Buffer.alloc(3 + ((random() * 60) | 0));
      for (let j = 0; j < body.length; j++) body[j] = (random() * 256) | 0;
      const frame = encodeFrame(body);
      const roll = random();
      let part = frame;
      if (roll < 0.1) {
        // One byte of the body or checksum changed: XOR always catches it.
        frame[7 + ((random() * (frame.length - 7)) | 0)]! ^= 1 + ((random() * 255) | 0);
      } else if (roll < 0.15) {
        part = frame.subarray(0, 7 + ((random() * (frame.length - 8)) | 0));
        torn++;
        // Its LEN still claims the whole frame: that many bytes after it may be taken as its rest.
        tornReach = offset + frame.length;
      } else if (offset >= tornReach) {
        mustSee.push(body);
      }
      parts.push(part);
      offset += part.length;
    }
    const stream = Buffer.concat(parts);
    const out: Buffer[] = [];
    for (let pos = 0; pos < stream.length; pos += 997) out.push(...p.feed(stream.subarray(pos, pos + 997)));
    let seen = 0;
    for (const body of out) if (seen < mustSee.length && body.equals(mustSee[seen]!)) seen++;
    expect(seen).toBe(mustSee.length);
    // A torn frame may, once in 256, pass the XOR with the bytes that follow it; nothing else may.
    expect(out.length - mustSee.length).toBeLessThanOrEqual(torn);
    expect(problems.filter((x) => x === 'checksum').length).toBeGreaterThan(9_000);
  });

  it('recovers from any corruption once a frame-length gap has passed (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 64 }),
        (prefix, flips, body, chunkSize) => {
          const { parser: p } = parser();
          const damaged = Buffer.concat([Buffer.from(prefix), encodeFrame(Uint8Array.from([0, 0, ...body]))]);
          for (const { at, value } of flips) damaged[at % damaged.length] = value;
          const good = encodeFrame(Uint8Array.from([0, 0, 0x90, ...body]));
          const stream = Buffer.concat([damaged, Buffer.alloc(DEFAULT_MAX_LEN + 7), good]);
          const out: Buffer[] = [];
          for (let pos = 0; pos < stream.length; pos += chunkSize) out.push(...p.feed(stream.subarray(pos, pos + chunkSize)));
          expect(out[out.length - 1]).toEqual(Buffer.from([0, 0, 0x90, ...body]));
          expect(p.buffered).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
