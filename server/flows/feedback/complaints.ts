// Complaints and price questions (seed 001 §6.3.3): taken at the kiosk with a reference the
// patient can quote, answered by the 医保办, tracked to that answer. A call-back phone is asked
// for only if the patient wants a call, and erased after `phoneRetentionDays`; the masked form
// stays so the record shows that a call was asked for.
import { randomInt } from 'node:crypto';
import { KioskError, type Bilingual } from '../../errors.ts';
import { wireDate } from '../../insurance/wire-time.ts';
import { maskPhone } from '../../policy/privacy.ts';
import type { Database } from '../../store/db.ts';
import { answerComplaint, complaintByReference, erasePhonesBefore, insertComplaint, type ComplaintRecord } from '../../store/complaints.ts';
import type { IdentifiedVia } from '../sessions.ts';

export const COMPLAINT_CATEGORIES = ['price', 'settlement', 'service', 'kiosk', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const CATEGORY_NAMES: Readonly<Record<ComplaintCategory, Bilingual>> = {
  price: { zh: '价格与收费', en: 'Prices and charges' },
  settlement: { zh: '医保结算与报销', en: 'Insurance settlement and reimbursement' },
  service: { zh: '服务态度与流程', en: 'Staff and procedures' },
  kiosk: { zh: '自助机使用', en: 'Using this kiosk' },
  other: { zh: '其他', en: 'Other' },
};

export const phoneNotice = (days: number): Bilingual => ({
  zh: `电话可以不填。填写后，我们只用它回复这次投诉，${days} 天后自动删除；导出的记录中电话会被隐去中间数字。`,
  en: `The phone number is optional. If you give one, we use it only to answer this complaint and delete it automatically after ${days} days; exported records hide its middle digits.`,
});

const COMPLAINT_NOT_FOUND = new KioskError('COMPLAINT_NOT_FOUND', 404, {
  zh: '没有找到这个投诉编号，请核对后再试。',
  en: 'No complaint has that number. Please check it and try again.',
});

/** Letters and digits that cannot be mistaken for one another when read off a screen. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const DAY_MS = 24 * 3600_000;

export interface NewComplaint {
  category: ComplaintCategory;
  text: string;
  phone?: string;
  via?: IdentifiedVia;
}

export interface ComplaintStatus {
  reference: string;
  category: ComplaintCategory;
  state: ComplaintRecord['state'];
  receivedAt: string;
  answer?: string;
  answeredAt?: string;
}

export class Complaints {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly phoneRetentionDays: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Erases phones past their time now, and then every hour. */
  async start(): Promise<void> {
    await this.erasePhones();
    this.timer = setInterval(() => void this.erasePhones().catch(() => undefined), 3600_000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async file(c: NewComplaint): Promise<{ reference: string; receivedAt: string }> {
    const now = this.clock();
    const phone = c.phone?.trim() || null;
    for (;;) {
      const reference = `C${wireDate(now).replace(/-/g, '')}-${Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('')}`;
      const inserted = await insertComplaint(this.db, {
        reference,
        at: now.toISOString(),
        category: c.category,
        text: c.text.trim(),
        phone,
        phoneMasked: phone && maskPhone(phone),
        via: c.via ?? null,
      });
      if (inserted) return { reference, receivedAt: now.toISOString() };
    }
  }

  /** What the patient may see of their complaint: never its text or phone. */
  async status(reference: string): Promise<ComplaintStatus> {
    const c = await complaintByReference(this.db, reference.trim().toUpperCase());
    if (!c) throw COMPLAINT_NOT_FOUND;
    return {
      reference: c.reference,
      category: c.category as ComplaintCategory,
      state: c.state,
      receivedAt: c.at,
      ...(c.answer ? { answer: c.answer } : {}),
      ...(c.answeredAt ? { answeredAt: c.answeredAt } : {}),
    };
  }

  async answer(reference: string, answer: string): Promise<ComplaintStatus> {
    if (!(await answerComplaint(this.db, reference, answer.trim(), this.clock().toISOString()))) throw COMPLAINT_NOT_FOUND;
    return this.status(reference);
  }

  erasePhones(): Promise<number> {
    return erasePhonesBefore(this.db, new Date(this.clock().getTime() - this.phoneRetentionDays * DAY_MS).toISOString());
  }
}
