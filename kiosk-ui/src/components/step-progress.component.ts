// "第 2 步 / 共 5 步" with the step's name, and the same as a row of marks.
import { LitElement, css, html, nothing } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { StoreMixin } from '../mixins/store-mixin.ts';
import { STEP_COUNT, stepName, stepOf } from '../state/steps.ts';
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
    const step = stepOf(this.state.screen);
    if (step === undefined) return nothing;
    const n = step === 'done' ? STEP_COUNT : step;
    const text = step === 'done' ? this.t('progress.done') : `${this.t('progress', { n, total: STEP_COUNT })} · ${this.t(stepName(n))}`;
    return html`<div class="wrap">
      <p class="text">${text}</p>
      <div class="marks" aria-hidden="true">${Array.from({ length: STEP_COUNT }, (_, i) => html`<span class="mark ${i < n ? 'on' : ''}"></span>`)}</div>
    </div>`;
  }
}
