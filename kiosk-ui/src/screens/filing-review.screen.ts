// Every answer of the filing once more before it is sent, each with a way to change it; what the
// daemon objected to stands beside the answer it names, and what names no answer above them all.
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
    `,
  ];

  override get prompt(): string {
    return this.t('filing.review.prompt');
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
    return html`
      <p class="small">${this.t(`filing.kind.${d.kind}` as StringKey)}</p>
      <h1 class="prompt">${this.prompt}</h1>
      ${f.errors.general ? html`<p class="status bad" role="status">⚠ ${this.pick(f.errors.general)}</p>` : nothing}
      ${Object.keys(f.errors).some((k) => k !== 'general') ? html`<p class="status bad" role="status">⚠ ${this.t('filing.review.fix')}</p>` : nothing}
      <ol>
        ${stepsOf(d).map((id) => {
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
      <div class="actions">
        <button class="primary" ?disabled=${s.busy} @click=${() => void flow.filing.submit()}>
          ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t(s.busy ? 'filing.submitting' : 'filing.submit')}
        </button>
      </div>
    `;
  }
}
