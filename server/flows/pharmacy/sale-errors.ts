// What a pharmacy sale can refuse, in both languages; a trace code's refusal names the code.
import { KioskError } from '../../errors.ts';
import type { PriceItem } from '../../his/adapter.ts';
import type { SaleLine } from '../../store/pharmacy-sales.ts';

const err = (code: string, status: number, zh: string, en: string) => new KioskError(code, status, { zh, en });

export const SALE_NOT_FOUND = err('SALE_NOT_FOUND', 404, '没有这笔售药记录。', 'No such sale.');
export const SALE_CLOSED = err('SALE_CLOSED', 409, '这笔售药已经结束，不能再修改。', 'This sale is closed and cannot be changed.');
export const SALE_EMPTY = err('SALE_EMPTY', 409, '还没有扫描任何药品追溯码。', 'No drug trace code has been scanned yet.');
export const SALE_REPORTED = err('SALE_REPORTED', 409, '已有药品上报医保平台，这笔售药不能取消。', 'Drugs of this sale were already reported to the insurance platform; it cannot be cancelled.');
export const CODE_NOT_IN_SALE = err('TRACE_CODE_NOT_IN_SALE', 404, '这笔售药中没有这个追溯码。', 'That trace code is not part of this sale.');
export const CERTNO_INVALID = err('CERTNO_INVALID', 422, '代购人身份证号码不正确，请核对后重新输入。', "The buyer's ID number is not valid. Please check it and enter it again.");
export const TRACE_FORMAT = err('TRACE_CODE_FORMAT', 422, '药品追溯码应为 20 位数字，请重新扫描药盒上的追溯码。', 'A drug trace code has 20 digits. Scan the trace code on the package again.');

export const lineReported = (line: SaleLine) =>
  err(
    'LINE_REPORTED',
    409,
    `${line.item.name}已上报医保平台，不能再修改；如需加购，请另开一笔。`,
    `${line.item.name} has already been reported to the insurance platform and cannot be changed; start a new sale to sell more.`,
  );

export const unknownDrug = (code: string) =>
  err(
    'TRACE_CODE_UNKNOWN',
    422,
    `追溯码 ${code} 对应的药品（产品标识 ${code.slice(0, 7)}）不在本店医保药品目录中，不能按医保销售。`,
    `No drug in this pharmacy's insurance price list has the product id ${code.slice(0, 7)} of trace code ${code}; it cannot be sold under insurance.`,
  );

export const mismatch = (code: string, drug: PriceItem, listCode: string) =>
  err(
    'TRACE_CODE_MISMATCH',
    422,
    `追溯码 ${code} 属于“${drug.name}”，不是所选药品，请核对药盒。`,
    `Trace code ${code} belongs to "${drug.name}", not to the drug chosen (${listCode}). Check the package.`,
  );

/** A code already in a sale: sold when that sale (or its line) went out, else scanned. */
export const taken = (code: string, sold: boolean) =>
  sold
    ? err('TRACE_CODE_SOLD', 409, `追溯码 ${code} 的药品已经售出过，不能重复销售。`, `The package with trace code ${code} has already been sold and cannot be sold again.`)
    : err('TRACE_CODE_SCANNED', 409, `追溯码 ${code} 已经扫描过了。`, `Trace code ${code} has already been scanned.`);

export const SETTLEMENT_NOT_FOUND = err('SETTLEMENT_NOT_FOUND', 422, '没有找到这位参保人已完成的这笔结算。', 'No completed settlement of this person has that id.');
