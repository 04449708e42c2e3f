// The service menu: paying (the most asked for, so the biggest), filings, the person's own
// record, drugs at a pharmacy counter, and what anyone may read without identifying: prices,
// policy and process pages, complaints. What needs identifying says so; what this terminal or
// the person's insurance cannot do here says why.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow, NEEDS_IDENTITY } from '../state/kiosk.ts';
import type { ServiceId } from '../state/store.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class ServicesScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .tiles { display: grid; grid-template-columns: 1fr 1fr; gap: var(--gap); }
      .tile { display: flex; flex-direction: column; align-items: flex-start; justify-content: center; gap: 4px; padding: 16px 24px; text-align: left; font-size: var(--fs-lead); }
      .tile .how { font-size: var(--fs-small); font-weight: 400; color: var(--ink-soft); }
      .tile[disabled] .how { color: var(--ink-soft); }
      .tile.main { grid-column: 1 / -1; min-height: var(--primary-h); background: var(--brand); color: var(--brand-ink); box-shadow: 0 6px 0 #00241b; font-size: var(--fs-primary); }
      .tile.main .how { color: var(--brand-ink); font-size: var(--fs-body); }
      @media (orientation: landscape) { .tiles { grid-template-columns: 1fr 1fr 1fr; } }
    `,
  ];

  override get prompt(): string {
    return this.t('services.prompt');
  }

  /** Why a service cannot be had here, if it cannot. */
  private unavailable(id: ServiceId): StringKey | undefined {
    const session = this.state.session;
    if (id === 'settle' && session && session.services.length === 0) return 'services.settle.blocked';
    return undefined;
  }

  private tile(id: ServiceId, main: boolean) {
    const why = this.unavailable(id);
    const note = why ?? (NEEDS_IDENTITY.includes(id) && !this.state.session ? 'services.needsId' : (`services.${id}.how` as StringKey));
    return html`<button class="tile ${main ? 'main' : ''}" ?disabled=${why !== undefined} @click=${() => flow.choose(id)}>
      <span>${this.t(`services.${id}` as StringKey)}</span>
      <span class="how">${this.t(note)}</span>
    </button>`;
  }

  override render() {
    const s = this.state;
    const main: ServiceId = s.pharmacy ? 'pharmacy' : 'settle';
    const others: ServiceId[] = ['settle', 'filing', 'records', 'prices', 'info', 'complaint'].filter((id) => id !== main) as ServiceId[];
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      ${s.session ? html`<p class="lead"><span lang="zh-CN">${s.session.person.maskedName}</span> · ${s.session.person.maskedCertno}</p>` : nothing}
      <div class="tiles">${this.tile(main, true)} ${others.map((id) => this.tile(id, false))}</div>
    `;
  }
}
