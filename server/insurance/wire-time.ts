// Times on the platform's wire are Asia/Shanghai (UTC+8, no daylight saving).
const OFFSET_MS = 8 * 3600_000;

const shifted = (at: Date) => new Date(at.getTime() + OFFSET_MS).toISOString();

/** yyyy-MM-dd HH:mm:ss */
export function wireDateTime(at: Date): string {
  const s = shifted(at);
  return `${s.slice(0, 10)} ${s.slice(11, 19)}`;
}

/** ISO 8601 in Shanghai time, "2026-11-24T09:12:00+08:00": the patient API's times. */
export function shanghaiIso(at: Date): string {
  return `${shifted(at).slice(0, 19)}+08:00`;
}

/** yyyy-MM-dd */
export function wireDate(at: Date): string {
  return shifted(at).slice(0, 10);
}

/** yyyyMMddHHmmss */
export function compactDateTime(at: Date): string {
  return shifted(at).slice(0, 19).replace(/[-T:]/g, '');
}

/** yyyyMMddHHmmssSSS */
export function compactMillis(at: Date): string {
  const s = shifted(at);
  return s.slice(0, 19).replace(/[-T:]/g, '') + s.slice(20, 23);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses yyyy-MM-dd HH:mm:ss (Shanghai) or yyyy-MM-dd (Shanghai midnight); undefined if malformed. */
export function parseWireTime(text: string): Date | undefined {
  const m = DATE_TIME.exec(text) ?? DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`);
  if (Number.isNaN(at.getTime()) || wireDate(at) !== `${y}-${mo}-${d}`) return undefined;
  return at;
}

/** The next Shanghai midnight after `at`. */
export function nextShanghaiMidnight(at: Date): Date {
  return new Date(`${wireDate(new Date(at.getTime() + 24 * 3600_000))}T00:00:00+08:00`);
}
