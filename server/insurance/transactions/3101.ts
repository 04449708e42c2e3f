// 3101 明细审核事前事中分析服务 pre-check (事前提醒, seed 001 §9.1.3): rule warnings on a visit's
// uploaded fee details before it is settled. *(simplified: the national input carries the whole
// encounter; here the platform reads the visit it already holds; the output keeps the spec's
// rule fields)*
import { Type } from '@sinclair/typebox';
import type { Bilingual } from '../../errors.ts';
import { Node, OptStr, Rows, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const preCheck = transaction({
  infno: '3101',
  name: '明细审核事前事中分析服务',
  repeatable: true,
  input: Type.Object({ data: Node({ psn_no: Str(30), mdtrt_id: Str(30), med_type: Str(6), trig_scen: Str(3) }) }),
  output: Type.Object({
    result: Rows(Node({ rule_id: Str(30), rule_name: Str(200), vola_cont: Str(1000), sev_deg: Str(3), vola_cont_en: OptStr(1000) })),
  }),
});

/** trig_scen 1: outpatient pre-settlement. */
export const preCheckInput = (a: { psnNo: string; mdtrtId: string; medType: string }) => ({
  data: { psn_no: a.psnNo, mdtrt_id: a.mdtrtId, med_type: a.medType, trig_scen: '1' },
});

export interface PreCheckWarning {
  code: string;
  /** "1" a reminder, "2" a warning. */
  severity: string;
  message: Bilingual;
}

export const preCheckResult = (o: WireOutput<typeof preCheck>): PreCheckWarning[] =>
  o.result.map((r) => ({ code: r.rule_id, severity: r.sev_deg, message: { zh: r.vola_cont, en: r.vola_cont_en ?? r.rule_name } }));
