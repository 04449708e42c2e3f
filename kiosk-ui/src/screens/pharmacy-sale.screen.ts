// The sale: each drug with its scanned packages (trace codes, arriving as they are scanned), a way
// to take one out, a code typed when a label will not scan, and reporting the sale to the platform.
// A line the platform refuses says why and which code; take it out and report again.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { TRACE_CODE_LENGTH } from '../state/pharmacy-flow.ts';
import { shared } from '../styles/shared.ts';
import type { SaleLine } from '../types/pharmacy.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class PharmacySaleScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      ul { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 12px; }
      .codes li { display: flex; justify-content: space-between; align-items: center; gap: 16px; }
      .code { font-variant-numeric: tabular-nums; letter-spacing: 0.04em; word-break: break-all; }
      .head { display: flex; justify-content: space-between; gap: 16px; flex-wrap: wrap; }
      .total { font-size: var(--fs-amount); font-weight: 700; }
      .digits { font-size: var(--fs-lead); font-weight: 700; min-height: 1.5em; font-variant-numeric: tabular-nums; word-break: break-all; background: #fff; border: 3px solid var(--ink); border-radius: var(--radius); padding: 8px 20px; }
      .keypad { display: grid; gap: var(--gap); }
      @media (orientation: landscape) { .keypad { grid-template-columns: 1fr 1fr; align-items: start; } }
    `,
  ];

  override get prompt(): string {
    const sale = this.state.sale.sale;
    if (sale?.state === 'completed') return this.t('sale.completed');
    if (sale?.lines.some((l) => l.state === 'refused')) return this.t('sale.refused');
    return this.t('sale.prompt');
  }

  private line(l: SaleLine, open: boolean) {
    const busy = this.state.busy;
    return html`<li class="panel stack">
      <div class="head">
        <h2 lang="zh-CN">${l.name}</h2>
        <span>${this.t(`sale.line.${l.state}` as StringKey)}</span>
      </div>
      <p><span lang="zh-CN">${l.spec} · ${l.unit}</span> · ${l.quantity} × ${this.money(l.unitPriceFen)} = <strong>${this.money(l.amountFen)}</strong></p>
      ${l.refusal ? html`<p class="status bad">⚠ ${this.pick(l.refusal)}</p>` : nothing}
      <ul class="codes" aria-label=${this.t('sale.codes')}>
        ${l.traceCodes.map(
          (c) => html`<li><span class="code">${c}</span>
            ${open && (l.state === 'open' || l.state === 'refused')
              ? html`<button ?disabled=${busy} aria-label=${this.t('sale.removeOne', { code: c })} @click=${() => void flow.pharmacy.remove(c)}>${this.t('sale.remove')}</button>`
              : nothing}</li>`,
        )}
      </ul>
    </li>`;
  }

  override render() {
    const s = this.state;
    const p = s.sale;
    const sale = p.sale;
    if (!sale) return nothing;
    const open = sale.state === 'open';
    const nothingReported = sale.lines.every((l) => l.state === 'open' || l.state === 'refused');
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${sale.proxy ? html`<p>${this.t('sale.forProxy')}<span lang="zh-CN">${sale.proxy.maskedName}</span> · ${this.t(`proxy.${sale.proxy.relation}` as StringKey)}</p>` : nothing}
      ${p.rejected ? html`<p class="status bad" role="status">⚠ ${p.rejected.code}：${this.pick(p.rejected.reason)}</p>` : nothing}
      ${p.error ? html`<p class="status bad" role="status">⚠ ${this.message(p.error)}</p>` : nothing}
      ${sale.lines.length ? html`<ul>${sale.lines.map((l) => this.line(l, open))}</ul>` : html`<p class="status warn" role="status">${this.t('sale.noCodes')}</p>`}
      <p class="total" role="status">${this.t('sale.total', { count: sale.lines.reduce((n, l) => n + l.quantity, 0), amount: this.money(sale.totalFen) })}</p>
      ${open && p.typing
        ? html`<div class="keypad">
            <div class="stack">
              <p class="small" id="t-label">${this.t('sale.typeCode', { n: TRACE_CODE_LENGTH })}</p>
              <p class="digits" aria-labelledby="t-label" aria-live="polite">${p.typed || '—'}</p>
              <button ?disabled=${s.busy} @click=${() => void flow.pharmacy.addTyped()}>${this.t('sale.addCode')}</button>
            </div>
            <id-keypad .extra=${''} @key=${(e: CustomEvent<string>) => e.detail && p.typed.length < TRACE_CODE_LENGTH && flow.pharmacy.set({ typed: p.typed + e.detail })}
              @delete=${() => flow.pharmacy.set({ typed: p.typed.slice(0, -1) })} @clear=${() => flow.pharmacy.set({ typed: '' })}></id-keypad>
          </div>`
        : nothing}
      <div class="actions">
        ${open
          ? html`<button class="primary" ?disabled=${s.busy} @click=${() => void flow.pharmacy.complete()}>
                ${s.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t('sale.complete')}
              </button>
              <button class="secondary" ?disabled=${s.busy} @click=${() => flow.pharmacy.toggleTyping()}>${this.t(p.typing ? 'sale.typeDone' : 'sale.type')}</button>
              ${nothingReported ? html`<button class="secondary" ?disabled=${s.busy} @click=${() => void flow.pharmacy.cancel()}>${this.t('sale.cancel')}</button>` : nothing}`
          : html`<button class="primary" @click=${() => flow.toSurvey()}>${this.t('done.finish')}</button>`}
      </div>
    `;
  }
}
