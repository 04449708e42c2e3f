// A report's days, as the operator names them: yyyy-MM-dd to yyyy-MM-dd, both included, in
// Asia/Shanghai. Stored times are UTC, so the bounds are turned into UTC instants here.
import { KioskError } from '../../errors.ts';
import { parseWireTime, wireDate } from '../../insurance/wire-time.ts';

const MAX_DAYS = 366;
const DAY_MS = 24 * 3600_000;

export interface DateRange {
  from: string;
  to: string;
}

const BAD_RANGE = (zh: string, en: string) => new KioskError('DATE_RANGE_INVALID', 400, { zh, en });

/** The UTC instants [from, to) covering the range; today alone when nothing is given. */
export function rangeBounds(range: Partial<DateRange>, now = new Date()): DateRange & { fromIso: string; toIso: string } {
  const from = range.from ?? range.to ?? wireDate(now);
  const to = range.to ?? (range.from ? wireDate(now) : from);
  const start = parseWireTime(from);
  const end = parseWireTime(to);
  if (!start || !end) throw BAD_RANGE(`日期不正确：${!start ? from : to}，应为 yyyy-MM-dd。`, `Not a date: ${!start ? from : to}; expected yyyy-MM-dd.`);
  if (end < start) throw BAD_RANGE('结束日期早于开始日期。', 'The end date is before the start date.');
  if ((end.getTime() - start.getTime()) / DAY_MS >= MAX_DAYS) throw BAD_RANGE(`一次最多 ${MAX_DAYS} 天。`, `At most ${MAX_DAYS} days at a time.`);
  return { from, to, fromIso: start.toISOString(), toIso: new Date(end.getTime() + DAY_MS).toISOString() };
}

/** The Shanghai day of a stored UTC time. */
export const dayOf = (iso: string) => wireDate(new Date(iso));
