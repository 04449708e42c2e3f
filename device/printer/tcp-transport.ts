// A network printer's raw port (tcp://host:9100) through node-thermal-printer's network interface:
// one connection per call, closed after it, with its socket timeout. We only hand it our own
// bytes (setBuffer/execute, raw): its text, QR and cut helpers are the traps devices.md lists.
// Its promise never settles if the printer closes without answering, hence our own deadline too.
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { NOT_ANSWERING, NOT_CONNECTED, TransportError, withDeadline, type PrinterTransport } from './transport.ts';

const ABSENT_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

function translate(err: unknown): TransportError {
  if (err instanceof TransportError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && ABSENT_CODES.has(code)) return new TransportError(NOT_CONNECTED, true, { cause: err });
  return new TransportError(NOT_ANSWERING, false, { cause: err });
}

export class TcpTransport implements PrinterTransport {
  private readonly printer: ThermalPrinter;

  constructor(
    uri: string,
    private readonly timeoutMs: number,
  ) {
    this.printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: uri, options: { timeout: timeoutMs } });
  }

  async query(command: Buffer): Promise<number> {
    this.printer.setBuffer(command);
    try {
      const answer: unknown = await withDeadline(this.printer.execute({ waitForResponse: true }), this.timeoutMs + 500);
      if (!Buffer.isBuffer(answer) || answer.length === 0) throw new TransportError(NOT_ANSWERING, false);
      return answer[0]!;
    } catch (err) {
      throw translate(err);
    } finally {
      this.printer.clear();
    }
  }

  async send(bytes: Buffer): Promise<void> {
    try {
      await withDeadline(this.printer.raw(bytes), this.timeoutMs + 500);
    } catch (err) {
      throw translate(err);
    }
  }

  async close(): Promise<void> {}
}
