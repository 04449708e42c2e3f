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
    case 'services':
      return html`<services-screen></services-screen>`;
    case 'filing-kinds':
      return html`<filing-kinds-screen></filing-kinds-screen>`;
    case 'filing-step':
      return html`<filing-step-screen></filing-step-screen>`;
    case 'filing-review':
      return html`<filing-review-screen></filing-review-screen>`;
    case 'filing-done':
      return html`<filing-done-screen></filing-done-screen>`;
    case 'filings':
      return html`<filings-screen></filings-screen>`;
    case 'filing-revoke':
      return html`<filing-revoke-screen></filing-revoke-screen>`;
    case 'prices':
      return html`<prices-screen></prices-screen>`;
    case 'info':
      return html`<info-screen></info-screen>`;
    case 'info-page':
      return html`<info-page-screen></info-page-screen>`;
    case 'records':
      return html`<records-screen></records-screen>`;
    case 'record-visit':
      return html`<record-visit-screen></record-visit-screen>`;
    case 'complaint':
      return html`<complaint-screen></complaint-screen>`;
    case 'complaint-done':
      return html`<complaint-done-screen></complaint-done-screen>`;
    case 'pharmacy-buyer':
      return html`<pharmacy-buyer-screen></pharmacy-buyer-screen>`;
    case 'pharmacy-sale':
      return html`<pharmacy-sale-screen></pharmacy-sale-screen>`;
  }
}
