// The one state model every device shares, with a reason a clerk understands.
export const DEVICE_STATES = ['disabled', 'absent', 'connecting', 'ready', 'busy', 'error'] as const;
export type DeviceState = (typeof DEVICE_STATES)[number];

export interface Reason {
  zh: string;
  en: string;
}

export interface DeviceStatus {
  state: DeviceState;
  reason?: Reason;
  /** When the device entered this state (ISO 8601). */
  since: string;
}
