// Every answer of the filing once more before it is sent, each with a way to change it; what the
// daemon objected to stands beside the answer it names, and what names no answer above them all.
// A page at a time (what fits above the actions), opening at the first answer to change.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { HERE, pickOf, STEPS, stepsOf, type FilingDraft, type StepId } from '../state/filing-steps.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

const TEXT: Partial<Record<StepId, keyof FilingDraft>> = {
  'agent-name': 'agentName',
  'agent-certno': 'agentCertno',
  'agent-tel': 'agentTel',
  'agent-addr': 'agentAddr',
  'doctor-name': 'doctorName',
  'doctor-code': 'doctorCode',
  reason: 'reason',
  'injury-place': 'injuryPlace',
  'injury-cause': 'injuryCause',
  tel: 'tel',
  addr: 'addr',
};

export class FilingReviewScreen extends ScreenElement {
  static override properties = { page: { state: true } };
  page = 0;
  private shownErrors: unknown;

  static override styles = [
    shared,
    screenStyles,
    css`
      ol { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 12px; }
      li { display: grid; grid-template-columns: 1fr auto; gap: 4px 16px; align-items: center; padding: 12px 16px; background: var(--paper); border: 2px solid var(--line); border-radius: var(--radius); }
      li.bad { border: 4px solid var(--alert); }
      .label { color: var(--ink-soft); grid-column: 1; }
      .value { grid-column: 1; font-weight: 700; font-size: var(--fs-lead); word-break: break-all; }
      li button { grid-column: 2; grid-row: 1 / span 2; }
      .err { grid-column: 1 / -1; color: var(--alert); font-weight: 700; }
      @media (orientation: landscape) { ol { display: grid; grid-template-columns: 1fr 1fr; } }
    `,
  ];

  override get prompt(): string {
    return this.t('filing.review.prompt');
  }

  /** Answers that fit between the prompt and the actions: two columns in landscape. */
  private get perPage(): number {
    const elderly = this.state.mode === 'elderly';
    const landscape = window.innerWidth > window.innerHeight;
    const free = window.innerHeight - (landscape ? (elderly ? 720 : 620) : elderly ? 1060 : 900);
    return Math.max(1, Math.floor(free / (elderly ? 150 : 120))) * (landscape ? 2 : 1);
  }

  protected override willUpdate(): void {
    const f = this.state.filing;
    if (f.errors !== this.shownErrors && f.draft) {
      this.shownErrors = f.errors;
      const first = stepsOf(f.draft).findIndex((id) => f.errors[id]);
      if (first >= 0) this.page = Math.floor(first / this.perPage);
    }
  }

  private value(d: FilingDraft, id: StepId): string {
    if (id === 'who') return d.who ? this.t(`filing.who.${d.who}` as StringKey) : '—';
    if (id === 'agent-relation') return d.agentRelation ? this.t(`relation.${d.agentRelation}` as StringKey) : '—';
    if (id === 'commitment') return d.signature ? `✓ ${this.t('filing.signed')}` : '—';
    if (id === 'begin' || id === 'end' || id === 'diagnosis-date' || id === 'injury-at') {
      const v = { begin: d.begin, end: d.end, 'diagnosis-date': d.diagnosisDate, 'injury-at': d.injuryAt }[id];
      return v ? this.day(v) : id === 'end' ? this.t('filing.noEndSet') : '—';
    }
    const picked = pickOf(d, id);
    if (picked === HERE) return this.t('filing.here');
    if (picked) return picked.name;
    const field = TEXT[id];
    return field ? String(d[field] || '—') : '—';
  }

  override render() {
    const s = this.state;
    const f = s.filing;
    const d = f.draft;
    if (!d) return nothing;
    const steps = stepsOf(d);
    const per = this.perPage;
    const pages = Math.ceil(steps.length / per);
    const page = Math.min(this.page, pages - 1);
    const shown = steps.slice(page * per, page * per + per);
    // Another page that holds an answer to change, so none is missed.
    const elsewhere = steps.findIndex((id, i) => f.errors[id] && Math.floor(i / per) !== page);
    return html`
      <p class="small">${this.t(`filing.kind.${d.kind}` as StringKey)}</p>
      <h1 class="prompt">${this.prompt}</h1>
      ${f.errors.general ? html`<p class="status bad" role="status">⚠ ${this.pick(f.errors.general)}</p>` : nothing}
      ${Object.keys(f.errors).some((k) => k !== 'general')
        ? html`<p class="status bad" role="status">⚠ ${this.t('filing.review.fix')}${elsewhere >= 0 ? html`<br /> ${this.t('filing.review.fixOn', { page: Math.floor(elsewhere / per) + 1 })}` : nothing}</p>`
        : nothing}
      <ol>
        ${shown.map((id) => {
          const error = f.errors[id];
          const label = this.t(STEPS[id].label);
          return html`<li class=${error ? 'bad' : ''}>
            <span class="label" id="l-${id}">${label}</span>
            <span class="value" lang=${TEXT[id] || pickOf(d, id) ? 'zh-CN' : nothing}>${this.value(d, id)}</span>
            <button aria-label=${this.t('filing.change', { field: label })} @click=${() => flow.filing.edit(id)}>${this.t('filing.changeShort')}</button>
            ${error ? html`<span class="err">⚠ ${this.pick(error)}</span>` : nothing}
          </li>`;
        })}
      </ol>
      <page-turner .page=${page} .pages=${pages} @turn=${(e: CustomEvent<number>) => (this.page = e.detail)}></page-turner>
      <div class="actions">
        <button class="primary" ?disabled=${s.busy} @click=${() => void flow.filing.submit()}>
          ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t(s.busy ? 'filing.submitting' : 'filing.submit')}
        </button>
      </div>
    `;
  }
}
