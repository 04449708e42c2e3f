// What the daemon's parts are given to work with. main.ts builds it; tests build their own.
import type { Logger } from 'pino';
import type { Config } from '../config/schema.ts';
import type { DeviceManager } from '../device/manager.ts';
import type { EventBus } from './events.ts';
import type { Lifecycle } from './lifecycle.ts';
import type { InfoPages } from './content/info-page.ts';
import type { DeviceReadings } from './flows/device-readings.ts';
import type { Dictionaries } from './flows/filing/dictionaries.ts';
import type { FilingService } from './flows/filing/service.ts';
import type { RecordsService } from './flows/records.ts';
import type { Complaints } from './flows/feedback/complaints.ts';
import type { PharmacySales } from './flows/pharmacy/sales.ts';
import type { PriceCatalogue } from './flows/prices/catalogue.ts';
import type { Identify } from './flows/identify.ts';
import type { SessionStore } from './flows/sessions.ts';
import type { SettlementService } from './flows/settlement/service.ts';
import type { HisAdapter } from './his/adapter.ts';
import type { OperatorTokens } from './operator/tokens.ts';
import type { Database } from './store/db.ts';

export interface PlatformStatus {
  reachable: boolean;
  signedIn: boolean;
}

export interface AppContext {
  his: HisAdapter;
  settlements: SettlementService;
  filings: FilingService;
  dictionaries: Dictionaries;
  records: RecordsService;
  operators: OperatorTokens;
  sessions: SessionStore;
  identify: Identify;
  readings: DeviceReadings;
  config: Config;
  version: string;
  log: Logger;
  db: Database;
  events: EventBus;
  devices: DeviceManager;
  lifecycle: Lifecycle;
  platform: () => PlatformStatus;
  prices: PriceCatalogue;
  infoPages: InfoPages;
  complaints: Complaints;
  pharmacy: PharmacySales;
}
