// The /sim page: how a new user tries the kiosk without hardware. Present or lift a test
// person's ID card, scan their 医保码 or any code, set the printer's paper and cover, read the
// last receipts. Opened beside the touchscreen (another window or tablet).
import { LitElement, css, html, nothing } from 'lit';
import { sim, type DemoCard, type PendingPayment, type Receipt, type SimState, type TestPerson } from './sim-api.ts';

const TAGS = ['employee', 'retiree', 'resident', 'elderly', 'child', 'chronic', 'cross-region', 'relocated', 'suspended', 'deceased', 'expired-id-card', 'face-mismatch', 'hk-macau-taiwan', 'foreigner'];

export class SimPage extends LitElement {
  static override properties = {
    state: { state: true },
    persons: { state: true },
    demo: { state: true },
    receipts: { state: true },
    payments: { state: true },
    tag: { state: true },
    message: { state: true },
  };

  state?: SimState;
  persons: TestPerson[] = [];
  demo: DemoCard[] = [];
  receipts: Receipt[] = [];
  payments: PendingPayment[] = [];
  tag = 'employee';
  message = '';
  private timer?: number;

  static override styles = css`
    :host { display: block; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 16px; color: #1d1d1b; padding: 16px 24px; }
    h1 { font-size: 24px; margin: 0 0 12px; }
    h2 { font-size: 19px; margin: 20px 0 8px; }
    section { background: #fff; border: 1px solid #ccc; border-radius: 6px; padding: 12px 16px; margin-bottom: 16px; }
    table { border-collapse: collapse; width: 100%; }
    td, th { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; font-size: 14px; }
    button { font: inherit; font-size: 14px; padding: 6px 10px; margin: 2px; cursor: pointer; }
    .status { color: #0b5d1e; min-height: 1.4em; }
    pre { background: #fbfbf7; border: 1px dashed #aaa; padding: 8px; white-space: pre; font-family: 'Noto Sans Mono CJK SC', monospace; font-size: 13px; max-height: 420px; overflow: auto; }
    label { margin-right: 16px; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.timer = window.setInterval(() => void this.refresh(), 2000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.timer);
  }

  private async load(): Promise<void> {
    [this.persons, this.demo] = await Promise.all([sim.persons(), sim.demoCards()]);
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    this.state = await sim.state();
    if (this.state.printer) this.receipts = (await sim.receipts()).slice(-3).reverse();
    if (this.state.sandbox) this.payments = await sim.payments();
  }

  private async act(what: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
      this.message = `✓ ${what}`;
    } catch (err) {
      this.message = `✗ ${what}: ${(err as Error).message}`;
    }
    await this.refresh();
  }

  private renderReceipt(r: Receipt) {
    const text = r.lines.map((l) => (l.kind === 'qr' ? `[QR] ${l.data}` : l.text)).join('\n');
    return html`<pre>${text}\n—— ${r.cut} cut ——${r.problems.length ? `\n! ${r.problems.join('\n! ')}` : ''}</pre>`;
  }

  override render() {
    const s = this.state;
    const shown = this.persons.filter((p) => p.tags.includes(this.tag)).slice(0, 12);
    return html`
      <h1>设备模拟器 · Device simulators</h1>
      <p class="status" role="status">${this.message}</p>
      ${s?.idcard || s?.scanner
        ? html`<section>
            <h2>测试人员 · Test persons</h2>
            <label>情形 Situation
              <select @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}>
                ${TAGS.map((t) => html`<option ?selected=${t === this.tag}>${t}</option>`)}
              </select>
            </label>
            ${s?.idcard ? html`<button @click=${() => this.act('lift card', sim.lift)}>拿走卡片 Lift card</button>
              <button @click=${() => this.act('damaged read', sim.damage)}>下次读卡出错 Damage next read</button>
              <span>${s.idcard.presented ? `卡在读卡器上 card on reader: ${s.idcard.presented}` : '读卡器上没有卡 no card on reader'}</span>` : nothing}
            ${s?.sandbox ? nothing : html`<p>没有本机沙盒，只有内置卡片。No local sandbox: built-in cards only.</p>`}
            <table>
              <tr><th>姓名 Name</th><th>证件号 ID number</th><th>卡 Card</th><th>有效期至 Valid to</th><th></th></tr>
              ${shown.map(
                (p) => html`<tr>
                  <td>${p.name}</td><td>${p.certno}</td><td>${p.card}</td><td>${p.validTo}</td>
                  <td>
                    ${s?.idcard ? html`<button @click=${() => this.act(`present ${p.name}`, () => sim.present({ psnNo: p.psnNo }))}>放身份证 Present ID card</button>` : nothing}
                    ${s?.scanner ? html`<button @click=${() => this.act(`scan 医保码 of ${p.name}`, () => sim.scan({ ecqrOf: p.psnNo }))}>扫医保码 Scan QR</button>` : nothing}
                  </td>
                </tr>`,
              )}
            </table>
            ${s?.idcard
              ? html`<h2>内置卡片 · Built-in cards</h2>
                  ${this.demo.map((c) => html`<button @click=${() => this.act(`present ${c.name}`, () => sim.present({ demo: c.index }))}>${c.kind} ${c.name} ${c.validTo}</button>`)}`
              : nothing}
          </section>`
        : nothing}
      ${s?.scanner
        ? html`<section>
            <h2>扫码器 · Scanner</h2>
            <form @submit=${(e: Event) => {
              e.preventDefault();
              const input = (e.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
              void this.act(`scan ${input.value}`, () => sim.scan({ text: input.value }));
            }}>
              <label>任意内容 Any text <input name="code" size="40" value="RX202611230001" /></label>
              <button>扫描 Scan</button>
            </form>
          </section>`
        : nothing}
      ${s?.sandbox
        ? html`<section>
            <h2>手机支付 · Phone payment</h2>
            ${this.payments.length
              ? this.payments.map(
                  (p) => html`<button @click=${() => this.act(`pay ${p.orderId}`, () => sim.pay(p.orderId))}>
                    用手机支付 Pay ￥${(p.amountFen / 100).toFixed(2)} (${p.orderId})
                  </button>`,
                )
              : html`<p>没有待支付的订单 No payment waiting.</p>`}
          </section>`
        : nothing}
      ${s?.printer
        ? html`<section>
            <h2>打印机 · Printer</h2>
            <label><input type="checkbox" .checked=${s.printer.paperOut} @change=${(e: Event) => this.act('paper out', () => sim.printer({ paperOut: (e.target as HTMLInputElement).checked }))} /> 缺纸 paper out</label>
            <label><input type="checkbox" .checked=${s.printer.paperNearEnd} @change=${(e: Event) => this.act('paper near end', () => sim.printer({ paperNearEnd: (e.target as HTMLInputElement).checked }))} /> 纸将尽 near end</label>
            <label><input type="checkbox" .checked=${s.printer.coverOpen} @change=${(e: Event) => this.act('cover open', () => sim.printer({ coverOpen: (e.target as HTMLInputElement).checked }))} /> 开盖 cover open</label>
            <h2>最近的凭条 · Last receipts</h2>
            ${this.receipts.length ? this.receipts.map((r) => this.renderReceipt(r)) : html`<p>还没有打印 Nothing printed yet.</p>`}
          </section>`
        : nothing}
    `;
  }
}

customElements.define('sim-page', SimPage);
