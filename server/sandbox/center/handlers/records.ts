// 5205 chronic-disease medication records and 5206 accumulations: the person's own record.
import { fenToYuan, formatQuantity } from '../../../insurance/money.ts';
import { parseWireTime } from '../../../insurance/wire-time.ts';
import { catalogueItem } from '../catalogue.ts';
import { chronicDisease } from '../diseases.ts';
import type { Handler } from '../context.ts';
import { institution } from '../institutions.ts';
import { refuse } from '../refusal.ts';
import { person } from './common.ts';

export const queryChronicMedication: Handler = async (call) => {
  const d = call.input.data;
  await person(call, d.psn_no);
  const from = parseWireTime(d.begntime) ?? refuse(`开始时间[${d.begntime}]无效`);
  const to = parseWireTime(d.endtime) ?? refuse(`结束时间[${d.endtime}]无效`);
  const rows = await call.tx.all<{ fixmedins_code: string; settled_at: string; setl_time: string; med_list_codg: string; cnt: number; pric_fen: number; amount_fen: number; filing: string | null }>(
    `SELECT s.fixmedins_code, s.settled_at, json_extract(s.setlinfo, '$.setl_time') AS setl_time, f.med_list_codg, f.cnt, f.pric_fen, f.amount_fen,
            (SELECT dise_code FROM filings WHERE psn_no = s.psn_no AND infno = '2503' ORDER BY filed_at LIMIT 1) AS filing
     FROM settlements s JOIN fee_lines f ON f.setl_id = s.setl_id
     WHERE s.psn_no = ? AND s.state = 'settled' AND s.med_type IN ('14', '15') AND s.settled_at BETWEEN ? AND ?
     ORDER BY s.settled_at`,
    [d.psn_no, from!.toISOString(), to!.toISOString()],
  );
  return {
    output: {
      feedetail: rows
        .filter((r) => catalogueItem(r.med_list_codg)?.kind === 'drug')
        .map((r) => ({
          fixmedins_code: r.fixmedins_code,
          fixmedins_name: institution(r.fixmedins_code)?.name ?? r.fixmedins_code,
          setl_time: r.setl_time,
          opsp_dise_code: r.filing ?? '',
          opsp_dise_name: chronicDisease(r.filing ?? '')?.name ?? '',
          med_list_codg: r.med_list_codg,
          med_list_name: catalogueItem(r.med_list_codg)!.name,
          cnt: formatQuantity(r.cnt),
          pric: fenToYuan(r.pric_fen),
          det_item_fee_sumamt: fenToYuan(r.amount_fen),
        })),
    },
  };
};

export const queryAccumulations: Handler = async (call) => {
  const d = call.input.data;
  const p = await person(call, d.psn_no);
  const year = d.cum_ym.slice(0, 4);
  const rows = await call.tx.all<{ kind: string; amount_fen: number }>('SELECT kind, amount_fen FROM accumulations WHERE psn_no = ? AND year = ? ORDER BY kind', [d.psn_no, year]);
  return { output: { cuminfo: rows.map((r) => ({ insutype: p.insutype, year, cum_type_code: r.kind, cum: fenToYuan(r.amount_fen) })) } };
};
