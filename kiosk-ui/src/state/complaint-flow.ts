// A complaint (投诉, seed 001 §6.3.3): what it is about, what happened in the patient's words, a
// phone number only if they want a call back (the form says why and for how long it is kept),
// then the reference to quote at the 医保 desk.
import { errorMessage, type FlowContext } from './flow-context.ts';
import { EMPTY_COMPLAINT, type ComplaintState } from './store.ts';

export const COMPLAINT_MAX = 1000;
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export class ComplaintFlow {
  constructor(private readonly ctx: FlowContext) {}

  private get c(): ComplaintState {
    return this.ctx.s.complaint;
  }

  private patch(patch: Partial<ComplaintState>): void {
    this.ctx.set({ complaint: { ...this.c, ...patch } });
  }

  async open(): Promise<void> {
    this.ctx.go('complaint', { busy: true, complaint: EMPTY_COMPLAINT });
    try {
      const form = await this.ctx.api.complaintForm();
      this.ctx.set({ busy: false, complaint: { ...EMPTY_COMPLAINT, form } });
    } catch (err) {
      this.ctx.retryAction = () => this.open();
      this.ctx.fail({ message: errorMessage(err), action: 'retry' });
    }
  }

  category(category: string): void {
    this.patch({ category, error: undefined });
  }

  text(text: string): void {
    this.patch({ text, error: undefined });
  }

  phone(phone: string): void {
    this.patch({ phone, error: undefined });
  }

  next(): void {
    if (this.c.step === 'category') {
      if (!this.c.category) this.patch({ error: { key: 'complaint.needCategory' } });
      else this.patch({ step: 'text' });
    } else if (this.c.step === 'text') {
      if (!this.c.text.trim()) this.patch({ error: { key: 'complaint.needText' } });
      else this.patch({ step: 'phone' });
    }
  }

  back(): boolean {
    if (this.ctx.s.screen !== 'complaint' || this.c.step === 'category') return false;
    this.patch({ step: this.c.step === 'phone' ? 'text' : 'category', error: undefined });
    return true;
  }

  async submit(): Promise<void> {
    const { category, text, phone } = this.c;
    if (!category || this.ctx.s.busy) return;
    if (phone && !PHONE.test(phone)) {
      this.patch({ error: { key: 'complaint.badPhone' } });
      return;
    }
    this.ctx.set({ busy: true });
    try {
      const session = this.ctx.s.session;
      const { reference } = await this.ctx.api.complain({
        category,
        text: text.trim(),
        ...(phone ? { phone } : {}),
        ...(session ? { sessionId: session.sessionId } : {}),
      });
      this.ctx.go('complaint-done', { busy: false, complaint: { ...EMPTY_COMPLAINT, reference } });
    } catch (err) {
      this.ctx.set({ busy: false });
      this.patch({ error: errorMessage(err) });
    }
  }
}
