// Real-time status (DLE EOT n): one byte per query. n=4 (paper sensor): 0x0C paper near end, 0x60
// paper out; n=2 (offline cause): 0x04 cover open, 0x20 stopped by paper end. Epson sets bits 1 and
// 4 ("all ok" reads 0x12), but not every printer does, so only the meaning bits are read; bit 7 is
// clear in every status byte, so a byte with it set is not one.
import type { DriverStatus } from '../driver.ts';
import type { Reason } from '../state.ts';

export const DLE_EOT = { offline: Buffer.from([0x10, 0x04, 0x02]), paper: Buffer.from([0x10, 0x04, 0x04]) } as const;

export interface PrinterCondition {
  paperOut: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
}

export function isStatusByte(byte: number): boolean {
  return (byte & 0x80) === 0;
}

export function readCondition(paper: number, offline: number): PrinterCondition {
  return {
    paperOut: (paper & 0x60) !== 0 || (offline & 0x20) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
    coverOpen: (offline & 0x04) !== 0,
  };
}

const PAPER_OUT: Reason = { zh: '打印机缺纸，请联系工作人员加纸', en: 'The printer is out of paper; please ask staff to load paper' };
const COVER_OPEN: Reason = { zh: '打印机纸仓盖未关好，请联系工作人员', en: 'The printer cover is open; please ask staff to close it' };
const PAPER_LOW: Reason = { zh: '打印纸即将用完，请及时更换', en: 'Paper is running low; please replace the roll soon' };

/** Why nothing can be printed now, or undefined. */
export function blockingReason(condition: PrinterCondition): Reason | undefined {
  if (condition.coverOpen) return COVER_OPEN;
  if (condition.paperOut) return PAPER_OUT;
  return undefined;
}

export function conditionStatus(condition: PrinterCondition): DriverStatus {
  const blocking = blockingReason(condition);
  if (blocking) return { state: 'error', reason: blocking };
  return condition.paperNearEnd ? { state: 'ready', reason: PAPER_LOW } : { state: 'ready' };
}
