// Events pushed to the touchscreen over /api/events. Only masked personal data ever goes here:
// no name, ID number, QR payload or token.
import { EventEmitter } from 'node:events';
import type { DeviceKind } from '../config/schema.ts';
import type { DeviceState, Reason } from '../device/state.ts';
import type { Bilingual } from './errors.ts';
import type { PersonView } from './flows/person-view.ts';
import type { IdentifiedVia, SessionEnd } from './flows/sessions.ts';
import type { ReceiptResult } from './flows/settlement/receipts.ts';
import type { Service } from './policy/grade.ts';
import type { Split } from './store/settlements.ts';

export type KioskEvent =
  | { type: 'device.state'; device: DeviceKind; state: DeviceState; reason?: Reason }
  | { type: 'identify.started'; via: IdentifiedVia }
  | { type: 'identify.failed'; via: IdentifiedVia; reason: Bilingual }
  | { type: 'session.opened'; sessionId: string; via: IdentifiedVia; person: PersonView; services: Service[] }
  | { type: 'session.closed'; sessionId: string; reason: SessionEnd }
  /** A drug trace code or a HIS slip: not personal, for the pharmacy and bill flows. */
  | { type: 'scan.read'; kind: 'trace' | 'slip'; code: string }
  | { type: 'scan.rejected'; reason: Bilingual }
  | { type: 'settlement.paid'; settlementId: string }
  | {
      type: 'settlement.settled';
      settlementId: string;
      setlId: string;
      split: Split;
      receipt: ReceiptResult;
      invoiceUrl: string | null;
    }
  | { type: 'settlement.failed'; settlementId: string; reason: Bilingual; refunded: boolean }
  | { type: 'settlement.expired'; settlementId: string }
  | { type: 'catalogue.updated'; items: number; updatedAt: string }
  /** A scanned drug trace code added to, or refused by, the open pharmacy sale. */
  | { type: 'pharmacy.code-added'; saleId: string; code: string; listCode: string }
  | { type: 'pharmacy.code-rejected'; saleId: string; code: string; errorCode: string; reason: Bilingual }
  | { type: 'daemon.stopping' };

export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every open touchscreen tab is a listener; a kiosk has few, a test may have many.
    this.emitter.setMaxListeners(0);
  }

  publish(event: KioskEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: KioskEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
