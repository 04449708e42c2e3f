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
  /* Side actions keep to their own size, so the primary action stays the biggest button. */
  :host > button { align-self: flex-start; }
  /* The primary action stays in sight however long the screen: pinned to the bottom while scrolling. */
  .actions {
    display: flex;
    flex-direction: column;
    gap: var(--gap);
    margin-top: auto;
    padding: 12px 0 4px;
    position: sticky;
    bottom: 0;
    background: var(--page);
  }
  .actions .row > button { flex: 1 1 0; }
  /* Under a keyboard (or a long list of results) the actions follow the content instead: pinned,
     they would cover keys and entries on a short screen. */
  text-entry ~ .actions, pick-list[typing] ~ .actions, .actions.follow { position: static; }
  /* Landscape has width to spare and little height: the actions share one row, the primary twice as wide. */
  @media (orientation: landscape) {
    .actions { flex-direction: row; align-items: stretch; }
    .actions > button { flex: 1 1 0; }
    .actions > button.primary { flex: 2 1 0; }
  }
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
