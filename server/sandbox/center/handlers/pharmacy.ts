// 3505 drug sale with trace codes: each 20-digit code must belong to the drug sold (its first
// seven digits are the product id) and may be sold once.
import { parseQuantity, parseScaled } from '../../../insurance/money.ts';
import { parseWireTime } from '../../../insurance/wire-time.ts';
import { catalogueItem } from '../catalogue.ts';
import type { Handler } from '../context.ts';
import { refuse } from '../refusal.ts';
import { person } from './common.ts';

export const reportDrugSale: Handler = async (call) => {
  const s = call.input.selinfo;
  const item = catalogueItem(s.med_list_codg) ?? refuse(`医保目录编码[${s.med_list_codg}]不存在`);
  if (item!.kind !== 'drug') refuse(`医保目录编码[${s.med_list_codg}]不是药品`);
  if (!parseWireTime(s.sel_retn_time)) refuse(`销售时间[${s.sel_retn_time}]无效`);
  if (s.psn_no) await person(call, s.psn_no);
  try {
    parseScaled(s.finl_trns_pric, 6);
    if (parseQuantity(s.sel_retn_cnt) <= 0) refuse('销售数量必须大于0');
  } catch {
    refuse('销售价格或数量格式不正确');
  }
  const codes: string[] = s.drugtracinfo.map((t: { drug_trac_codg: string }) => t.drug_trac_codg);
  const seen = new Set<string>();
  for (const code of codes) {
    if (!/^\d{20}$/.test(code)) refuse(`药品追溯码[${code}]应为20位数字`);
    if (code.slice(0, 7) !== item!.traceProductId) refuse(`药品追溯码[${code}]与药品[${item!.name}]不符`);
    if (seen.has(code)) refuse(`药品追溯码[${code}]在本次销售中重复`);
    seen.add(code);
    if (await call.tx.get('SELECT 1 FROM trace_codes WHERE code = ?', [code])) refuse(`药品追溯码[${code}]已销售，不能重复销售`);
  }
  for (const code of codes) {
    await call.tx.run('INSERT INTO trace_codes (code, med_list_codg, fixmedins_code, psn_no, setl_id, sold_at, msgid) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      code,
      item!.code,
      call.env.fixmedins_code,
      s.psn_no ?? null,
      s.setl_id ?? null,
      call.now.toISOString(),
      call.env.msgid,
    ]);
  }
  return { output: null, effect: { kind: 'sale', codes } };
};
