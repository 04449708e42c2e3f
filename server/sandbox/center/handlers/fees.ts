// 2204 fee detail upload (classified against the catalogue) and 2205 withdrawal.
import { fenToYuan, formatPermille, formatQuantity, MoneyFormatError, parsePrice, parseQuantity, pricedAmount, QUANTITY_SCALE, yuanToFen } from '../../../insurance/money.ts';
import { parseWireTime } from '../../../insurance/wire-time.ts';
import { catalogueItem, LIST_CLASS_CODE } from '../catalogue.ts';
import { classifyLine } from '../classify.ts';
import type { Handler } from '../context.ts';
import { refuse } from '../refusal.ts';
import { visit } from './common.ts';

function number<T>(sn: string, field: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof MoneyFormatError) return refuse(`费用明细[${sn}]的${field}格式不正确：${JSON.stringify(err.value)}`);
    throw err;
  }
}

export const uploadFees: Handler = async (call) => {
  const lines: Array<Record<string, string>> = call.input.feedetail;
  const first = lines[0]!;
  await visit(call, first.mdtrt_id!, first.psn_no!);
  const seen = new Set<string>();
  const result = [];
  for (const l of lines) {
    const sn = l.feedetl_sn!;
    if (l.mdtrt_id !== first.mdtrt_id || l.psn_no !== first.psn_no) refuse(`费用明细[${sn}]的就诊ID或人员编号与同批明细不一致`);
    if (seen.has(sn)) refuse(`费用明细流水号[${sn}]在本次上传中重复`);
    seen.add(sn);
    if (!parseWireTime(l.fee_ocur_time!)) refuse(`费用明细[${sn}]的费用发生时间[${l.fee_ocur_time}]无效`);
    const item = catalogueItem(l.med_list_codg!) ?? refuse(`医保目录编码[${l.med_list_codg}]不存在`);
    const price = number(sn, '单价(pric)', () => parsePrice(l.pric));
    const quantity = number(sn, '数量(cnt)', () => parseQuantity(l.cnt));
    const amountFen = number(sn, '明细金额', () => yuanToFen(l.det_item_fee_sumamt));
    if (price <= 0n || quantity <= 0) refuse(`费用明细[${sn}]的单价和数量必须大于0`);
    if (pricedAmount(price, quantity) !== amountFen) refuse(`费用明细[${sn}]的明细金额${fenToYuan(amountFen)}与单价×数量不符`);
    // Kept to the fen for the records (5204/5205), which show prices as the platform rounds them.
    const unitPriceFen = pricedAmount(price, QUANTITY_SCALE);
    const existing = await call.tx.get<{ state: string }>('SELECT state FROM fee_lines WHERE mdtrt_id = ? AND feedetl_sn = ?', [l.mdtrt_id!, sn]);
    if (existing && existing.state !== 'cancelled') refuse(`费用明细流水号[${sn}]已上传，不能重复上传`);
    const c = classifyLine(item, price, quantity);
    await call.tx.run(
      `INSERT OR REPLACE INTO fee_lines (mdtrt_id, feedetl_sn, chrg_bchno, med_list_codg, fee_ocur_time, pric_fen, cnt, amount_fen, fulamt_fen, overlmt_fen, preselfpay_fen, inscp_fen, state, msgid, setl_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'uploaded', ?, NULL)`,
      [l.mdtrt_id!, sn, l.chrg_bchno!, item.code, l.fee_ocur_time!, unitPriceFen, quantity, c.amountFen, c.fullSelfPayFen, c.overLimitFen, c.preSelfPayFen, c.inScopeFen, call.env.msgid],
    );
    result.push({
      feedetl_sn: sn,
      det_item_fee_sumamt: fenToYuan(c.amountFen),
      cnt: formatQuantity(quantity),
      pric: l.pric!,
      pric_uplmt_amt: fenToYuan(item.priceFen),
      selfpay_prop: formatPermille(item.selfPayPermille),
      fulamt_ownpay_amt: fenToYuan(c.fullSelfPayFen),
      overlmt_amt: fenToYuan(c.overLimitFen),
      preselfpay_amt: fenToYuan(c.preSelfPayFen),
      inscp_scp_amt: fenToYuan(c.inScopeFen),
      chrgitm_lv: LIST_CLASS_CODE[item.listClass],
      med_chrgitm_type: item.category,
      med_list_name: item.name,
    });
  }
  call.cache.dropLines(first.mdtrt_id!);
  return { output: { result }, effect: { kind: 'fees', mdtrtId: first.mdtrt_id!, feedetlSns: [...seen] } };
};

export const cancelFees: Handler = async (call) => {
  const d = call.input.data;
  await visit(call, d.mdtrt_id, d.psn_no);
  const all = d.chrg_bchno === '0000';
  const { changes } = await call.tx.run(
    `UPDATE fee_lines SET state = 'cancelled' WHERE mdtrt_id = ? AND state = 'uploaded' AND setl_id IS NULL ${all ? '' : 'AND chrg_bchno = ?'}`,
    all ? [d.mdtrt_id] : [d.mdtrt_id, d.chrg_bchno],
  );
  call.cache.dropLines(d.mdtrt_id);
  if (changes === 0) refuse('没有可撤销的费用明细（已结算的明细需先撤销结算）');
  return { output: null };
};
