// One information page, in the language on show: headings, paragraphs and lists as the operator
// wrote them; 大字版 makes it larger like every screen. The title is what is read out.
import { css, html } from 'lit';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import type { Block } from '../types/service-hall.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

export class InfoPageScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      article { display: flex; flex-direction: column; gap: 16px; }
      article ul, article ol { padding-left: 1.4em; display: flex; flex-direction: column; gap: 8px; }
    `,
  ];

  override get prompt(): string {
    const page = this.state.info.page;
    return page ? this.pick(page.title) : this.t('info.loading');
  }

  private block(b: Block) {
    switch (b.type) {
      case 'heading':
        return html`<h2>${b.text}</h2>`;
      case 'paragraph':
        return html`<p>${b.text}</p>`;
      case 'list':
        return b.ordered ? html`<ol>${b.items.map((i) => html`<li>${i}</li>`)}</ol>` : html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    }
  }

  override render() {
    const page = this.state.info.page;
    if (!page) return html`<div role="status"><h1 class="prompt"><span class="spinner" aria-hidden="true"></span> ${this.prompt}</h1></div>`;
    const blocks = this.language === 'en' ? page.blocks.en : page.blocks.zh;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <article class="panel">${blocks.map((b) => this.block(b))}</article>
      <div class="actions"><button class="primary" @click=${() => flow.back()}>${this.t('info.others')}</button></div>
    `;
  }
}
