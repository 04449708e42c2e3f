// What every screen shares: the app state, the language, and its spoken prompt. A screen's
// prompt is shown on it (as its heading) and spoken whenever it changes, in the current language.
import { LitElement, css } from 'lit';
import { LocalizeMixin } from '../mixins/localize-mixin.ts';
import { StoreMixin } from '../mixins/store-mixin.ts';
import { shared } from '../styles/shared.ts';
import { voice } from '../voice.ts';

export const screenStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--gap);
    width: 100%;
    max-width: var(--content-max);
    margin: 0 auto;
  }
  h1.prompt { color: var(--ink); }
  .actions { display: flex; flex-direction: column; gap: var(--gap); margin-top: auto; padding-top: 8px; }
  .actions .row > button { flex: 1 1 0; }
`;

export class ScreenElement extends LocalizeMixin(StoreMixin(LitElement)) {
  static override styles = [shared, screenStyles];

  private spoken = '';

  /** What the screen asks of the patient: its heading, and what the voice says. */
  get prompt(): string {
    return '';
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const prompt = this.prompt;
    const key = `${this.language}:${prompt}`;
    if (prompt && key !== this.spoken) {
      this.spoken = key;
      voice.say(prompt, this.language);
    }
  }
}
