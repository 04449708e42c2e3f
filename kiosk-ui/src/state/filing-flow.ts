// Filing (备案) for the identified person: choose the kind, answer its questions one at a time,
// review, submit; the result with the filing serial and whether the proof printed; the person's
// filings, read live, with revoking after a confirmation in the page. The daemon's objections
// come back beside the questions they name.
import { ApiError } from '../api.ts';
import { translate, type Bilingual, type Lang } from '../i18n/i18n.ts';
import type { DictionaryName, Filing, FilingKind } from '../types/filing.ts';
import { errorMessage, type FlowContext } from './flow-context.ts';
import { filingErrors } from './filing-errors.ts';
import { filingBody, missing, newDraft, stepDef, STEPS, stepsOf, type FilingDraft, type Missing, type StepId } from './filing-steps.ts';
import { EMPTY_FILING, type FilingState } from './store.ts';

/** "请选择开始日期。": what keeps a question from being answered, in both languages. */
function gapMessage(id: StepId, gap: Missing): Bilingual {
  const say = (lang: Lang) => translate(lang, gap.key, { field: translate(lang, STEPS[id].label), min: gap.min ?? 0 });
  return { zh: say('zh-CN'), en: say('en') };
}

export class FilingFlow {
  constructor(private readonly ctx: FlowContext) {}

  private get f(): FilingState {
    return this.ctx.s.filing;
  }

  private patch(patch: Partial<FilingState>): void {
    this.ctx.set({ filing: { ...this.f, ...patch } });
  }

  /** The question on show, or undefined on the review. */
  current(): StepId | undefined {
    const d = this.f.draft;
    return d ? stepsOf(d)[this.f.step] : undefined;
  }

  kinds(): void {
    this.ctx.go('filing-kinds', { filing: { ...EMPTY_FILING, lists: this.f.lists } });
  }

  start(kind: FilingKind): void {
    this.ctx.go('filing-step', { filing: { ...EMPTY_FILING, lists: this.f.lists, draft: newDraft(kind) } });
    void this.prepare();
  }

  /** Loads the list the question on show chooses from, and the trauma commitment's text. */
  private async prepare(): Promise<void> {
    const d = this.f.draft;
    const id = this.current();
    if (!d || !id) return;
    const def = stepDef(d.kind, id);
    try {
      if (def.list && !this.f.lists[def.list]) {
        const name = def.list;
        const entries = name === 'doctors' ? await this.ctx.api.doctors() : await this.ctx.api.dictionary(name as DictionaryName);
        this.patch({ lists: { ...this.f.lists, [name]: entries } });
      }
      if (def.type === 'commitment' && !this.f.commitment) this.patch({ commitment: await this.ctx.api.traumaCommitment() });
    } catch (err) {
      this.ctx.retryAction = () => this.retryStep();
      this.ctx.fail({ message: errorMessage(err), action: err instanceof ApiError && !err.retryable ? 'restart' : 'retry' });
    }
  }

  private async retryStep(): Promise<void> {
    this.ctx.go('filing-step');
    await this.prepare();
  }

  /** An answer: the draft changes, and what was said about that question no longer stands. */
  answer(patch: Partial<FilingDraft>): void {
    const d = this.f.draft;
    const id = this.current();
    if (!d) return;
    const errors = { ...this.f.errors };
    if (id) delete errors[id];
    this.patch({ draft: { ...d, ...patch }, errors });
  }

  query(query: string): void {
    this.patch({ query });
  }

  next(): void {
    const d = this.f.draft;
    const id = this.current();
    if (!d || !id) return;
    const gap = missing(d, id);
    if (gap) {
      this.patch({ errors: { ...this.f.errors, [id]: gapMessage(id, gap) } });
      return;
    }
    const steps = stepsOf(d);
    if (this.f.editing || this.f.step >= steps.length - 1) {
      this.review();
      return;
    }
    this.patch({ step: this.f.step + 1, query: '' });
    void this.prepare();
  }

  review(): void {
    this.ctx.go('filing-review', { filing: { ...this.f, editing: false, query: '' } });
  }

  /** From the review, back to one question; "next" returns to the review. */
  edit(id: StepId): void {
    const d = this.f.draft;
    if (!d) return;
    const step = stepsOf(d).indexOf(id);
    if (step < 0) return;
    this.ctx.go('filing-step', { filing: { ...this.f, step, editing: true, query: '' } });
    void this.prepare();
  }

