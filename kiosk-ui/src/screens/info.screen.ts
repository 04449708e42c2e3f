// Policy and process pages (信息公开, seed 001 §8.2.3): the operator's pages by title.
import { css, html } from 'lit';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class InfoScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      ul { list-style: none; padding: 0; display: grid; gap: 16px; }
      li button { width: 100%; text-align: left; font-size: var(--fs-lead); padding: 16px 24px; }
      @media (orientation: landscape) { ul { grid-template-columns: 1fr 1fr; } }
    `,
  ];

  override get prompt(): string {
    return this.t(this.state.info.pages ? 'info.prompt' : 'info.loading');
  }

  override render() {
    const pages = this.state.info.pages;
    if (!pages) return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <ul>${pages.map((p) => html`<li><button @click=${() => void flow.info.show(p.id)}>${this.pick(p.title)}</button></li>`)}</ul>
      <div class="actions"><button class="primary" @click=${() => flow.services()}>${this.t('services.back')}</button></div>
    `;
  }
}
