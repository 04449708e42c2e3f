// A pharmacy sale with drug trace codes (seed 003 §1–2, seed 004 第十二条): opened for an
// identified person, one package per scanned 20-digit code, each code checked against the price
// list's drug (its product id leads the code) and refused if it was ever sold here; then each drug
// is reported to the platform with 3505, which refuses a code it already has as sold.
//
// 3505 commits, so it is never simply sent again: its msgid is kept before it leaves, and a
// report whose answer was lost is reversed by that msgid (2601) before it is sent anew.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { idNumberValid } from '../../../device/idcard/id-number.ts';
import { KioskError } from '../../errors.ts';
import type { EventBus } from '../../events.ts';
import type { PriceItem } from '../../his/adapter.ts';
import { PlatformError, PlatformRefused } from '../../insurance/errors.ts';
import { QUANTITY_SCALE, fen } from '../../insurance/money.ts';
import type { InsurancePlatform } from '../../insurance/platform.ts';
import { wireDateTime } from '../../insurance/wire-time.ts';
import { maskCertno, maskName, maskPhone } from '../../policy/privacy.ts';
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
  type ProxyBuyer,
  type SaleLine,
  type SaleRecord,
} from '../../store/pharmacy-sales.ts';
import { getSettlement } from '../../store/settlements.ts';
import type { PriceCatalogue } from '../prices/catalogue.ts';
import type { Session } from '../sessions.ts';

export const PROXY_RELATIONS = ['spouse', 'parent', 'child', 'relative', 'other'] as const;
export type ProxyRelation = (typeof PROXY_RELATIONS)[number];

/** The buyer on someone's behalf as entered at the counter; only a masked copy is kept. */
export interface ProxyEntry {
  name: string;
  certno: string;
  relation: ProxyRelation;
  phone?: string;
}

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

const err = (code: string, status: number, zh: string, en: string) => new KioskError(code, status, { zh, en });

const SALE_NOT_FOUND = err('SALE_NOT_FOUND', 404, '没有这笔售药记录。', 'No such sale.');
const SALE_CLOSED = err('SALE_CLOSED', 409, '这笔售药已经结束，不能再修改。', 'This sale is closed and cannot be changed.');
const SALE_EMPTY = err('SALE_EMPTY', 409, '还没有扫描任何药品追溯码。', 'No drug trace code has been scanned yet.');
const SALE_REPORTED = err('SALE_REPORTED', 409, '已有药品上报医保平台，这笔售药不能取消。', 'Drugs of this sale were already reported to the insurance platform; it cannot be cancelled.');
const CODE_NOT_IN_SALE = err('TRACE_CODE_NOT_IN_SALE', 404, '这笔售药中没有这个追溯码。', 'That trace code is not part of this sale.');
const CERTNO_INVALID = err('CERTNO_INVALID', 422, '代购人身份证号码不正确，请核对后重新输入。', "The buyer's ID number is not valid. Please check it and enter it again.");
const TRACE_FORMAT = err('TRACE_CODE_FORMAT', 422, '药品追溯码应为 20 位数字，请重新扫描药盒上的追溯码。', 'A drug trace code has 20 digits. Scan the trace code on the package again.');

const lineReported = (line: SaleLine) =>
  err(
    'LINE_REPORTED',
    409,
    `${line.item.name}已上报医保平台，不能再修改；如需加购，请另开一笔。`,
    `${line.item.name} has already been reported to the insurance platform and cannot be changed; start a new sale to sell more.`,
  );

export class PharmacySales {
  /** Which patient session each sale was opened in; sessions live in memory, and so does this. */
  private readonly sessionOf = new Map<string, string>();

