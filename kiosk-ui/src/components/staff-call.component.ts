// "呼叫工作人员": says plainly whether staff were told, and what to do meanwhile.
import { html } from 'lit';
import { ScreenElement } from '../screens/screen-element.ts';
import { flow } from '../state/kiosk.ts';

export class StaffCall extends ScreenElement {
  override get prompt(): string {
    return this.t(this.state.staffNotified ? 'staff.prompt' : 'staff.wave');
  }

  override render() {
    return html`
      <h1 class="prompt">${this.prompt}</h1>
      <div class="actions">
        <button class="primary" @click=${() => flow.closeOverlay()}>${this.t('staff.return')}</button>
      </div>
    `;
  }
}
