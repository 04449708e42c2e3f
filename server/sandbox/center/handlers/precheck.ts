// 3101 pre-check: the sandbox's rules over a visit's uploaded fee lines. Warnings inform; they
// do not stop a settlement.
import { fenToYuan } from '../../../insurance/money.ts';
import { catalogueItem } from '../catalogue.ts';
import type { Handler } from '../context.ts';
import { ageOn, visit } from './common.ts';

const MAX_PACKS = 6;

export const preCheck: Handler = async (call) => {
  const d = call.input.data;
  await visit(call, d.mdtrt_id, d.psn_no);
  const p = call.subject!;
  const lines = await call.cache.openLines(call.tx, d.mdtrt_id);
  const codes = await call.tx.all<{ feedetl_sn: string; med_list_codg: string; cnt: number }>(
    "SELECT feedetl_sn, med_list_codg, cnt FROM fee_lines WHERE mdtrt_id = ? AND state = 'uploaded' AND setl_id IS NULL",
    [d.mdtrt_id],
  );
  const result = [];
  const seen = new Set<string>();
  for (const l of codes) {
    const item = catalogueItem(l.med_list_codg)!;
    if (seen.has(l.med_list_codg)) {
      result.push({ rule_id: 'R001', rule_name: '重复收费', sev_deg: '2', vola_cont: `【${item.name}】在本次就诊中重复收费`, vola_cont_en: `${item.name} is charged twice in this visit` });
    }
    seen.add(l.med_list_codg);
    if (item.kind === 'drug' && l.cnt / 10_000 > MAX_PACKS) {
      result.push({ rule_id: 'R002', rule_name: '超量开药', sev_deg: '2', vola_cont: `【${item.name}】单次开药超过${MAX_PACKS}${item.unit}`, vola_cont_en: `${item.name}: more than ${MAX_PACKS} packs at once` });
    }
    if (item.name === '左氧氟沙星片' && ageOn(p.brdy, call.now) < 18) {
      result.push({ rule_id: 'R004', rule_name: '儿童慎用', sev_deg: '2', vola_cont: `【${item.name}】18岁以下患者慎用`, vola_cont_en: `${item.name} is not advised under 18` });
    }
  }
  for (const l of lines) {
    if (l.fulamt_fen >= 20_000) {
      const code = codes.find((c) => c.feedetl_sn === l.feedetl_sn)!.med_list_codg;
      const name = catalogueItem(code)!.name;
      result.push({
        rule_id: 'R003',
        rule_name: '自费项目提醒',
        sev_deg: '1',
        vola_cont: `【${name}】不在医保支付范围，${fenToYuan(l.fulamt_fen)}元需个人全额负担`,
        vola_cont_en: `${name} is not covered by insurance: you pay all ${fenToYuan(l.fulamt_fen)} yuan yourself`,
      });
    }
  }
  return { output: { result } };
};
