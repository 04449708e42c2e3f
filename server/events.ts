// Events pushed to the touchscreen over /api/events. Only masked personal data ever goes here.
import { EventEmitter } from 'node:events';
import type { DeviceKind } from '../config/schema.ts';
import type { DeviceState, Reason } from '../device/state.ts';

export type KioskEvent =
  | { type: 'device.state'; device: DeviceKind; state: DeviceState; reason?: Reason }
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
