// The split in plain words: "医保统筹支付 ￥… · 个人账户 ￥… · 您需支付 ￥…". The four parts add up
// (the daemon guarantees it); what the patient pays stands out, in words as well as weight.
import { LitElement, css, html } from 'lit';
import type { Split } from '../api.ts';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

export class MoneySplit extends LocalizeMixin(LitElement) {
  static override properties = { split: { attribute: false }, cashLabel: {} };
  split?: Split;

  static override styles = [
    shared,
    css`
      :host { display: block; }
      dl { display: grid; grid-template-columns: 1fr auto; row-gap: 8px; align-items: baseline; }
      dt { padding-right: 24px; }
      dt { font-size: var(--fs-body); }
      dd { font-size: var(--fs-lead); font-weight: 700; text-align: right; font-variant-numeric: tabular-nums; }
      .cash { border-top: 3px solid var(--ink); padding-top: 12px; }
      dt.cash { font-size: var(--fs-lead); font-weight: 700; }
      dd.cash { font-size: var(--fs-amount); color: var(--brand); }
    `,
  ];

  override render() {
    const s = this.split;
    if (!s) return html``;
    return html`<dl class="panel">
      <dt>${this.t('split.total')}</dt><dd>${this.money(s.totalFen)}</dd>
      <dt>${this.t('split.fund')}</dt><dd>${this.money(s.fundFen)}</dd>
      <dt>${this.t('split.account')}</dt><dd>${this.money(s.accountFen)}</dd>
      <dt class="cash">${this.t('split.cash')}</dt><dd class="cash">${this.money(s.cashFen)}</dd>
    </dl>`;
  }
}
