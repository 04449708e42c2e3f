// The detail-reconciliation files (3202 via 9101/9102): UTF-8 text, one settlement per line,
// tab-separated. *(the national layout is zipped fixed columns; this is the sandbox's plain
// variant, kept here so a province's layout is one change)*
//   upload:  setl_id  mdtrt_id  psn_no  medfee_sumamt  fund_pay_sumamt  acct_pay  refd_setl_flag
//   result:  setl_id  mdtrt_id  psn_no  stmt_rslt  memo
// stmt_rslt: 0 agrees · 1 amounts differ · 2 only the institution has it · 3 only the platform has it.
import { fenToYuan, yuanToFen } from './money.ts';

export interface DetailRow {
  setlId: string;
  mdtrtId: string;
  psnNo: string;
  totalFen: number;
  fundFen: number;
  accountFen: number;
}

export interface ResultRow {
  setlId: string;
  mdtrtId: string;
  psnNo: string;
  result: '0' | '1' | '2' | '3';
  memo: string;
}

export function formatDetailFile(rows: readonly DetailRow[]): Buffer {
  return Buffer.from(
    rows.map((r) => [r.setlId, r.mdtrtId, r.psnNo, fenToYuan(r.totalFen), fenToYuan(r.fundFen), fenToYuan(r.accountFen), '0'].join('\t')).join('\n'),
    'utf8',
  );
}

export function parseDetailFile(content: Buffer): DetailRow[] {
  const text = content.toString('utf8').trim();
  if (!text) return [];
  return text.split(/\r?\n/).map((line, i) => {
    const cols = line.split('\t');
    if (cols.length < 6) throw new Error(`line ${i + 1} has ${cols.length} columns, expected 7`);
    return { setlId: cols[0]!, mdtrtId: cols[1]!, psnNo: cols[2]!, totalFen: yuanToFen(cols[3]), fundFen: yuanToFen(cols[4]), accountFen: yuanToFen(cols[5]) };
  });
}

export function compareDetails(institution: readonly DetailRow[], platform: readonly DetailRow[]): ResultRow[] {
  const theirs = new Map(platform.map((r) => [r.setlId, r]));
  const out: ResultRow[] = [];
  for (const r of institution) {
    const p = theirs.get(r.setlId);
    theirs.delete(r.setlId);
    if (!p) out.push({ ...r, result: '2', memo: '中心无此结算' });
    else if (p.totalFen !== r.totalFen || p.fundFen !== r.fundFen || p.accountFen !== r.accountFen) {
      out.push({ ...r, result: '1', memo: `中心 ${fenToYuan(p.totalFen)}/${fenToYuan(p.fundFen)}/${fenToYuan(p.accountFen)}` });
    } else out.push({ ...r, result: '0', memo: '' });
  }
  for (const p of theirs.values()) out.push({ ...p, result: '3', memo: '机构无此结算' });
  return out;
}

export function formatResultFile(rows: readonly ResultRow[]): Buffer {
  return Buffer.from(rows.map((r) => [r.setlId, r.mdtrtId, r.psnNo, r.result, r.memo].join('\t')).join('\n'), 'utf8');
}

export function parseResultFile(content: Buffer): ResultRow[] {
  const text = content.toString('utf8').trim();
  if (!text) return [];
  return text.split(/\r?\n/).map((line) => {
    const [setlId = '', mdtrtId = '', psnNo = '', result = '0', memo = ''] = line.split('\t');
    return { setlId, mdtrtId, psnNo, result: result as ResultRow['result'], memo };
  });
}
