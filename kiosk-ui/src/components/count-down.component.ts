// Time left until `until` (ISO time), as "剩余时间 4:32"; fires `expired` once at zero.
import { LitElement, css, html } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

export class CountDown extends LocalizeMixin(LitElement) {
  static override properties = { until: {}, now: { state: true } };
  until = '';
  now = Date.now();
  private timer?: number;
  private fired = false;

  static override styles = [shared, css`:host { display: block; font-size: var(--fs-lead); font-weight: 700; font-variant-numeric: tabular-nums; }`];

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = window.setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.timer);
  }

  get secondsLeft(): number {
    const end = Date.parse(this.until);
    return Number.isFinite(end) ? Math.max(0, Math.ceil((end - this.now) / 1000)) : 0;
  }

  protected override updated(): void {
    if (this.secondsLeft === 0 && this.until && !this.fired) {
      this.fired = true;
      this.dispatchEvent(new CustomEvent('expired'));
    }
  }

  override render() {
    const left = this.secondsLeft;
    const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    return html`<span role="timer">${this.t('payment.left', { time })}</span>`;
  }
}
