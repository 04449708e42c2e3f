// A pharmacy sale with drug trace codes (seed 003 §1–2, seed 004 第十二条): opened for an
// identified person, one package per scanned 20-digit code, each code checked against the price
// list's drug (its product id leads the code) and refused if it was ever sold here; then each drug
// is reported to the platform with 3505 (report-sale.ts), which refuses a code it already has as sold.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { KioskError } from '../../errors.ts';
import type { EventBus } from '../../events.ts';
import type { InsurancePlatform } from '../../insurance/platform.ts';
import type { Database } from '../../store/db.ts';
import {
  closeSale,
  codeHolder,
  deleteCode,
  getSale,
  insertCode,
  insertSale,
  linkSettlement,
  markSendingUnknown,
  openSaleIds,
  setLineState,
  type SaleRecord,
} from '../../store/pharmacy-sales.ts';
import { getSettlement } from '../../store/settlements.ts';
import type { PriceCatalogue } from '../prices/catalogue.ts';
import type { Session } from '../sessions.ts';
import { maskedBuyer, type ProxyEntry } from './proxy-buyer.ts';
import { reportLine, reverseLost, type ReportDeps } from './report-sale.ts';
import {
  CODE_NOT_IN_SALE,
  lineReported,
  mismatch,
  SALE_CLOSED,
  SALE_EMPTY,
  SALE_NOT_FOUND,
  SALE_REPORTED,
  SETTLEMENT_NOT_FOUND,
  taken,
  TRACE_FORMAT,
  unknownDrug,
} from './sale-errors.ts';

export interface PharmacyDeps {
  db: Database;
  prices: Pick<PriceCatalogue, 'drugForTraceCode'>;
  platform: Pick<InsurancePlatform, 'reportDrugSale' | 'reverse' | 'client'>;
  events: EventBus;
  log: Pick<Logger, 'info' | 'warn'>;
  /** Who sells (sel_retn_opter_name): the terminal's operator account name. */
  operatorName: string;
  clock?: () => Date;
}

export class PharmacySales {
  /** Which patient session each sale was opened in; sessions live in memory, and so does this. */
  private readonly sessionOf = new Map<string, string>();

  private readonly reporting: ReportDeps;

