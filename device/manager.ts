// Owns every configured device: opens it, watches it, and keeps one state per device. Drivers
// own bytes; the manager owns lifecycles; neither decides what the kiosk does with a reading.
import { EventEmitter } from 'node:events';
import { DEVICE_KINDS, type Config, type DeviceKind } from '../config/schema.ts';
import type { DeviceStatus } from './state.ts';

export interface DeviceStateChange {
  device: DeviceKind;
  status: DeviceStatus;
}

export class DeviceManager extends EventEmitter<{ state: [DeviceStateChange] }> {
  private readonly statuses = new Map<DeviceKind, DeviceStatus>();

  constructor(private readonly devices: Config['devices']) {
    super();
  }

  /** Opens every device named in config. */
  async open(): Promise<void> {
    for (const kind of DEVICE_KINDS) {
      if (this.devices[kind].driver === 'none') {
        this.set(kind, { state: 'disabled', reason: { zh: '本终端未配置此设备', en: 'Not configured on this terminal' } });
      }
    }
  }

  status(kind: DeviceKind): DeviceStatus {
    return this.statuses.get(kind) ?? { state: 'connecting', since: new Date().toISOString() };
  }

  snapshot(): Record<DeviceKind, DeviceStatus> {
    return Object.fromEntries(DEVICE_KINDS.map((k) => [k, this.status(k)])) as Record<DeviceKind, DeviceStatus>;
  }

  async close(): Promise<void> {
    this.removeAllListeners();
  }

  private set(device: DeviceKind, status: Omit<DeviceStatus, 'since'>): void {
    const full = { ...status, since: new Date().toISOString() };
    this.statuses.set(device, full);
    this.emit('state', { device, status: full });
  }
}
