// The pre-settlement in plain words: what the pooled fund pays, what the personal account pays,
// what is left for the patient, and the platform's warnings (事前提醒). Nothing is paid yet.
import { css, html, nothing } from 'lit';
import type { SettlementLine } from '../api.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { splitAsPaid } from '../state/store.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class SplitScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .warnings ul { padding-left: 1.2em; }
      .account[aria-checked='true'] { background: var(--brand); color: var(--brand-ink); }
      table { width: 100%; border-collapse: collapse; font-size: var(--fs-small); }
      th, td { text-align: left; padding: 8px; border-bottom: 2px solid #c9d3d0; vertical-align: top; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    `,
  ];

  override get prompt(): string {
    const p = this.state.presettlement;
    if (!p) return this.t('split.working');
    const cash = splitAsPaid(p.split, this.state.useAccount).cashFen;
    return cash > 0 ? this.t('split.prompt', { cash: this.money(cash) }) : this.t('split.prompt.zero');
  }

  private renderLines(lines: SettlementLine[]) {
    return html`<table>
      <thead><tr><th scope="col">${this.t('split.item')}</th><th scope="col" class="num">${this.t('split.amount')}</th></tr></thead>
      <tbody>
        ${lines.map(
          (l) => html`<tr>
            <td><span lang="zh-CN">${l.name}</span>${l.spec ? html` <span class="small" lang="zh-CN">${l.spec}</span>` : nothing}<br />
              <span class="small">${this.t(`class.${l.listClass}` as StringKey)}${l.selfPayFen > 0 ? ` · ${this.t('split.selfPay', { amount: this.money(l.selfPayFen) })}` : ''}</span></td>
            <td class="num">${l.quantity} × ${this.money(l.unitPriceFen)}<br />${this.money(l.amountFen)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    const s = this.state;
    const p = s.presettlement;
    if (!p) return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    const split = splitAsPaid(p.split, s.useAccount);
    const canUseAccount = p.split.accountFen > 0;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <money-split .split=${split}></money-split>
      ${canUseAccount
        ? html`<button class="account" role="switch" aria-checked=${s.useAccount ? 'true' : 'false'} @click=${() => flow.settlement.setUseAccount(!s.useAccount)}>
            ${this.t('switch.state', { name: this.t('split.useAccount'), state: this.t(s.useAccount ? 'voice.on' : 'voice.off') })}
          </button>`
        : nothing}
      ${p.warnings.length
        ? html`<section class="status warn warnings" aria-labelledby="warn-h">
            <h2 id="warn-h">⚠ ${this.t('split.warnings')}</h2>
            <ul>${p.warnings.map((w) => html`<li>${this.pick(w.message)}</li>`)}</ul>
          </section>`
        : nothing}
      <button class="details" aria-expanded=${s.showLines ? 'true' : 'false'} @click=${() => flow.settlement.toggleLines()}>
        ${s.showLines ? this.t('split.details.hide') : this.t('split.details.show')}
      </button>
      ${s.showLines ? this.renderLines(p.lines) : nothing}
      <div class="actions">
        <button class="primary" ?disabled=${s.busy} @click=${() => flow.settlement.confirmSplit()}>
          ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${split.cashFen > 0 ? this.t('split.pay') : this.t('split.settle')}
        </button>
      </div>
    `;
  }
}
