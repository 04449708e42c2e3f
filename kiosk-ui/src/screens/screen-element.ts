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
  /* Given to a keyboard (its action slot: beside the field, or under the keys) the actions are part of
     it; after a long list of results they follow the content: pinned, they would cover entries. */
  .actions[slot], .actions.follow { position: static; }
  .actions[slot] { margin: 0; padding: 0; background: none; }
  /* While a list is searched its keyboard holds the one action (to see what is found). */
  pick-list[typing] ~ .actions { display: none; }
  /* Landscape has width to spare and little height: the actions share one row, the primary twice as wide. */
  @media (orientation: landscape) {
    .actions { flex-direction: row; align-items: stretch; }
    .actions > button { flex: 1 1 0; }
    .actions > button.primary { flex: 2 1 0; }
  }
`;

/** A warning as said aloud: without the ⚠ sign and the line breaks of its layout. */
export const spokenText = (text: string): string => text.replace(/⚠/g, '').replace(/\s+/g, ' ').trim();

export class ScreenElement extends LocalizeMixin(StoreMixin(LitElement)) {
  static override styles = [shared, screenStyles];

  private spoken = '';
  private warned = '';

  /** What the screen asks of the patient: its heading, and what the voice says. */
  get prompt(): string {
    return '';
  }

  /** Whether the app shows this screen now: one it is about to take away says nothing. (The idle question and the staff call are shown in a screen's place.) */
  private get onShow(): boolean {
    if (!this.localName.endsWith('-screen')) return true;
    return this.localName === `${this.state.screen}-screen` && this.state.overlay === 'none';
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.onShow) return;
    const prompt = this.prompt;
    const key = `${this.language}:${prompt}`;
    if (prompt && key !== this.spoken) {
      this.spoken = key;
      this.warned = '';
      voice.say(prompt, this.language);
    }
    // After the components inside have rendered too (a keyboard shows its own objection).
    setTimeout(() => this.isConnected && this.onShow && this.speakWarnings(), 0);
  }

  /**
   * What went wrong (a refusal, a missing signature, an objection) is said as well as shown, once
   * when it appears, in the current language, after the prompt.
   */
  private speakWarnings(): void {
    const found: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.matches('.status.bad')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(this.renderRoot);
    const text = found.map((el) => spokenText(el.textContent ?? '')).filter(Boolean).join(' ');
    const key = text && `${this.language}:${text}`;
    if (key !== this.warned) {
      this.warned = key;
      if (text) voice.add(text, this.language);
    }
  }
}
