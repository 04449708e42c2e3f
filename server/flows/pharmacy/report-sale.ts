// Reporting one drug of a sale to the platform (3505). It commits, so it is never simply sent
// again: the msgid is kept with the line before the request leaves, and a report whose answer was
// lost is reversed by that msgid (2601) before it is sent anew. Nothing is sold twice.
import type { Logger } from 'pino';
import { KioskError } from '../../errors.ts';
import { PlatformError, PlatformRefused } from '../../insurance/errors.ts';
import { QUANTITY_SCALE, fen } from '../../insurance/money.ts';
import type { InsurancePlatform } from '../../insurance/platform.ts';
import { wireDateTime } from '../../insurance/wire-time.ts';
import type { Database } from '../../store/db.ts';
import { setLineState, type SaleLine, type SaleRecord } from '../../store/pharmacy-sales.ts';

export interface ReportDeps {
  db: Database;
  platform: Pick<InsurancePlatform, 'reportDrugSale' | 'reverse' | 'client'>;
  log: Pick<Logger, 'info'>;
  /** Who sells (sel_retn_opter_name). */
  operatorName: string;
  now: () => Date;
}

const unavailable = (e: PlatformError) => new KioskError('PLATFORM_UNAVAILABLE', 503, e.bilingual);

/** Sends the line; a refusal is kept on it for the clerk, no answer ends in a 503 with the line safe to send again. */
export async function reportLine(deps: ReportDeps, sale: SaleRecord, line: SaleLine, setlId: string | null): Promise<void> {
  const msgid = await deps.platform.client.nextMsgid();
  const at = deps.now();
  await setLineState(deps.db, sale.id, line.listCode, 'sending', at.toISOString(), { msgid });
  try {
    await deps.platform.reportDrugSale(
      {
        listCode: line.item.listCode,
        hospitalItem: { id: line.item.hospitalCode, name: line.item.name },
        prescription: line.item.prescription ?? true,
        split: false,
        unitPriceFen: fen(line.item.unitPriceFen),
        quantity: line.traceCodes.length * QUANTITY_SCALE,
        soldAt: wireDateTime(at),
        operatorName: deps.operatorName,
        psnNo: sale.psnNo,
        ...(setlId ? { setlId } : {}),
        traceCodes: line.traceCodes,
      },
      { msgid, insuplcAdmdvs: sale.insuplc },
    );
    await setLineState(deps.db, sale.id, line.listCode, 'reported', deps.now().toISOString());
  } catch (e) {
    if (e instanceof PlatformRefused) {
      await setLineState(deps.db, sale.id, line.listCode, 'refused', deps.now().toISOString(), { refusal: e.bilingual });
      return;
    }
    if (!(e instanceof PlatformError)) throw e;
    await setLineState(deps.db, sale.id, line.listCode, e.outcomeKnown ? 'open' : 'unknown', deps.now().toISOString());
    // Undone at once where the platform answers; otherwise before the next attempt.
    if (!e.outcomeKnown) await reverseLost(deps, sale, { ...line, msgid, state: 'unknown' }).catch(() => undefined);
    throw unavailable(e);
  }
}

/** Undoes a report whose answer was lost, so it can be sent again; a refusal means there was nothing to undo. */
export async function reverseLost(deps: ReportDeps, sale: SaleRecord, line: SaleLine): Promise<void> {
  try {
    if (line.msgid) await deps.platform.reverse({ psnNo: sale.psnNo, omsgid: line.msgid, oinfno: '3505' }, { insuplcAdmdvs: sale.insuplc });
  } catch (e) {
    if (e instanceof PlatformError && !(e instanceof PlatformRefused)) throw unavailable(e);
    if (!(e instanceof PlatformRefused)) throw e;
  }
  await setLineState(deps.db, sale.id, line.listCode, 'open', deps.now().toISOString());
  deps.log.info({ saleId: sale.id, listCode: line.listCode }, 'drug sale report with a lost answer reversed; it will be sent again');
}
