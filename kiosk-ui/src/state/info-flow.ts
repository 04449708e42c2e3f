// Information pages (信息公开, seed 001 §8.2.3): the operator's pages, then one page to read.
import { errorMessage, type FlowContext } from './flow-context.ts';

export class InfoFlow {
  constructor(private readonly ctx: FlowContext) {}

  async open(): Promise<void> {
    this.ctx.go('info', { busy: true, info: {} });
    try {
      const { pages } = await this.ctx.api.infoPages();
      this.ctx.set({ busy: false, info: { pages } });
    } catch (err) {
      this.ctx.retryAction = () => this.open();
      this.ctx.fail({ message: errorMessage(err), action: 'retry' });
    }
  }

  async show(id: string): Promise<void> {
    const pages = this.ctx.s.info.pages;
    this.ctx.go('info-page', { busy: true, info: { pages } });
    try {
      const page = await this.ctx.api.infoPage(id);
      this.ctx.set({ busy: false, info: { pages, page } });
    } catch (err) {
      this.ctx.retryAction = () => this.show(id);
      this.ctx.fail({ message: errorMessage(err), action: 'retry' });
    }
  }

  back(): boolean {
    if (this.ctx.s.screen !== 'info-page') return false;
    const pages = this.ctx.s.info.pages;
    if (pages) this.ctx.go('info', { info: { pages } });
    else void this.open();
    return true;
  }
}
