// Satisfaction survey answers (seed 001 §12.6), read back for reports and exports.
import type { Queryable } from './db.ts';

export interface SurveyRecord {
  at: string;
  rating: number;
  comments: string | null;
  via: string | null;
}

/** Answers given in [from, to), oldest first. */
export function surveysBetween(q: Queryable, from: string, to: string): Promise<SurveyRecord[]> {
  return q.all<SurveyRecord>('SELECT at, rating, comments, via FROM surveys WHERE at >= ? AND at < ? ORDER BY at, id', [from, to]);
}
