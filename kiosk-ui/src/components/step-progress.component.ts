// "第 2 步 / 共 5 步" with the step's name, and the same as a row of marks (state/steps.ts).
import { LitElement, css, html, nothing } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { StoreMixin } from '../mixins/store-mixin.ts';
import { progressOf } from '../state/steps.ts';
import { shared } from '../styles/shared.ts';

export class StepProgress extends LocalizeMixin(StoreMixin(LitElement)) {
  static override styles = [
    shared,
    css`
      :host { display: block; }
      .wrap { display: flex; align-items: center; gap: 20px; flex-wrap: wrap; }
      .text { font-size: var(--fs-body); font-weight: 700; }
      .marks { display: flex; gap: 8px; flex: 1 1 200px; }
      .mark { flex: 1; height: 12px; border-radius: 6px; background: #c4d0cd; border: 2px solid var(--line); }
      .mark.on { background: var(--brand); border-color: var(--brand); }
    `,
  ];

  override render() {
    const step = progressOf(this.state);
    if (step === undefined) return nothing;
    const total = step.total;
    const n = 'done' in step ? total : step.n;
    const text = 'done' in step ? this.t('progress.done') : `${this.t('progress', { n, total })} · ${this.t(step.name)}`;
    return html`<div class="wrap">
      <p class="text">${text}</p>
      <div class="marks" aria-hidden="true">${Array.from({ length: total }, (_, i) => html`<span class="mark ${i < n ? 'on' : ''}"></span>`)}</div>
    </div>`;
  }
}