  constructor(private readonly deps: PharmacyDeps) {}

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
    let buyer: ProxyBuyer | null = null;
    if (proxy) {
      const certno = proxy.certno.trim().toUpperCase();
      if (!idNumberValid(certno)) throw CERTNO_INVALID;
      buyer = {
        maskedName: maskName(proxy.name),
        maskedCertno: maskCertno(certno),
        relation: proxy.relation,
        ...(proxy.phone ? { maskedPhone: maskPhone(proxy.phone) } : {}),
      };
    }
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
    if (!drug) {
      throw err(
        'TRACE_CODE_UNKNOWN',
        422,
        `追溯码 ${code} 对应的药品（产品标识 ${code.slice(0, 7)}）不在本店医保药品目录中，不能按医保销售。`,
        `No drug in this pharmacy's insurance price list has the product id ${code.slice(0, 7)} of trace code ${code}; it cannot be sold under insurance.`,
      );
    }
    if (listCode !== undefined && drug.listCode !== listCode) throw this.mismatch(code, drug, listCode);
    const holder = await codeHolder(this.deps.db, code);
    if (holder) throw this.taken(code, holder.saleState === 'completed' || holder.lineState === 'reported' || holder.lineState === 'unknown' || holder.lineState === 'sending');
    const line = sale.lines.find((l) => l.listCode === drug.listCode);
    if (line && line.state !== 'open' && line.state !== 'refused') throw lineReported(line);
    try {
      await this.deps.db.transaction(async (tx) => {
        await insertCode(tx, saleId, drug, code, this.now().toISOString());
        if (line?.state === 'refused') await setLineState(tx, saleId, drug.listCode, 'open', this.now().toISOString());
      });
    } catch (e) {
      // Another request took the same code in the meantime.
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT') throw this.taken(code, false);
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
      if (line.state === 'unknown' || line.state === 'sending') await this.reverseLost(sale, line);
      await this.report(sale, line, setlId);
    }
    sale = (await getSale(this.deps.db, saleId))!;
    if (sale.lines.every((l) => l.state === 'reported')) {
      await closeSale(this.deps.db, saleId, 'completed', this.now().toISOString());
      this.deps.log.info({ saleId, drugs: sale.lines.length }, 'drug sale reported');
      sale = (await getSale(this.deps.db, saleId))!;
    }
    return sale;
  }

  private async report(sale: SaleRecord, line: SaleLine, setlId: string | null): Promise<void> {
    const msgid = await this.deps.platform.client.nextMsgid();
    const at = this.now();
    await setLineState(this.deps.db, sale.id, line.listCode, 'sending', at.toISOString(), { msgid });
    try {
      await this.deps.platform.reportDrugSale(
        {
          listCode: line.item.listCode,
          hospitalItem: { id: line.item.hospitalCode, name: line.item.name },
          prescription: line.item.prescription ?? true,
          split: false,
          unitPriceFen: fen(line.item.unitPriceFen),
          quantity: line.traceCodes.length * QUANTITY_SCALE,
          soldAt: wireDateTime(at),
          operatorName: this.deps.operatorName,
          psnNo: sale.psnNo,
          ...(setlId ? { setlId } : {}),
          traceCodes: line.traceCodes,
        },
        { msgid, insuplcAdmdvs: sale.insuplc },
      );
      await setLineState(this.deps.db, sale.id, line.listCode, 'reported', this.now().toISOString());
    } catch (e) {
      if (e instanceof PlatformRefused) {
        await setLineState(this.deps.db, sale.id, line.listCode, 'refused', this.now().toISOString(), { refusal: e.bilingual });
        return;
      }
      if (e instanceof PlatformError) {
        await setLineState(this.deps.db, sale.id, line.listCode, e.outcomeKnown ? 'open' : 'unknown', this.now().toISOString());
        if (!e.outcomeKnown) await this.reverseLost(sale, { ...line, msgid, state: 'unknown' }).catch(() => undefined);
        throw new KioskError('PLATFORM_UNAVAILABLE', 503, e.bilingual);
      }
      throw e;
    }
  }

  /** Undoes a report whose answer was lost, so it can be sent again; refused means there was nothing to undo. */
  private async reverseLost(sale: SaleRecord, line: SaleLine): Promise<void> {
    try {
      if (line.msgid) await this.deps.platform.reverse({ psnNo: sale.psnNo, omsgid: line.msgid, oinfno: '3505' }, { insuplcAdmdvs: sale.insuplc });
    } catch (e) {
      if (!(e instanceof PlatformRefused)) {
        if (e instanceof PlatformError) throw new KioskError('PLATFORM_UNAVAILABLE', 503, e.bilingual);
        throw e;
      }
    }
    await setLineState(this.deps.db, sale.id, line.listCode, 'open', this.now().toISOString());
    this.deps.log.info({ saleId: sale.id, listCode: line.listCode }, 'drug sale report with a lost answer reversed; it will be sent again');
  }

  private async settlementOf(sale: SaleRecord, settlementId: string): Promise<string> {
    const s = await getSettlement(this.deps.db, settlementId);
    if (!s || s.state !== 'settled' || !s.setlId || s.psnNo !== sale.psnNo) {
      throw err('SETTLEMENT_NOT_FOUND', 422, '没有找到这位参保人已完成的这笔结算。', 'No completed settlement of this person has that id.');
    }
    return s.setlId;
  }

  private async openSaleOrThrow(id: string): Promise<SaleRecord> {
    const sale = await getSale(this.deps.db, id);
    if (!sale) throw SALE_NOT_FOUND;
    if (sale.state !== 'open') throw SALE_CLOSED;
    return sale;
  }

  private mismatch(code: string, drug: PriceItem, listCode: string): KioskError {
    return err(
      'TRACE_CODE_MISMATCH',
      422,
      `追溯码 ${code} 属于“${drug.name}”，不是所选药品，请核对药盒。`,
      `Trace code ${code} belongs to "${drug.name}", not to the drug chosen (${listCode}). Check the package.`,
    );
  }

  private taken(code: string, sold: boolean): KioskError {
    return sold
      ? err('TRACE_CODE_SOLD', 409, `追溯码 ${code} 的药品已经售出过，不能重复销售。`, `The package with trace code ${code} has already been sold and cannot be sold again.`)
      : err('TRACE_CODE_SCANNED', 409, `追溯码 ${code} 已经扫描过了。`, `Trace code ${code} has already been scanned.`);
  }
}
