// The unpaid bills the hospital holds: choose which to pay. Fewer per page in 大字版. Bills this
// terminal may not settle (grade limits) are shown with the reason, and cannot be chosen.
import { css, html, nothing } from 'lit';
import type { Bill } from '../api.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

export class BillsScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .bill { display: flex; gap: var(--gap); align-items: center; justify-content: space-between; }
      .bill.on { border-color: var(--brand); border-width: 4px; background: var(--brand-soft); }
      .info { display: flex; flex-direction: column; gap: 4px; flex: 1; }
      .amount { font-size: var(--fs-lead); font-weight: 700; }
      .pick { min-width: 200px; }
      .pick[aria-checked='true'] { background: var(--brand); color: var(--brand-ink); }
      .sum { font-size: var(--fs-lead); font-weight: 700; }
      .cannot { color: var(--alert); font-weight: 700; }
    `,
  ];

  override get prompt(): string {
    const s = this.state;
    if (!s.bills) return this.t('bills.loading');
    return s.bills.length === 0 ? this.t('bills.none') : this.t('bills.prompt');
  }

  private get perPage(): number {
    const short = window.innerHeight < 1000;
    return this.state.mode === 'elderly' ? (short ? 1 : 2) : short ? 2 : 3;
  }

  private renderBill(bill: Bill) {
    const on = this.state.selected.includes(bill.billId);
    const id = `b-${bill.billId}`;
    return html`<article class="bill panel ${on ? 'on' : ''}">
      <div class="info">
        <h2 id="${id}-h">${this.t(bill.kind === 'inpatient' ? 'bills.inpatient' : 'bills.outpatient')} · ${this.pick(bill.medTypeName)}</h2>
        <p>${this.pick(bill.dept)}${bill.doctor ? html` · <span lang="zh-CN">${bill.doctor}</span>` : nothing} · ${when(bill.createdAt)}</p>
        ${bill.diagnoses.length ? html`<p class="small" lang="zh-CN">${bill.diagnoses.map((d) => d.name).join('、')}</p>` : nothing}
        <p>${this.t('bills.items', { count: bill.lines.length })} · <span class="amount">${this.money(bill.totalFen)}</span></p>
        ${bill.settleable ? nothing : html`<p class="cannot">⚠ ${this.t('bills.cannot')}${this.pick(bill.notSettleableReason)}</p>`}
      </div>
      ${bill.settleable
        ? html`<button class="pick" role="checkbox" aria-checked=${on ? 'true' : 'false'} aria-labelledby="${id}-t ${id}-h" @click=${() => flow.settlement.toggleBill(bill.billId)}>
            <span id="${id}-t">${on ? `✓ ${this.t('bills.chosen')}` : this.t('bills.choose')}</span>
          </button>`
        : nothing}
    </article>`;
  }

  override render() {
    const s = this.state;
    const bills = s.bills;
    if (!bills) {
      return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    }
    if (bills.length === 0) {
      return html`<h1 class="prompt">${this.prompt}</h1>
        <p class="lead">${this.t('bills.none.next')}</p>
        <div class="actions"><button class="primary" @click=${() => void flow.end({ idle: false })}>${this.t('bills.end')}</button></div>`;
    }
    const per = this.perPage;
    const pages = Math.ceil(bills.length / per);
    const page = Math.min(s.billsPage, pages - 1);
    const shown = bills.slice(page * per, page * per + per);
    const chosen = bills.filter((b) => s.selected.includes(b.billId));
    const total = chosen.reduce((sum, b) => sum + b.totalFen, 0);
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${s.notice ? html`<p class="status warn" role="status">${this.message(s.notice)}</p>` : nothing}
      ${shown.map((b) => this.renderBill(b))}
      <page-turner .page=${page} .pages=${pages} @turn=${(e: CustomEvent<number>) => flow.settlement.showBillsPage(e.detail)}></page-turner>
      <p class="sum" role="status">${this.t('bills.sum', { count: chosen.length, amount: this.money(total) })}</p>
      <div class="actions">
        ${bills.some((b) => b.settleable)
          ? html`<button class="primary" @click=${() => void flow.settlement.calculate()}>${this.t('bills.calculate')}</button>`
          : html`<button class="primary" @click=${() => void flow.end({ idle: false })}>${this.t('bills.end')}</button>`}
      </div>
    `;
  }
}
