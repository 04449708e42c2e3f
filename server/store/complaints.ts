// Complaints as the terminal keeps them (seed 001 §6.3.3): category, the patient's words, how
// they identified (never who), and the answer. A call-back phone is kept whole only while it may
// be needed; its masked form stays for the record.
import type { Queryable } from './db.ts';

export type ComplaintState = 'open' | 'answered';

export interface ComplaintRecord {
  reference: string;
  at: string;
  category: string;
  text: string;
  /** Whole, until erased; null when none was given or it has been erased. */
  phone: string | null;
  phoneMasked: string | null;
  via: string | null;
  state: ComplaintState;
  answer: string | null;
  answeredAt: string | null;
}

interface Row {
  reference: string;
  at: string;
  category: string;
  text: string;
  phone: string | null;
  phone_masked: string | null;
  via: string | null;
  state: ComplaintState;
  answer: string | null;
  answered_at: string | null;
}

const record = (r: Row): ComplaintRecord => ({
  reference: r.reference,
  at: r.at,
  category: r.category,
  text: r.text,
  phone: r.phone,
  phoneMasked: r.phone_masked,
  via: r.via,
  state: r.state,
  answer: r.answer,
  answeredAt: r.answered_at,
});

/** Inserts; false when the reference is already taken. */
export async function insertComplaint(q: Queryable, c: Omit<ComplaintRecord, 'state' | 'answer' | 'answeredAt'>): Promise<boolean> {
  const { changes } = await q.run(
    'INSERT OR IGNORE INTO complaints (reference, at, category, text, phone, phone_masked, via, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [c.reference, c.at, c.category, c.text, c.phone, c.phoneMasked, c.via, 'open'],
  );
  return changes === 1;
}

export async function complaintByReference(q: Queryable, reference: string): Promise<ComplaintRecord | undefined> {
  const row = await q.get<Row>('SELECT * FROM complaints WHERE reference = ?', [reference]);
  return row && record(row);
}

/** Complaints received in [from, to), oldest first. */
export async function complaintsBetween(q: Queryable, from: string, to: string): Promise<ComplaintRecord[]> {
  return (await q.all<Row>('SELECT * FROM complaints WHERE at >= ? AND at < ? ORDER BY at, id', [from, to])).map(record);
}

export async function answerComplaint(q: Queryable, reference: string, answer: string, at: string): Promise<boolean> {
  const { changes } = await q.run("UPDATE complaints SET state = 'answered', answer = ?, answered_at = ? WHERE reference = ?", [answer, at, reference]);
  return changes === 1;
}

/** Erases whole phone numbers of complaints received before `before`; answers how many. */
export async function erasePhonesBefore(q: Queryable, before: string): Promise<number> {
  return (await q.run('UPDATE complaints SET phone = NULL WHERE phone IS NOT NULL AND at < ?', [before])).changes;
}
