// The /api/events WebSocket, shared by every subscriber and reconnecting by itself: a daemon
// restart must not strand the screen. Opened with the first subscriber, closed with the last.
import type { DeviceKind, DeviceState, DeviceStatus, Session, Split, ReceiptStatus, Via } from './api.ts';
import type { Bilingual } from './i18n/i18n.ts';

export type KioskEvent =
  | { type: 'hello'; version: string; devices: Partial<Record<DeviceKind, DeviceStatus>> }
  | { type: 'device.state'; device: DeviceKind; state: DeviceState; reason?: Bilingual }
  | { type: 'identify.started'; via: Via }
  | { type: 'identify.failed'; via: Via; reason: Bilingual }
  | ({ type: 'session.opened' } & Session)
  | { type: 'session.closed'; sessionId: string; reason: 'ended' | 'replaced' | 'idle' | 'shutdown' }
  | { type: 'scan.read'; kind: 'trace' | 'slip'; code: string }
  | { type: 'scan.rejected'; reason: Bilingual }
  | { type: 'settlement.paid'; settlementId: string }
  | { type: 'settlement.settled'; settlementId: string; setlId: string; split: Split; receipt: ReceiptStatus; invoiceUrl?: string }
  | { type: 'settlement.failed'; settlementId: string; reason: Bilingual; refunded: boolean }
  | { type: 'settlement.expired'; settlementId: string }
  | { type: 'pharmacy.code-added'; saleId: string; code: string; listCode: string }
  | { type: 'pharmacy.code-rejected'; saleId: string; code: string; errorCode: string; reason: Bilingual }
  | { type: 'catalogue.updated'; items: number; updatedAt: string }
  | { type: 'daemon.stopping' };

export type EventListener = (event: KioskEvent) => void;

const RETRY_MS = 2000;

class EventHub {
  private readonly listeners = new Set<EventListener>();
  private socket: WebSocket | undefined;
  private retry: number | undefined;

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  private open(): void {
    const url = new URL('/api/events', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onmessage = (msg) => {
      let event: KioskEvent;
      try {
        event = JSON.parse(String(msg.data)) as KioskEvent;
      } catch {
        return;
      }
      if (typeof event?.type !== 'string') return;
      for (const listener of [...this.listeners]) listener(event);
    };
    socket.onclose = () => {
      if (this.socket === socket && this.listeners.size > 0) this.retry = window.setTimeout(() => this.open(), RETRY_MS);
    };
  }

  private close(): void {
    window.clearTimeout(this.retry);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }
}

export const eventHub = new EventHub();
