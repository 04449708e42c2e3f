// "上一页 · 第 2 页 / 共 5 页 · 下一页" under a list that does not fit one screen; fires `turn` with
// the page asked for. Nothing shows when there is one page.
import { LitElement, css, html, nothing } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

export class PageTurner extends LocalizeMixin(LitElement) {
  static override properties = { page: { type: Number }, pages: { type: Number } };
  /** From 0. */
  page = 0;
  pages = 1;

  static override styles = [
    shared,
    css`
      :host { display: block; }
      .pager { display: flex; align-items: center; justify-content: space-between; gap: var(--gap); }
    `,
  ];

  private turn(page: number): void {
    this.dispatchEvent(new CustomEvent('turn', { detail: page }));
  }

  override render() {
    if (this.pages <= 1) return nothing;
    return html`<div class="pager">
      <button ?disabled=${this.page === 0} @click=${() => this.turn(this.page - 1)}>${this.t('bills.prev')}</button>
      <span>${this.t('bills.page', { page: this.page + 1, pages: this.pages })}</span>
      <button ?disabled=${this.page >= this.pages - 1} @click=${() => this.turn(this.page + 1)}>${this.t('bills.next')}</button>
    </div>`;
  }
}
