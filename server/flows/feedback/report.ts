// Counts for the 医保办 (seed 001 §6.3.3, §12.6): complaints by category, state and day; survey
// answers by rating and day with the average, over a range of Shanghai days.
import type { Database } from '../../store/db.ts';
import { complaintsBetween } from '../../store/complaints.ts';
import { surveysBetween } from '../../store/surveys.ts';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from './complaints.ts';
import { dayOf, rangeBounds, type DateRange } from './date-range.ts';

export interface FeedbackReport {
  from: string;
  to: string;
  complaints: {
    total: number;
    byCategory: Record<ComplaintCategory, number>;
    byState: { open: number; answered: number };
    byDay: Array<{ date: string; count: number }>;
  };
  surveys: {
    total: number;
    averageRating: number | null;
    byRating: Record<'1' | '2' | '3' | '4' | '5', number>;
    byDay: Array<{ date: string; count: number; averageRating: number }>;
  };
}

/** Average to two decimals, for people to read. */
const average = (sum: number, count: number) => Math.round((sum * 100) / count) / 100;

export async function feedbackReport(db: Database, range: Partial<DateRange>, now = new Date()): Promise<FeedbackReport> {
  const r = rangeBounds(range, now);
  const [complaints, surveys] = await Promise.all([complaintsBetween(db, r.fromIso, r.toIso), surveysBetween(db, r.fromIso, r.toIso)]);

  const byCategory = Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])) as Record<ComplaintCategory, number>;
  const byState = { open: 0, answered: 0 };
  const complaintDays = new Map<string, number>();
  for (const c of complaints) {
    if (c.category in byCategory) byCategory[c.category as ComplaintCategory]++;
    byState[c.state]++;
    const day = dayOf(c.at);
    complaintDays.set(day, (complaintDays.get(day) ?? 0) + 1);
  }

  const byRating = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  const surveyDays = new Map<string, { count: number; sum: number }>();
  let sum = 0;
  for (const s of surveys) {
    byRating[String(s.rating) as keyof typeof byRating]++;
    sum += s.rating;
    const day = dayOf(s.at);
    const d = surveyDays.get(day) ?? { count: 0, sum: 0 };
    d.count++;
    d.sum += s.rating;
    surveyDays.set(day, d);
  }

  return {
    from: r.from,
    to: r.to,
    complaints: {
      total: complaints.length,
      byCategory,
      byState,
      byDay: [...complaintDays].map(([date, count]) => ({ date, count })),
    },
    surveys: {
      total: surveys.length,
      averageRating: surveys.length ? average(sum, surveys.length) : null,
      byRating,
      byDay: [...surveyDays].map(([date, d]) => ({ date, count: d.count, averageRating: average(d.sum, d.count) })),
    },
  };
}
