// The daemon's one logger. Personal fields are redacted by key at any depth, and any ID or phone
// number that slips into another string (or a key) is masked before the line is written.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type DestinationStream, type Logger } from 'pino';
import { scrubText } from './policy/privacy.ts';

/** Keys that hold personal data or credentials, in our names and the platform's wire names. */
export const PERSONAL_KEYS = [
  'name', 'nameEn', 'psnName', 'psn_name', 'userName', 'fullName', 'birth', 'brdy', 'birthday', 'passNumber',
  'certno', 'certNo', 'idNo', 'idNumber', 'mdtrtCertNo', 'mdtrt_cert_no', 'cardSn', 'card_sn', 'sscNo',
  'ecToken', 'token', 'qr', 'qrCode', 'qrText', 'ecqr', 'ecQrCode', 'authNo', 'pin', 'identity', 'credential',
  'psnNo', 'psn_no', 'phone', 'tel', 'mobile', 'address', 'addr', 'photo', 'face', 'signature',
  'authorization', 'cookie', 'paasToken', 'accessToken', 'password', 'secret',
] as const;
const PERSONAL = new Set<string>(PERSONAL_KEYS);
const REDACTED = '[redacted]';
/** Deeper than any record we log; what lies below is dropped, not written unchecked. */
const MAX_DEPTH = 8;

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  if (value instanceof Error) return scrubDeep(pino.stdSerializers.err(value), depth);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[scrubText(k)] = PERSONAL.has(k) ? REDACTED : scrubDeep(v, depth + 1);
  return out;
}

export interface LoggerOptions {
  level: string;
  /** A file path, or a stream (tests). */
  destination: string | DestinationStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  let stream: DestinationStream;
  if (typeof destination === 'string') {
    mkdirSync(dirname(destination), { recursive: true });
    stream = pino.destination({ dest: destination, sync: false });
  } else {
    stream = destination;
  }
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Request serializers run after the formatter: their headers are redacted by path.
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: REDACTED },
      formatters: { log: (obj) => scrubDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: pino.stdSerializers.err },
    },
    stream,
  );
}
