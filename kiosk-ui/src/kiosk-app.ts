// The app shell. For now one welcome screen that shows whether the terminal can serve; the
// settlement screens arrive with the UI issue.
import { LitElement, css, html } from 'lit';
import { getHealth, type DeviceKind, type DeviceStatus, type Health } from './api.ts';
import { connectEvents, type KioskEvent } from './events.ts';

const DEVICE_NAMES: Record<DeviceKind, { zh: string; en: string }> = {
  idcard: { zh: '身份证读卡器', en: 'ID card reader' },
  scanner: { zh: '扫码器', en: 'QR code scanner' },
  camera: { zh: '人脸识别摄像头', en: 'Face camera' },
  printer: { zh: '凭条打印机', en: 'Receipt printer' },
};

export class KioskApp extends LitElement {
  static override properties = { health: { state: true }, failed: { state: true } };

  health?: Health;
  failed = false;
  private disconnect?: () => void;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      min-height: 100vh;
      box-sizing: border-box;
      padding: 48px;
      font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif;
      color: #102a26;
      line-height: 1.4;
    }
    h1 { font-size: 56px; margin: 0 0 8px; }
    .en { font-size: 28px; color: #2f4f4a; margin: 0 0 48px; }
    .status { font-size: 28px; margin: 0 0 24px; }
    ul { list-style: none; padding: 0; margin: 0; font-size: 24px; }
    li { padding: 8px 0; }
    .ready { color: #0b5d1e; }
    .not-ready { color: #8a1c1c; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
    this.disconnect = connectEvents((event) => this.onEvent(event));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnect?.();
  }

  private async refresh(): Promise<void> {
    try {
      this.health = await getHealth();
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  private onEvent(event: KioskEvent): void {
    if (event.type === 'device.state' && this.health) {
      const device = event.device as DeviceKind;
      const status: DeviceStatus = { state: event.state as DeviceStatus['state'], since: new Date().toISOString() };
      this.health = { ...this.health, devices: { ...this.health.devices, [device]: status } };
    }
    if (event.type === 'hello') void this.refresh();
  }

  override render() {
    const h = this.health;
    return html`
      <h1>医保自助服务</h1>
      <p class="en" lang="en">Medical insurance self-service</p>
      ${this.failed
        ? html`<p class="status not-ready" role="status">终端服务未连接，请联系工作人员。<span lang="en"> The terminal service is not connected. Please ask a member of staff.</span></p>`
        : h
          ? html`
              <p class="status ${h.status === 'ok' ? 'ready' : 'not-ready'}" role="status">
                ${h.status === 'ok'
                  ? html`本终端可以办理业务。<span lang="en"> This terminal is ready.</span>`
                  : html`本终端正在准备，请稍候或联系工作人员。<span lang="en"> This terminal is getting ready. Please wait or ask a member of staff.</span>`}
              </p>
              <ul aria-label="设备状态 Device status">
                <li class=${h.platform.signedIn ? 'ready' : 'not-ready'}>
                  医保平台 Insurance platform: ${h.platform.signedIn ? '已签到 signed in' : '未签到 not signed in'}
                </li>
                ${(Object.keys(DEVICE_NAMES) as DeviceKind[]).map(
                  (kind) => html`<li class=${h.devices[kind].state === 'ready' ? 'ready' : 'not-ready'}>
                    ${DEVICE_NAMES[kind].zh} ${DEVICE_NAMES[kind].en}: ${h.devices[kind].state}
                  </li>`,
                )}
              </ul>
            `
          : html`<p class="status" role="status">正在连接… <span lang="en">Connecting…</span></p>`}
    `;
  }
}
