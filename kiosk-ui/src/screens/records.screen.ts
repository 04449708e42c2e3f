// The person's own record (一人一档), as the platform holds it now: visits with what each
// settlement paid, filings, this year's totals and chronic-disease medicines. Read live; kept only
// while the page shows it, nothing in the browser's storage.
import { css, html, nothing } from 'lit';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import type { Visit } from '../types/records.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class RecordsScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      ul { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 12px; }
      .visit { display: grid; grid-template-columns: 1fr auto; gap: 4px 24px; align-items: center; }
      .visit .lines { grid-column: 2; grid-row: 1 / span 3; }
      .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
      dl { display: grid; grid-template-columns: 1fr auto; gap: 4px 24px; }
      dd { font-weight: 700; text-align: right; }
    `,
  ];

  override get prompt(): string {
    const r = this.state.records.records;
    return r ? this.t('records.prompt', { from: this.day(r.from), to: this.day(r.to) }) : this.t('records.loading');
  }

  private get perPage(): number {
    return this.state.mode === 'elderly' || window.innerHeight < 1000 ? 2 : 4;
  }

  private visit(v: Visit) {
    const split = v.settlement?.split;
    return html`<li class="panel visit">
      <h3>${this.day(v.begin)} · ${this.pick(v.medTypeName)}</h3>
      <p lang="zh-CN">${v.institution.name}${v.diagnosis ? ` · ${v.diagnosis.name}` : ''}</p>
      <p>
        ${split
          ? html`${this.t('split.total')} <span class="num">${this.money(split.totalFen)}</span> · ${this.t('split.fund')} <span class="num">${this.money(split.fundFen)}</span> ·
              ${this.t('split.account')} <span class="num">${this.money(split.accountFen)}</span> · ${this.t('records.cash')} <span class="num">${this.money(split.cashFen)}</span>
              ${v.settlement && !v.settlement.inForce ? html` · ${this.t('records.cancelled')}` : nothing}`
          : this.t(v.cancelled ? 'records.visitCancelled' : 'records.unsettled')}
      </p>
      <button class="lines" aria-label=${this.t('records.linesOf', { day: this.day(v.begin) })} @click=${() => void flow.records.visit(v)}>${this.t('records.lines')}</button>
    </li>`;
  }

  override render() {
    const s = this.state;
    const r = s.records.records;
    if (!r) return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    const per = this.perPage;
    const pages = Math.max(1, Math.ceil(r.visits.length / per));
    const page = Math.min(s.records.page, pages - 1);
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <section class="stack" aria-labelledby="v-h">
        <h2 id="v-h">${this.t('records.visits', { count: r.visits.length })}</h2>
        ${r.visits.length ? html`<ul>${r.visits.slice(page * per, page * per + per).map((v) => this.visit(v))}</ul>` : html`<p>${this.t('records.noVisits')}</p>`}
        <page-turner .page=${page} .pages=${pages} @turn=${(e: CustomEvent<number>) => flow.records.page(e.detail)}></page-turner>
      </section>
      <section class="stack" aria-labelledby="f-h">
        <h2 id="f-h">${this.t('records.filings', { count: r.filings.length })}</h2>
        ${r.filings.length
          ? html`<ul>${r.filings.map((f) => html`<li class="panel">${this.t(`filing.kind.${f.kind}`)} · ${this.t(`filing.status.${f.status}`)} · ${this.day(f.begin)}${f.disease ? html` · <span lang="zh-CN">${f.disease.name}</span>` : nothing}</li>`)}</ul>`
          : html`<p>${this.t('filings.none')}</p>`}
      </section>
      ${r.accumulations.length
        ? html`<section class="stack" aria-labelledby="a-h">
            <h2 id="a-h">${this.t('records.totals')}</h2>
            <dl class="panel">${r.accumulations.map((a) => html`<dt>${a.year} · ${this.pick(a.name)}</dt><dd class="num">${this.money(a.amountFen)}</dd>`)}</dl>
          </section>`
        : nothing}
      ${r.medications.length
        ? html`<section class="stack" aria-labelledby="m-h">
            <h2 id="m-h">${this.t('records.medicines')}</h2>
            <ul>${r.medications.map((m) => html`<li class="panel">${this.day(m.settledAt)} · <span lang="zh-CN">${m.item.name}</span> × ${m.quantity} · <span class="num">${this.money(m.amountFen)}</span></li>`)}</ul>
          </section>`
        : nothing}
      <div class="actions"><button class="primary" @click=${() => flow.services()}>${this.t('services.back')}</button></div>
    `;
  }
}
