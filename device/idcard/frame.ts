// SAM frames: AA AA AA 96 69 | LEN (2, big-endian) | body | CHK. LEN counts every byte after
// itself, the checksum included; CHK is the XOR of LEN and body. The same framing carries
// host → reader commands (body: CMD PARA DATA) and reader → host replies (body: SW1 SW2 SW3 DATA).
export const PREAMBLE = Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]);
/** Preamble and LEN: the bytes before the body. */
export const HEADER_BYTES = PREAMBLE.length + 2;

/** XOR of buf[from..to). */
export function xor(buf: Uint8Array, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) x ^= buf[i]!;
  return x;
}

/** Wraps a body into a complete frame. */
export function encodeFrame(body: Uint8Array): Buffer {
  const len = body.length + 1;
  if (len > 0xffff) throw new RangeError(`SAM frame body of ${body.length} bytes does not fit LEN`);
  const frame = Buffer.alloc(HEADER_BYTES + len);
  PREAMBLE.copy(frame, 0);
  frame.writeUInt16BE(len, PREAMBLE.length);
  frame.set(body, HEADER_BYTES);
  frame[frame.length - 1] = xor(frame, PREAMBLE.length, frame.length - 1);
  return frame;
}

/** The commands the driver sends, as CMD PARA. */
export const COMMANDS = {
  samStatus: [0x11, 0xff],
  findCard: [0x20, 0x01],
  selectCard: [0x20, 0x02],
  readTextPhoto: [0x30, 0x01],
} as const satisfies Record<string, readonly [number, number]>;

export type CommandName = keyof typeof COMMANDS;

export function encodeCommand(name: CommandName): Buffer {
  return encodeFrame(Uint8Array.from(COMMANDS[name]));
}

/** A reply body: SW1 SW2 SW3 then data. */
export interface SamReply {
  sw3: number;
  data: Buffer;
}

export function decodeReply(body: Buffer): SamReply | undefined {
  if (body.length < 3 || body[0] !== 0 || body[1] !== 0) return undefined;
  return { sw3: body[2]!, data: body.subarray(3) };
}

/** A reply frame (used by the reader simulator). */
export function encodeReply(sw3: number, data: Uint8Array = new Uint8Array(0)): Buffer {
  const body = Buffer.alloc(3 + data.length);
  body[2] = sw3;
  body.set(data, 3);
  return encodeFrame(body);
}