  /** Back one question (or to the kinds from the first, to the review when changing one answer). */
  back(): boolean {
    const s = this.ctx.s;
    if (s.busy) return true;
    switch (s.screen) {
      case 'filing-kinds':
        return false;
      case 'filing-step':
        if (this.f.editing) this.review();
        else if (this.f.step === 0) this.kinds();
        else {
          this.patch({ step: this.f.step - 1, query: '' });
          void this.prepare();
        }
        return true;
      case 'filing-review':
        this.edit(stepsOf(this.f.draft!).at(-1)!);
        this.patch({ editing: false });
        return true;
      case 'filings':
        this.kinds();
        return true;
      case 'filing-revoke':
        this.ctx.go('filings', { filing: { ...this.f, revoking: undefined, revokeFailed: undefined } });
        return true;
      default:
        return false;
    }
  }

  async submit(): Promise<void> {
    const { session, busy } = this.ctx.s;
    const d = this.f.draft;
    if (!session || !d || busy) return;
    const gaps = stepsOf(d).flatMap((id) => {
      const gap = missing(d, id);
      return gap ? [[id, gapMessage(id, gap)] as const] : [];
    });
    if (gaps.length) {
      this.patch({ errors: Object.fromEntries(gaps) });
      return;
    }
    this.ctx.set({ busy: true, notice: undefined });
    try {
      const result = await this.ctx.api.file(session.sessionId, filingBody(d));
      this.ctx.go('filing-done', { busy: false, filing: { ...this.f, result, errors: {} } });
    } catch (err) {
      this.ctx.set({ busy: false });
      if (err instanceof ApiError && err.status === 400) this.patch({ errors: filingErrors(err.bilingual, d) });
      else this.patch({ errors: { general: err instanceof ApiError ? err.bilingual : { zh: translate('zh-CN', 'error.network'), en: translate('en', 'error.network') } } });
    }
  }

  async reprint(filingSn: string): Promise<void> {
    const session = this.ctx.s.session;
    if (!session || this.f.reprinting) return;
    this.patch({ reprinting: filingSn });
    try {
      const proof = await this.ctx.api.reprintProof(session.sessionId, filingSn);
      const result = this.f.result?.filingSn === filingSn ? { ...this.f.result, proof } : this.f.result;
      const list = this.f.list?.map((f) => (f.filingSn === filingSn ? { ...f, proof } : f));
      this.patch({ reprinting: undefined, result, list });
    } catch (err) {
      this.patch({ reprinting: undefined });
      this.ctx.set({ notice: errorMessage(err) });
    }
  }

  /** The person's filings, live from the platform. */
  async showList(): Promise<void> {
    const session = this.ctx.s.session;
    if (!session) return;
    this.ctx.go('filings', { busy: true, filing: { ...this.f, list: undefined, revoking: undefined } });
    try {
      const list = await this.ctx.api.filings(session.sessionId);
      this.ctx.set({ busy: false });
      this.patch({ list });
    } catch (err) {
      this.ctx.retryAction = () => this.showList();
      this.ctx.fail({ message: errorMessage(err), action: err instanceof ApiError && !err.retryable ? 'restart' : 'retry' });
    }
  }

  askRevoke(filing: Filing): void {
    this.ctx.go('filing-revoke', { filing: { ...this.f, revoking: filing, revokeFailed: undefined } });
  }

  async revoke(): Promise<void> {
    const session = this.ctx.s.session;
    const filing = this.f.revoking;
    if (!session || !filing || this.ctx.s.busy) return;
    this.ctx.set({ busy: true, notice: undefined });
    try {
      const revoked = await this.ctx.api.revokeFiling(session.sessionId, filing.filingSn);
      const list = (this.f.list ?? []).map((f) => (f.filingSn === revoked.filingSn ? { ...f, ...revoked } : f));
      this.ctx.go('filings', { busy: false, notice: { key: 'filings.revoked' }, filing: { ...this.f, list, revoking: undefined, revokeFailed: undefined } });
    } catch (err) {
      // A refusal (a chronic filing a settlement used) stands however often it is asked: then back to the list.
      const refused = err instanceof ApiError && !err.retryable;
      this.ctx.set({ busy: false, notice: errorMessage(err), filing: { ...this.f, revokeFailed: refused ? 'refused' : 'retry' } });
    }
  }
}
