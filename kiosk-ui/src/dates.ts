// Calendar days as "yyyy-MM-dd" text, in the kiosk's own time zone (the terminal stands in China):
// the arithmetic the date chooser and the filing rules need, nothing more.
const pad = (n: number) => String(n).padStart(2, '0');
const text = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));

export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(day: string, days: number): string {
  const d = parse(day);
  d.setUTCDate(d.getUTCDate() + days);
  return text(d);
}

/** Same day of another month, or that month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = parse(day);
  const wanted = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(wanted, last));
  return text(d);
}

export const clampDay = (day: string, min: string, max: string): string => (day < min ? min : day > max ? max : day);

/** "HH:mm" now, for a time that must not be in the future. */
export const nowClock = (now = new Date()): string => `${pad(now.getHours())}:${pad(now.getMinutes())}`;
