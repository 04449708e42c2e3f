// One visit's fee lines as the platform holds them: name, class, quantity × price, and the part
// the patient paid themselves.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class RecordVisitScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      table { width: 100%; border-collapse: collapse; }
      th, td { text-align: left; padding: 8px; border-bottom: 2px solid #c9d3d0; vertical-align: top; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    `,
  ];

  override get prompt(): string {
    const { visit, lines } = this.state.records;
    if (!visit) return '';
    return lines ? this.t('records.visit.prompt', { day: this.day(visit.begin), count: lines.length }) : this.t('records.loading');
  }

  override render() {
    const { visit, lines } = this.state.records;
    if (!visit) return nothing;
    if (!lines) return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <p lang="zh-CN">${visit.institution.name} · ${this.pick(visit.medTypeName)}</p>
      <table>
        <thead><tr><th scope="col">${this.t('split.item')}</th><th scope="col" class="num">${this.t('split.amount')}</th></tr></thead>
        <tbody>
          ${lines.map(
            (l) => html`<tr>
              <td><span lang="zh-CN">${l.name}</span><br /><span class="small">${this.t(`class.${l.listClass}` as StringKey)}${l.selfPayFen > 0 ? ` · ${this.t('split.selfPay', { amount: this.money(l.selfPayFen) })}` : ''}</span></td>
              <td class="num">${l.quantity} × ${this.money(l.unitPriceFen)}<br />${this.money(l.amountFen)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="actions"><button class="primary" @click=${() => flow.back()}>${this.t('records.back')}</button></div>
    `;
  }
}