  constructor(private readonly deps: PharmacyDeps) {
    this.reporting = { ...deps, now: () => this.now() };
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  /**
   * After a restart no session is left: sales with nothing reported are cancelled (their codes
   * freed); reports cut short by the stop may have reached the platform, so they are reversed
   * before being sent again.
   */
  async start(): Promise<void> {
    const n = await markSendingUnknown(this.deps.db, this.now().toISOString());
    if (n > 0) this.deps.log.warn({ lines: n }, 'drug sale reports with no answer before the stop; they are reversed before being sent again');
    for (const id of await openSaleIds(this.deps.db)) await this.cancelIfUnreported(id);
  }

  /** The customer left: a sale of theirs with nothing reported is cancelled; one partly reported stays for the clerk. */
  async sessionEnded(sessionId: string): Promise<void> {
    for (const [saleId, owner] of this.sessionOf) {
      if (owner !== sessionId) continue;
      this.sessionOf.delete(saleId);
      await this.cancelIfUnreported(saleId);
    }
  }

  private async cancelIfUnreported(saleId: string): Promise<void> {
    const sale = await getSale(this.deps.db, saleId);
    if (sale?.state === 'open' && sale.lines.every((l) => l.state === 'open')) {
      await this.deps.db.transaction((tx) => closeSale(tx, saleId, 'cancelled', this.now().toISOString()));
    }
  }

  async open(session: Session, proxy?: ProxyEntry): Promise<SaleRecord> {
    const insurance = session.person.insurances[0];
    const buyer = proxy ? maskedBuyer(proxy) : null;
    const id = `PS${Date.now().toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`;
    await insertSale(this.deps.db, {
      id,
      psnNo: session.person.psnNo,
      insuplc: insurance?.insuplcAdmdvs ?? '',
      person: { maskedName: session.view.maskedName, maskedCertno: session.view.maskedCertno },
      proxy: buyer,
      createdAt: this.now().toISOString(),
    });
    this.sessionOf.set(id, session.id);
    return (await getSale(this.deps.db, id))!;
  }

  /** Sales still open, newest first: the clerk's way back to one left partly reported. */
  async openSales(): Promise<SaleRecord[]> {
    return Promise.all((await openSaleIds(this.deps.db)).map(async (id) => (await getSale(this.deps.db, id))!));
  }

  async get(id: string): Promise<SaleRecord> {
    return (await getSale(this.deps.db, id)) ?? Promise.reject(SALE_NOT_FOUND);
  }

  /**
   * A trace code from the terminal's scanner goes to the open sale of the customer being served
   * (a counter serves one at a time); with none, or several, it is left to the screen (scan.read).
   */
  async scanned(code: string): Promise<void> {
    const open = (await openSaleIds(this.deps.db)).filter((id) => this.sessionOf.has(id));
    if (open.length !== 1) return;
    const saleId = open[0]!;
    try {
      const sale = await this.addCode(saleId, code);
      const listCode = sale.lines.find((l) => l.traceCodes.includes(code.trim()))!.listCode;
      this.deps.events.publish({ type: 'pharmacy.code-added', saleId, code: code.trim(), listCode });
    } catch (e) {
      if (!(e instanceof KioskError)) throw e;
      this.deps.events.publish({ type: 'pharmacy.code-rejected', saleId, code: code.trim(), errorCode: e.code, reason: e.bilingual });
    }
  }

  async addCode(saleId: string, rawCode: string, listCode?: string): Promise<SaleRecord> {
    const code = rawCode.trim();
    const sale = await this.openSaleOrThrow(saleId);
    if (!/^\d{20}$/.test(code)) throw TRACE_FORMAT;
    const drug = this.deps.prices.drugForTraceCode(code);
    if (!drug) throw unknownDrug(code);
    if (listCode !== undefined && drug.listCode !== listCode) throw mismatch(code, drug, listCode);
    const holder = await codeHolder(this.deps.db, code);
    if (holder) throw taken(code, holder.saleState === 'completed' || holder.lineState === 'reported' || holder.lineState === 'unknown' || holder.lineState === 'sending');
    const line = sale.lines.find((l) => l.listCode === drug.listCode);
    if (line && line.state !== 'open' && line.state !== 'refused') throw lineReported(line);
    try {
      await this.deps.db.transaction(async (tx) => {
        await insertCode(tx, saleId, drug, code, this.now().toISOString());
        if (line?.state === 'refused') await setLineState(tx, saleId, drug.listCode, 'open', this.now().toISOString());
      });
    } catch (e) {
      // Another request took the same code in the meantime.
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT') throw taken(code, false);
      throw e;
    }
    return (await getSale(this.deps.db, saleId))!;
  }

  async removeCode(saleId: string, code: string): Promise<SaleRecord> {
    const sale = await this.openSaleOrThrow(saleId);
    const line = sale.lines.find((l) => l.traceCodes.includes(code));
    if (!line) throw CODE_NOT_IN_SALE;
    if (line.state !== 'open' && line.state !== 'refused') throw lineReported(line);
    await this.deps.db.transaction(async (tx) => {
      await deleteCode(tx, saleId, line.listCode, code);
      if (line.state === 'refused') await setLineState(tx, saleId, line.listCode, 'open', this.now().toISOString());
    });
    return (await getSale(this.deps.db, saleId))!;
  }

  async cancel(saleId: string): Promise<void> {
    const sale = await this.openSaleOrThrow(saleId);
    if (sale.lines.some((l) => l.state !== 'open' && l.state !== 'refused')) throw SALE_REPORTED;
    await this.deps.db.transaction((tx) => closeSale(tx, saleId, 'cancelled', this.now().toISOString()));
  }

  /**
   * Reports every drug not yet reported, one 3505 each. A refusal stays on its line for the clerk
   * to act on; a platform that cannot be reached ends the pass with a 503 and nothing lost.
   */
  async complete(saleId: string, settlementId?: string): Promise<SaleRecord> {
    let sale = await this.openSaleOrThrow(saleId);
    if (sale.lines.length === 0) throw SALE_EMPTY;
    const setlId = settlementId === undefined ? sale.setlId : await this.settlementOf(sale, settlementId);
    if (setlId && setlId !== sale.setlId) await linkSettlement(this.deps.db, saleId, setlId);
    for (const line of sale.lines) {
      if (line.state === 'reported') continue;
      if (line.state === 'unknown' || line.state === 'sending') await reverseLost(this.reporting, sale, line);
      await reportLine(this.reporting, sale, line, setlId);
    }
    sale = (await getSale(this.deps.db, saleId))!;
    if (sale.lines.every((l) => l.state === 'reported')) {
      await closeSale(this.deps.db, saleId, 'completed', this.now().toISOString());
      this.deps.log.info({ saleId, drugs: sale.lines.length }, 'drug sale reported');
      sale = (await getSale(this.deps.db, saleId))!;
    }
    return sale;
  }

  private async settlementOf(sale: SaleRecord, settlementId: string): Promise<string> {
    const s = await getSettlement(this.deps.db, settlementId);
    if (!s || s.state !== 'settled' || !s.setlId || s.psnNo !== sale.psnNo) {
      throw SETTLEMENT_NOT_FOUND;
    }
    return s.setlId;
  }

  private async openSaleOrThrow(id: string): Promise<SaleRecord> {
    const sale = await getSale(this.deps.db, id);
    if (!sale) throw SALE_NOT_FOUND;
    if (sale.state !== 'open') throw SALE_CLOSED;
    return sale;
  }
}
