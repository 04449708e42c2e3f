// What the settlement flow works with.
import type { Logger } from 'pino';
import type { Config } from '../../../config/schema.ts';
import type { DeviceManager } from '../../../device/manager.ts';
import type { EventBus } from '../../events.ts';
import type { HisAdapter } from '../../his/adapter.ts';
import type { InsurancePlatform } from '../../insurance/platform.ts';
import type { PaymentAdapter } from '../../payment/adapter.ts';
import type { Database } from '../../store/db.ts';

export interface SettlementDeps {
  config: Config;
  db: Database;
  platform: InsurancePlatform;
  his: HisAdapter;
  payment: PaymentAdapter;
  devices: Pick<DeviceManager, 'print' | 'keep' | 'isKept'>;
  events: EventBus;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}
