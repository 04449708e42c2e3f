// What the kiosk does with what its devices read: an ID card or a 医保码 identifies the patient,
// a trace code or slip goes to the screen (and a trace code to the pharmacy's open sale), anything
// else is explained. Readings carry personal data and credentials: they are passed on, never logged.
import type { DeviceManager } from '../../device/manager.ts';
import type { ScanClass } from '../../device/scanner/classify.ts';
import type { Logger } from 'pino';
import { KioskError } from '../errors.ts';
import type { EventBus } from '../events.ts';
import type { Lifecycle } from '../lifecycle.ts';
import { IDENTIFY_FAILED, type Identify } from './identify.ts';
import type { IdentifiedVia, Session } from './sessions.ts';

export class DeviceReadings {
  /** Where trace codes go besides the screen: the pharmacy's open sale, when the terminal sells drugs. */
  traceSink: ((code: string) => Promise<void>) | undefined;

  constructor(
    private readonly identify: Identify,
    private readonly events: EventBus,
    private readonly lifecycle: Lifecycle,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
  ) {}

  attach(devices: DeviceManager): void {
    // Failures reach the screen as identify.failed; nobody else waits for these promises.
    devices.on('card', (read) => void this.run('idcard', () => this.identify.byIdCard(read.identity)).catch(() => undefined));
    devices.on('card-rejected', (rejection) => {
      this.log.info({ code: rejection.code }, 'ID card refused');
      this.events.publish({ type: 'identify.failed', via: 'idcard', reason: rejection.reason });
    });
    devices.on('scan', (scan) => void this.onScan(scan).catch(() => undefined));
    devices.on('scan-rejected', (rejection) => this.events.publish({ type: 'scan.rejected', reason: rejection.reason }));
  }

  /** A scan from a device or from the touchscreen's wedge input; resolves with the session it opened, if any. */
  async onScan(scan: ScanClass): Promise<Session | undefined> {
    switch (scan.kind) {
      case 'ecqr':
        return this.run('ecqr', () => this.identify.byQr(scan.code));
      case 'trace':
        this.events.publish({ type: 'scan.read', kind: scan.kind, code: scan.code });
        await this.traceSink?.(scan.code);
        return undefined;
      case 'slip':
        this.events.publish({ type: 'scan.read', kind: scan.kind, code: scan.code });
        return undefined;
      case 'unknown':
        this.events.publish({ type: 'scan.rejected', reason: scan.message });
        return undefined;
    }
  }

  /** Identifies, telling the screen it started and how it ended; rethrows for HTTP callers. */
  async run(via: IdentifiedVia, work: () => Promise<Session>): Promise<Session> {
    this.events.publish({ type: 'identify.started', via });
    try {
      return await this.lifecycle.run(work);
    } catch (err) {
      const reason = err instanceof KioskError ? err.bilingual : IDENTIFY_FAILED;
      if (!(err instanceof KioskError)) this.log.warn({ err, via }, 'identification failed');
      this.events.publish({ type: 'identify.failed', via, reason });
      throw err;
    }
  }
}
