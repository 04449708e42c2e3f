// Which element shows which screen.
import { html, type TemplateResult } from 'lit';
import type { ScreenName } from '../state/store.ts';

export function renderScreen(screen: ScreenName): TemplateResult {
  switch (screen) {
    case 'welcome':
      return html`<welcome-screen></welcome-screen>`;
    case 'identify':
      return html`<identify-screen></identify-screen>`;
    case 'person':
      return html`<person-screen></person-screen>`;
    case 'bills':
      return html`<bills-screen></bills-screen>`;
    case 'split':
      return html`<split-screen></split-screen>`;
    case 'consent':
      return html`<consent-screen></consent-screen>`;
    case 'payment':
      return html`<payment-screen></payment-screen>`;
    case 'done':
      return html`<done-screen></done-screen>`;
    case 'survey':
      return html`<survey-screen></survey-screen>`;
    case 'goodbye':
      return html`<goodbye-screen></goodbye-screen>`;
    case 'problem':
      return html`<problem-screen></problem-screen>`;
  }
}
