// One filing as the platform holds it: its kind and state, the serial, the dates, what it is for,
// who filed it, and for a trauma filing that the commitment was signed.
import { LitElement, css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';
import type { Filing } from '../types/filing.ts';

export class FilingCard extends LocalizeMixin(LitElement) {
  static override properties = { filing: { attribute: false }, brief: { type: Boolean } };
  filing?: Filing;
  /** Its kind, state, serial and dates only: a list on a short screen, where the whole card would push its buttons out of sight. */
  brief = false;

  static override styles = [
    shared,
    css`
      :host { display: block; }
      .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; align-items: baseline; }
      .badge { font-weight: 700; padding: 4px 16px; border-radius: 999px; border: 3px solid var(--brand); color: var(--brand); background: var(--paper); }
      .badge.revoked, .badge.ended { border-color: var(--line); color: var(--ink-soft); }
      dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 24px; margin-top: 12px; }
      dt { color: var(--ink-soft); }
      dd { font-weight: 700; word-break: break-all; }
      .sn { font-variant-numeric: tabular-nums; letter-spacing: 0.03em; }
    `,
  ];

  override render() {
    const f = this.filing;
    if (!f) return nothing;
    const row = (label: StringKey, value: unknown, zh = false) =>
      value ? html`<dt>${this.t(label)}</dt><dd lang=${zh ? 'zh-CN' : nothing}>${value}</dd>` : nothing;
    return html`<article class="panel" aria-labelledby="h-${f.filingSn}">
      <div class="head">
        <h2 id="h-${f.filingSn}">${this.t(`filing.kind.${f.kind}` as StringKey)}</h2>
        <span class="badge ${f.status}">${this.t(`filing.status.${f.status}` as StringKey)}</span>
      </div>
      <dl>
        <dt>${this.t('filing.sn')}</dt><dd class="sn">${f.filingSn}</dd>
        ${row('filing.period', f.end ? this.t('filing.fromTo', { from: this.day(f.begin), to: this.day(f.end) }) : this.t('filing.from', { from: this.day(f.begin) }))}
        ${this.brief ? nothing : this.details(f, row)}
      </dl>
    </article>`;
  }

  private details(f: Filing, row: (label: StringKey, value: unknown, zh?: boolean) => unknown) {
    return html`
        ${row('filing.f.disease', f.disease?.name, true)} ${row('filing.f.item', f.item?.name, true)} ${row('filing.f.diagnosis', f.diagnosis?.name, true)}
        ${row('filing.f.to', f.referral?.to.name, true)} ${row('filing.f.reason', f.referral?.reason, true)}
        ${f.kind !== 'referral' ? row('filing.f.institution', f.institution?.name, true) : nothing}
        ${f.injury ? html`${row('filing.f.injuryAt', this.day(f.injury.at))} ${row('filing.f.injuryPlace', f.injury.place, true)} ${row('filing.f.injuryCause', f.injury.cause, true)}` : nothing}
        ${f.commitment ? row('filing.f.commitment', `✓ ${this.t('filing.signed')}`) : nothing}
        ${f.agent ? row('filing.agent', html`<span lang="zh-CN">${f.agent.maskedName}</span> · ${this.t(`relation.${f.agent.relation}` as StringKey)}`) : nothing}`;
  }
}
