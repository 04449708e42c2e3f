// One question of a filing at a time: choose from a platform list (with search), type on the
// kiosk keyboard, a number on the keypad, a date on the date chooser, or read the commitment and
// sign. What keeps it from being answered (or what the daemon said about it) is shown beside it.
import { css, html, nothing } from 'lit';
import type { PickEntry } from '../components/pick-list.component.ts';
import type { SignatureField } from '../components/signature-field.component.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { dateRange, HERE, pickOf, stepDef, stepsOf, type FilingDraft, type StepId } from '../state/filing-steps.ts';
import { shared } from '../styles/shared.ts';
import { AGENT_RELATIONS, type Doctor, type Entry } from '../types/filing.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

/** Where a typed answer lives in the draft. */
const TEXT_FIELD: Partial<Record<StepId, keyof FilingDraft>> = {
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
const DATE_FIELD: Partial<Record<StepId, keyof FilingDraft>> = { 'diagnosis-date': 'diagnosisDate', 'injury-at': 'injuryAt', begin: 'begin', end: 'end' };
const PICK_FIELD: Partial<Record<StepId, keyof FilingDraft>> = {
  disease: 'disease',
  item: 'item',
  diagnosis: 'diagnosis',
  to: 'to',
  institution: 'institution',
  'diagnosed-by': 'diagnosedBy',
  doctor: 'doctor',
};

export class FilingStepScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .kind { color: var(--ink-soft); font-weight: 700; }
      /* The bedside tablet, typing: the progress line names the question; every line goes to the keys. */
      @media (orientation: landscape) and (max-height: 900px) { .kind.typed, .kind:has(~ pick-list[typing]) { display: none; } }
      .choices { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
      .choices button[aria-checked='true'], .here[aria-pressed='true'] { background: var(--brand); color: var(--brand-ink); }
      .digits { font-size: var(--fs-amount); font-weight: 700; letter-spacing: 0.06em; min-height: 1.5em; font-variant-numeric: tabular-nums; word-break: break-all; background: #fff; border: 3px solid var(--ink); border-radius: var(--radius); padding: 8px 20px; }
      .keypad { display: grid; gap: var(--gap); }
      .commitment { white-space: pre-line; }
      @media (orientation: landscape) {
        .keypad { grid-template-columns: 1fr 1fr; align-items: start; }
        .sign { display: grid; grid-template-columns: 1fr 1fr; gap: var(--gap); align-items: start; }
      }
    `,
  ];

  private get question(): StepId | undefined {
    return flow.filing.current();
  }

  override get prompt(): string {
    const id = this.question;
    return id ? this.t(`filing.q.${id}` as StringKey) : '';
  }

  private entries(list: string, draft: FilingDraft): PickEntry[] {
    const entries = (this.state.filing.lists as Record<string, Entry[] | undefined>)[list] ?? [];
    // A referral goes out of this institution; the daemon refuses this institution anyway.
    return entries.map((e) => ({
      ...e,
      note: 'dept' in e ? this.pick((e as Doctor).dept) : e.level ? this.t('filing.level', { level: e.level }) : undefined,
    })).filter((e) => draft.kind !== 'referral' || e.kind !== 'pharmacy');
  }

  private renderPick(id: StepId, draft: FilingDraft) {
    const def = stepDef(draft.kind, id);
    const field = PICK_FIELD[id]!;
    const chosen = pickOf(draft, id);
    const loaded = (this.state.filing.lists as Record<string, unknown>)[def.list!];
    if (!loaded) return html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${this.t('filing.loading')}</p>`;
    return html`
      ${def.here
        ? html`<button class="here" aria-pressed=${chosen === HERE ? 'true' : 'false'} @click=${() => flow.filing.answer({ [field]: HERE })}>
            ${chosen === HERE ? '✓ ' : ''}${this.t('filing.here')}
          </button>`
        : nothing}
      <pick-list .entries=${this.entries(def.list!, draft)} .chosen=${chosen && chosen !== HERE ? chosen.code : ''} .query=${this.state.filing.query} .label=${this.t(def.label)}
        @query=${(e: CustomEvent<string>) => flow.filing.query(e.detail)}
        @pick=${(e: CustomEvent<PickEntry>) => flow.filing.answer({ [field]: { code: e.detail.code, name: e.detail.name } })}></pick-list>
    `;
  }

  private renderChoice(id: StepId, draft: FilingDraft) {
    const options =
      id === 'who'
        ? (['self', 'agent'] as const).map((v) => ({ on: draft.who === v, label: this.t(`filing.who.${v}` as StringKey), pick: () => flow.filing.answer({ who: v }) }))
        : AGENT_RELATIONS.map((r) => ({ on: draft.agentRelation === r, label: this.t(`relation.${r}` as StringKey), pick: () => flow.filing.answer({ agentRelation: r }) }));
    return html`<div class="choices" role="radiogroup" aria-label=${this.prompt}>
      ${options.map((o) => html`<button role="radio" aria-checked=${o.on ? 'true' : 'false'} @click=${o.pick}>${o.on ? '✓ ' : ''}${o.label}</button>`)}
    </div>`;
  }

  private renderKeypad(id: StepId, draft: FilingDraft, extra: string) {
    const field = TEXT_FIELD[id]!;
    const value = String(draft[field] ?? '');
    const max = stepDef(draft.kind, id).max ?? 20;
    const set = (v: string) => flow.filing.answer({ [field]: v });
    return html`<div class="keypad">
      <div class="stack">
        <p class="small" id="digits-label">${this.t(stepDef(draft.kind, id).label)}</p>
        <p class="digits" aria-labelledby="digits-label" aria-live="polite">${value || '—'}</p>
        ${extra === 'X' ? html`<p class="small">${this.t('face.entered', { n: value.length })}</p>` : nothing}
      </div>
      <id-keypad .extra=${extra} @key=${(e: CustomEvent<string>) => value.length < max && set(value + e.detail)} @delete=${() => set(value.slice(0, -1))} @clear=${() => set('')}></id-keypad>
    </div>`;
  }

  private renderStep(id: StepId, draft: FilingDraft, actions: unknown) {
    const def = stepDef(draft.kind, id);
    switch (def.type) {
      case 'pick':
        return this.renderPick(id, draft);
      case 'choice':
        return this.renderChoice(id, draft);
      case 'digits':
        return this.renderKeypad(id, draft, '-');
      case 'id':
        return this.renderKeypad(id, draft, 'X');
      case 'text': {
        const field = TEXT_FIELD[id]!;
        return html`<text-entry .value=${String(draft[field] ?? '')} .label=${this.t(def.label)} .hint=${this.t('filing.textHint', { min: def.min ?? 0, max: def.max ?? 0 })} .maxLength=${def.max ?? 100}
          .error=${this.pick(this.state.filing.errors[id])} @change=${(e: CustomEvent<string>) => flow.filing.answer({ [field]: e.detail })}>${actions}</text-entry>`;
      }
      case 'date': {
        const field = DATE_FIELD[id]!;
        const { min, max } = dateRange(id, draft);
        return html`<date-picker .value=${String(draft[field] ?? '')} .min=${min} .max=${max} .time=${id === 'injury-at'} .label=${this.t(def.label)}
          @change=${(e: CustomEvent<string>) => flow.filing.answer({ [field]: e.detail })}></date-picker>`;
      }
      case 'commitment':
        return this.renderCommitment(draft);
    }
  }

  private renderCommitment(draft: FilingDraft) {
    const text = this.state.filing.commitment?.text;
    if (!text) return html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${this.t('filing.loading')}</p>`;
    return html`<div class="sign">
      <section class="panel stack" aria-labelledby="c-h">
        <h2 id="c-h">${this.t('filing.f.commitment')}</h2>
        <p class="commitment">${this.pick(text)}</p>
        <p class="small"><span lang="zh-CN">${this.day(draft.injuryAt)} · ${draft.injuryPlace} · ${draft.injuryCause}</span></p>
      </section>
      ${draft.signature
        ? html`<div class="stack"><p class="status">✓ ${this.t('filing.signed')}</p><button @click=${() => flow.filing.answer({ signature: undefined })}>${this.t('consent.clear')}</button></div>`
        : html`<signature-field></signature-field>`}
    </div>`;
  }

  /** On: a signature drawn on the pad is the answer to the commitment. */
  private next(): void {
    const field = this.renderRoot.querySelector<SignatureField>('signature-field');
    if (field && !field.empty) flow.filing.answer({ signature: field.toDataURL() });
    flow.filing.next();
  }

  override render() {
    const f = this.state.filing;
    const draft = f.draft;
    const id = this.question;
    if (!draft || !id) return nothing;
    const steps = stepsOf(draft);
    const last = f.step >= steps.length - 1;
    const error = f.errors[id];
    // Typed answers keep the next step beside the field (in landscape) or under the keys, never below the fold.
    const typed = stepDef(draft.kind, id).type === 'text';
    const actions = html`<div class="actions" slot=${typed ? 'action' : nothing}>
      <button class="primary" ?disabled=${this.state.busy} @click=${() => this.next()}>
        ${this.t(f.editing ? 'filing.backToReview' : last ? 'filing.toReview' : 'filing.next')}
      </button>
      ${id === 'end' && draft.end ? html`<button class="secondary" @click=${() => flow.filing.answer({ end: '' })}>${this.t('filing.noEnd')}</button>` : nothing}
    </div>`;
    return html`
      <p class="kind ${typed ? 'typed' : ''}">${this.t(`filing.kind.${draft.kind}` as StringKey)}</p>
      <h1 class="prompt">${this.prompt}</h1>
      ${error && !typed ? html`<p class="status bad" role="status" id="err">⚠ ${this.pick(error)}</p>` : nothing}
      ${this.renderStep(id, draft, typed ? actions : nothing)}
      ${typed ? nothing : actions}
    `;
  }
}
