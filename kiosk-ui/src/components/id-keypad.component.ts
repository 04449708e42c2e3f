// An on-screen keypad for the ID number (digits and X), or a phone number (digits and -): no system
// keyboard, nothing typed into a text field. Sends `key`, `delete` and `clear` events.
import { LitElement, css, html } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { shared } from '../styles/shared.ts';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export class IdKeypad extends LocalizeMixin(LitElement) {
  static override properties = { extra: {} };
  /** The key beside 0: X for an ID number, - for a landline. */
  extra = 'X';

  static override styles = [
    shared,
    css`
      :host { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
      button { font-size: var(--fs-lead); min-height: var(--key-h); }
    `,
  ];

  private send(type: string, key?: string): void {
    this.dispatchEvent(new CustomEvent(type, { detail: key }));
  }

  override render() {
    return html`
      ${DIGITS.map((k) => html`<button @click=${() => this.send('key', k)}>${k}</button>`)}
      ${this.extra ? html`<button @click=${() => this.send('key', this.extra)}>${this.extra}</button>` : html`<span></span>`}
      <button @click=${() => this.send('key', '0')}>0</button>
      <button @click=${() => this.send('delete')}>${this.t('keypad.delete')}</button>
      <button @click=${() => this.send('clear')} style="grid-column: span 3">${this.t('keypad.clear')}</button>
    `;
  }
}
