// 3201 totals, 3202 details (with the 9101 upload of our rows and the 9102 download of the
// result), against this institution's committed settlements in the period.
import { fenToYuan, yuanToFen } from '../../../insurance/money.ts';
import { compactDateTime, wireDateTime } from '../../../insurance/wire-time.ts';
import { compareDetails, formatResultFile, parseDetailFile } from '../../../insurance/reconcile-file.ts';
import { fileBytes } from '../../../insurance/transactions/9101.ts';
import type { Call, Handler } from '../context.ts';
import { refuse } from '../refusal.ts';

const MED_TYPES_OF_CLEARING: Record<string, string[]> = {
  '11': ['11', '12', '13', '14', '15'],
  '21': ['21', '22', '23', '28'],
  '41': ['41'],
};

function period(d: { stmt_begndate: string; stmt_enddate: string }) {
  if (d.stmt_enddate < d.stmt_begndate) refuse('对账结束日期早于开始日期');
  return [d.stmt_begndate, d.stmt_enddate] as const;
}

async function settlementsIn(call: Call, begin: string, end: string, clrType: string, insutype?: string) {
  const medTypes = MED_TYPES_OF_CLEARING[clrType] ?? refuse(`清算类别[${clrType}]不正确`);
  return call.tx.all<{ setl_id: string; mdtrt_id: string; psn_no: string; medfee_fen: number; fund_fen: number; acct_fen: number; cash_fen: number }>(
    `SELECT setl_id, mdtrt_id, psn_no, medfee_fen, fund_fen, acct_fen, cash_fen FROM settlements
     WHERE fixmedins_code = ? AND state = 'settled' AND setl_date BETWEEN ? AND ? AND med_type IN (${medTypes.map(() => '?').join(',')})
     ${insutype ? 'AND insutype = ?' : ''} ORDER BY setl_id`,
    [call.env.fixmedins_code, begin, end, ...medTypes, ...(insutype ? [insutype] : [])],
  );
}

export const reconcileTotals: Handler = async (call) => {
  const d = call.input.data;
  const [begin, end] = period(d);
  const rows = await settlementsIn(call, begin, end, d.clr_type, d.insutype);
  const ours = {
    medfee: rows.reduce((s, r) => s + r.medfee_fen, 0),
    fund: rows.reduce((s, r) => s + r.fund_fen, 0),
    acct: rows.reduce((s, r) => s + r.acct_fen, 0),
    count: rows.length,
  };
  const theirs = { medfee: yuanToFen(d.medfee_sumamt), fund: yuanToFen(d.fund_pay_sumamt), acct: yuanToFen(d.acct_pay), count: Number(d.fixmedins_setl_cnt) };
  const diffs = [
    ours.medfee !== theirs.medfee ? `医疗费总额 中心${fenToYuan(ours.medfee)} 机构${fenToYuan(theirs.medfee)}` : '',
    ours.fund !== theirs.fund ? `基金支付 中心${fenToYuan(ours.fund)} 机构${fenToYuan(theirs.fund)}` : '',
    ours.acct !== theirs.acct ? `个人账户支付 中心${fenToYuan(ours.acct)} 机构${fenToYuan(theirs.acct)}` : '',
    ours.count !== theirs.count ? `结算笔数 中心${ours.count} 机构${theirs.count}` : '',
  ].filter(Boolean);
  return {
    output: { stmtinfo: { setl_optins: d.setl_optins, stmt_rslt: diffs.length ? '1' : '0', stmt_rslt_dscr: diffs.length ? `对账不平：${diffs.join('；')}` : '对账一致' } },
  };
};

async function storeFile(call: Call, filename: string, content: Buffer) {
  const fileQuryNo = `FQ${compactDateTime(call.now)}${String(call.serials.next('file')).padStart(8, '0')}`;
  await call.tx.run('INSERT INTO files (file_qury_no, filename, content, created_at) VALUES (?, ?, ?, ?)', [fileQuryNo, filename, content, call.now.toISOString()]);
  return { file_qury_no: fileQuryNo, filename, dld_endtime: wireDateTime(new Date(call.now.getTime() + 7 * 86_400_000)) };
}

export const uploadFile: Handler = async (call) => {
  const f = call.input.fsUploadIn;
  if (f.fixmedins_code !== call.env.fixmedins_code) refuse('文件所属机构与报文机构不符');
  return { output: await storeFile(call, f.filename, fileBytes(f.in)) };
};

export const downloadFile: Handler = async (call) => {
  const f = call.input.fsDownloadIn;
  const row = await call.tx.get<{ filename: string; content: Buffer }>('SELECT filename, content FROM files WHERE file_qury_no = ?', [f.file_qury_no]);
  if (!row) refuse(`文件查询号[${f.file_qury_no}]不存在`);
  return { output: { filename: row!.filename, file: Buffer.from(row!.content).toString('base64') } };
};

export const reconcileDetails: Handler = async (call) => {
  const d = call.input.data;
  const [begin, end] = period(d);
  const file = await call.tx.get<{ content: Buffer }>('SELECT content FROM files WHERE file_qury_no = ?', [d.file_qury_no]);
  if (!file) refuse(`文件查询号[${d.file_qury_no}]不存在，请先上传对账明细(9101)`);
  let ours;
  try {
    ours = parseDetailFile(Buffer.from(file!.content));
  } catch (err) {
    return refuse(`对账明细文件格式不正确：${(err as Error).message}`);
  }
  const platform = await settlementsIn(call, begin, end, d.clr_type);
  const result = compareDetails(
    ours,
    platform.map((r) => ({ setlId: r.setl_id, mdtrtId: r.mdtrt_id, psnNo: r.psn_no, totalFen: r.medfee_fen, fundFen: r.fund_fen, accountFen: r.acct_fen })),
  );
  const name = `RESULT_${d.file_qury_no}.txt`;
  return { output: { fileinfo: await storeFile(call, name, formatResultFile(result)) } };
};
