// A short satisfaction survey (seed 001 §12.6): one tap for a rating, optional reasons (not in
// 大字版: fewer things on the screen), and the biggest button finishes whether or not anything was chosen.
import { css, html, nothing } from 'lit';
import type { StringKey } from '../i18n/i18n.ts';
import { flow } from '../state/kiosk.ts';
import { shared } from '../styles/shared.ts';
import { ScreenElement, screenStyles } from './screen-element.ts';

const RATINGS = [5, 4, 3, 2, 1];
const COMMENTS: StringKey[] = ['survey.c.wait', 'survey.c.hard', 'survey.c.small', 'survey.c.fees'];

export class SurveyScreen extends ScreenElement {
  static override styles = [
    shared,
    screenStyles,
    css`
      .ratings { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; }
      .comments { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; }
      button[aria-pressed='true'] { background: var(--brand); color: var(--brand-ink); }
      .stars { display: block; font-size: var(--fs-small); letter-spacing: 0.1em; }
    `,
  ];

  override get prompt(): string {
    return this.t('survey.prompt');
  }

  override render() {
    const s = this.state;
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <div class="ratings" role="group" aria-labelledby="rate-h">
        <span id="rate-h" hidden>${this.prompt}</span>
        ${RATINGS.map(
          (r) => html`<button aria-pressed=${s.rating === r ? 'true' : 'false'} @click=${() => flow.rate(r)}>
            <span>${this.t(`survey.rating.${r}` as StringKey)}</span><span class="stars" aria-hidden="true">${'★'.repeat(r)}${'☆'.repeat(5 - r)}</span>
          </button>`,
        )}
      </div>
      ${s.mode === 'elderly'
        ? nothing
        : html`<h2 id="comments-h">${this.t('survey.comments')}</h2>
            <div class="comments" role="group" aria-labelledby="comments-h">
              ${COMMENTS.map(
                (c) => html`<button aria-pressed=${s.comments.includes(c) ? 'true' : 'false'} @click=${() => flow.toggleComment(c)}>${this.t(c)}</button>`,
              )}
            </div>`}
      <div class="actions">
        <button class="primary" @click=${() => void flow.submitSurvey((key) => this.t(key as StringKey))}>
          ${s.rating === undefined ? this.t('survey.skip') : this.t('survey.submit')}
        </button>
      </div>
    `;
  }
}
