// The `escpos` printer driver. Before every job it reads the real-time status (paper, cover), and
// it watches the status between jobs so the terminal shows "out of paper" before a patient finds
// out. A printer that does not answer is a fault; one that answers with a problem is a condition
// the driver reports, and a job it refuses is returned unprinted for the caller to keep.
import { EventEmitter } from 'node:events';
import type { PrinterEscPosConfig } from '../config.ts';
import { DeviceFault, silentLogger, type DeviceDriver, type DeviceLogger, type DriverStatus } from '../driver.ts';
import type { Reason } from '../state.ts';
import { FileTransport } from './file-transport.ts';
import { blockingReason, conditionStatus, DLE_EOT, isStatusByte, readCondition, type PrinterCondition } from './status.ts';
import { TcpTransport } from './tcp-transport.ts';
import { NOT_ANSWERING, TransportError, type PrinterTransport } from './transport.ts';

export interface EscPosPrinterOptions {
  log?: DeviceLogger;
  /** Per query or job; a printer silent for this long is not answering. */
  timeoutMs?: number;
  /** How often the status is read between jobs. */
  watchIntervalMs?: number;
}

export type PrintOutcome = { printed: true } | { printed: false; reason: Reason };

const INCOMPLETE: Reason = {
  zh: '打印过程中打印机出现故障，凭条可能不完整，可稍后补打',
  en: 'The printer failed while printing; the receipt may be incomplete and can be reprinted later',
};
const GARBLED: Reason = { zh: '打印机状态应答无效', en: 'The printer answered its status query with garbage' };

function transportFor(printerInterface: string, timeoutMs: number): PrinterTransport {
  return printerInterface.startsWith('tcp://') ? new TcpTransport(printerInterface, timeoutMs) : new FileTransport(printerInterface, timeoutMs);
}

export class EscPosPrinterDriver extends EventEmitter<{ status: [DriverStatus]; fault: [DeviceFault] }> implements DeviceDriver {
  private readonly log: DeviceLogger;
  private readonly timeoutMs: number;
  private readonly watchIntervalMs: number;
  private transport: PrinterTransport | undefined;
  private watchTimer: NodeJS.Timeout | undefined;
  private running = false;
  /** Jobs and status reads one at a time: a printer has one status. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: Pick<PrinterEscPosConfig, 'interface'>,
    options: EscPosPrinterOptions = {},
  ) {
    super();
    this.log = options.log ?? silentLogger;
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.watchIntervalMs = options.watchIntervalMs ?? 15_000;
  }

  async open(): Promise<void> {
    this.transport = transportFor(this.config.interface, this.timeoutMs);
    let condition: PrinterCondition;
    try {
      condition = await this.readStatus();
    } catch (err) {
      await this.close();
      throw this.faultOf(err);
    }
    this.running = true;
    this.emit('status', conditionStatus(condition));
    this.watch();
  }

  async close(): Promise<void> {
    this.running = false;
    clearTimeout(this.watchTimer);
    this.watchTimer = undefined;
    const transport = this.transport;
    this.transport = undefined;
    await transport?.close();
  }

  /** Prints rendered bytes, unless the printer cannot; never rejects. */
  print(bytes: Buffer): Promise<PrintOutcome> {
    const job = this.queue.then(() => this.printNow(bytes));
    this.queue = job.catch(() => {});
    return job;
  }

  private async printNow(bytes: Buffer): Promise<PrintOutcome> {
    if (!this.running) return { printed: false, reason: NOT_ANSWERING };
    try {
      const before = await this.readStatus();
      const blocked = blockingReason(before);
      if (blocked) {
        this.emit('status', conditionStatus(before));
        return { printed: false, reason: blocked };
      }
      this.emit('status', { state: 'busy' });
      await this.transport!.send(bytes);
      const after = await this.readStatus();
      this.emit('status', conditionStatus(after));
      return blockingReason(after) ? { printed: false, reason: INCOMPLETE } : { printed: true };
    } catch (err) {
      const fault = this.faultOf(err);
      this.fail(fault);
      return { printed: false, reason: fault.reason };
    }
  }

  private watch(): void {
    if (!this.running) return;
    this.watchTimer = setTimeout(() => {
      this.queue = this.queue.then(async () => {
        if (!this.running) return;
        try {
          this.emit('status', conditionStatus(await this.readStatus()));
          this.watch();
        } catch (err) {
          this.fail(this.faultOf(err));
        }
      });
    }, this.watchIntervalMs);
  }

  private async readStatus(): Promise<PrinterCondition> {
    const transport = this.transport;
    if (!transport) throw new TransportError(NOT_ANSWERING, false);
    const paper = await transport.query(DLE_EOT.paper);
    const offline = await transport.query(DLE_EOT.offline);
    if (!isStatusByte(paper) || !isStatusByte(offline)) throw new DeviceFault(GARBLED);
    return readCondition(paper, offline);
  }

  private faultOf(err: unknown): DeviceFault {
    if (err instanceof DeviceFault) return err;
    if (err instanceof TransportError) return new DeviceFault(err.reason, err.absent ? 'absent' : 'error', { cause: err });
    return new DeviceFault(NOT_ANSWERING, 'error', { cause: err });
  }

  private fail(fault: DeviceFault): void {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.watchTimer);
    this.log.warn({ reason: fault.reason.en }, 'printer fault');
    this.emit('fault', fault);
  }
}
