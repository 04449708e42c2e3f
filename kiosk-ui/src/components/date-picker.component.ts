// A large date (and, when asked, time) chooser: a − and + beside the year, month and day, so
// nothing is typed and nothing falls outside `min`…`max`. Starts empty ("not chosen yet") until
// the patient chooses, so a date is never given by default. Sends `change` with "yyyy-MM-dd"
// (or "yyyy-MM-dd HH:mm" with `time`).
import { LitElement, css, html } from 'lit';
import { addDays, addMonths, clampDay, today } from '../dates.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute';
const MINUTE_STEP = 5;

export class DatePicker extends LocalizeMixin(LitElement) {
  static override properties = { value: {}, min: {}, max: {}, time: { type: Boolean }, label: {} };
  value = '';
  min = '1900-01-01';
  max = '2100-12-31';
  time = false;
  label = '';

  static override styles = [
    shared,
    css`
      :host { display: flex; flex-direction: column; gap: 16px; }
      .label { font-size: var(--fs-lead); font-weight: 700; }
      .shown { font-size: var(--fs-amount); font-weight: 700; font-variant-numeric: tabular-nums; }
      .parts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
      .part { display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: 4px 8px; background: var(--paper); border: 2px solid var(--line); border-radius: var(--radius); padding: 6px; }
      .part .unit { grid-column: 1 / -1; text-align: center; font-size: var(--fs-small); color: var(--ink-soft); }
      .part .value { text-align: center; font-size: var(--fs-body); font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .part button { font-size: var(--fs-h1); padding: 0 20px; }
      .quick { display: flex; gap: 16px; flex-wrap: wrap; }
    `,
  ];

  private get chosenDay(): string {
    return this.value.slice(0, 10);
  }

  private get clock(): string {
    return this.value.slice(11, 16) || '09:00';
  }

  private send(day: string, clock = this.clock): void {
    const d = clampDay(day, this.min, this.max);
    this.dispatchEvent(new CustomEvent<string>('change', { detail: this.time ? `${d} ${clock}` : d }));
  }

  private step(part: Part, by: number): void {
    const base = this.chosenDay || clampDay(today(), this.min, this.max);
    if (!this.chosenDay) return this.send(base);
    if (part === 'year') return this.send(addMonths(base, 12 * by));
    if (part === 'month') return this.send(addMonths(base, by));
    if (part === 'day') return this.send(addDays(base, by));
    const [h, m] = this.clock.split(':').map(Number) as [number, number];
    const minutes = (h * 60 + m + (part === 'hour' ? 60 : MINUTE_STEP) * by + 24 * 60) % (24 * 60);
    this.send(base, `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  }

  private stepper(part: Part, text: string) {
    const name = this.t(`date.${part}` as StringKey);
    return html`<div class="part" role="group" aria-label=${name}>
      <span class="unit" aria-hidden="true">${name}</span>
      <button aria-label=${this.t('date.less', { part: name })} @click=${() => this.step(part, -1)}>−</button>
      <span class="value">${text}</span>
      <button aria-label=${this.t('date.more', { part: name })} @click=${() => this.step(part, 1)}>+</button>
    </div>`;
  }

  override render() {
    const day = this.chosenDay;
    const [y, m, d] = day ? day.split('-') : ['—', '—', '—'];
    const [h, min] = this.clock.split(':');
    const now = today();
    return html`
      <p class="label" id="label">${this.label}</p>
      <p class="shown" role="status" aria-labelledby="label">${day ? this.day(this.time ? `${day} ${h}:${min}` : day) : this.t('date.none')}</p>
      <div class="parts">
        ${this.stepper('year', y!)} ${this.stepper('month', day ? String(Number(m)) : '—')} ${this.stepper('day', day ? String(Number(d)) : '—')}
        ${this.time && day ? html`${this.stepper('hour', h!)} ${this.stepper('minute', min!)}` : ''}
      </div>
      <div class="quick">
        ${now >= this.min && now <= this.max ? html`<button @click=${() => this.send(now)}>${this.t('date.today')}</button>` : ''}
        ${addDays(now, -1) >= this.min && addDays(now, -1) <= this.max ? html`<button @click=${() => this.send(addDays(now, -1))}>${this.t('date.yesterday')}</button>` : ''}
      </div>
    `;
  }
}
