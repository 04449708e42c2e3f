// The person the platform knows: masked name and number, insurance type and state, the personal
// account balance. An elderly person is offered 大字版 here, in the page. On to what they came for
// (paying, unless they chose another service first), or to the service menu.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow, NEEDS_IDENTITY } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

type Identified = 'settle' | 'filing' | 'records' | 'pharmacy';
const PROMPT: Record<Identified, StringKey> = { settle: 'person.prompt', filing: 'person.prompt.filing', records: 'person.prompt.records', pharmacy: 'person.prompt.pharmacy' };
const CONTINUE: Record<Identified, StringKey> = { settle: 'person.continue', filing: 'person.continue.filing', records: 'person.continue.records', pharmacy: 'person.continue.pharmacy' };

export class PersonScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      dl { display: grid; grid-template-columns: auto 1fr; gap: 12px 32px; align-items: baseline; }
      dt { color: var(--ink-soft); }
      dd { font-size: var(--fs-lead); font-weight: 700; }
      .balance { font-size: var(--fs-amount); }
    `,
  ];

  /** What the patient chose before identifying (a service for identified persons), else paying. */
  private get service(): Identified {
    const chosen = this.state.service;
    return chosen && NEEDS_IDENTITY.includes(chosen) ? (chosen as Identified) : 'settle';
  }

  override get prompt(): string {
    const person = this.state.session?.person;
    if (person && !person.insuranceInForce && this.service === 'settle') return this.t('person.blocked');
    return this.t(PROMPT[this.service]);
  }

  override render() {
    const s = this.state;
    const person = s.session?.person;
    if (!person) return nothing;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${s.elderlyOffer ? html`<elderly-offer></elderly-offer>` : nothing}
      <dl class="panel">
        <dt>${this.t('person.name')}</dt>
        <dd lang="zh-CN">${person.maskedName}</dd>
        <dt>${this.t('person.certno')}</dt>
        <dd>${person.maskedCertno}</dd>
        <dt>${this.t('person.insutype')}</dt>
        <dd>${this.pick(person.insutypeName)}</dd>
        <dt>${this.t('person.status')}</dt>
        <dd>${person.insuranceInForce ? this.t('person.inForce') : `⚠ ${this.t('person.notInForce')}`}</dd>
        <dt>${this.t('person.balance')}</dt>
        <dd class="balance">${this.money(person.accountBalanceFen)}</dd>
      </dl>
      <div class="actions">
        ${person.insuranceInForce || this.service !== 'settle'
          ? html`<button class="primary" @click=${() => flow.proceed()}>${this.t(CONTINUE[this.service])}</button>`
          : html`<button class="primary" @click=${() => void flow.end({ idle: false })}>${this.t('person.blocked.end')}</button>`}
        <button class="secondary" @click=${() => flow.services()}>${this.t('person.more')}</button>
        <button class="secondary" @click=${() => flow.back()}>${this.t('person.notMe')}</button>
      </div>
    `;
  }
}
