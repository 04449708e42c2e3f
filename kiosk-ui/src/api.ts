// The daemon's HTTP API as the UI uses it. The UI imports nothing of the server: these types
// mirror the documented responses at /docs.
export type DeviceState = 'disabled' | 'absent' | 'connecting' | 'ready' | 'busy' | 'error';
export type DeviceKind = 'idcard' | 'scanner' | 'camera' | 'printer';

export interface DeviceStatus {
  state: DeviceState;
  reason?: { zh: string; en: string };
  since: string;
}

export interface Health {
  status: 'ok' | 'degraded' | 'starting' | 'stopping';
  version: string;
  profile: string;
  platform: { reachable: boolean; signedIn: boolean };
  devices: Record<DeviceKind, DeviceStatus>;
}

export async function getHealth(): Promise<Health> {
  const res = await fetch('/api/health');
  if (!res.ok) throw new Error(`health: HTTP ${res.status}`);
  return (await res.json()) as Health;
}
