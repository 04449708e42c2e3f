// The person's own record (一人一档): 5201 visits, 5204 fee lines of a visit, 5205 chronic-disease
// medication records and 5206 accumulations.
import { fenToYuan, formatQuantity } from '../../../insurance/money.ts';
import { parseWireTime } from '../../../insurance/wire-time.ts';
import { catalogueItem, LIST_CLASS_CODE } from '../catalogue.ts';
import { chronicDisease, diagnosis } from '../diseases.ts';
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

export const queryVisits: Handler = async (call) => {
  const d = call.input.data;
  await person(call, d.psn_no);
  if (!parseWireTime(d.begntime)) refuse(`开始时间[${d.begntime}]无效`);
  if (!parseWireTime(d.endtime)) refuse(`结束时间[${d.endtime}]无效`);
  const rows = await call.tx.all<{ mdtrt_id: string; fixmedins_code: string; med_type: string | null; begntime: string; dise_codg: string | null; state: string; setl_time: string | null }>(
    `SELECT v.mdtrt_id, v.fixmedins_code, v.med_type, v.begntime, v.dise_codg, v.state,
            (SELECT json_extract(s.setlinfo, '$.setl_time') FROM settlements s WHERE s.mdtrt_id = v.mdtrt_id AND s.state = 'settled') AS setl_time
     FROM visits v
     WHERE v.psn_no = ? AND v.begntime BETWEEN ? AND ? ${d.med_type ? 'AND v.med_type = ?' : ''} ${d.mdtrt_id ? 'AND v.mdtrt_id = ?' : ''}
     ORDER BY v.begntime DESC, v.mdtrt_id DESC`,
    [d.psn_no, d.begntime, d.endtime, ...(d.med_type ? [d.med_type] : []), ...(d.mdtrt_id ? [d.mdtrt_id] : [])],
  );
  return {
    output: {
      mdtrtinfo: rows.map((v) => ({
        mdtrt_id: v.mdtrt_id,
        psn_no: d.psn_no,
        fixmedins_code: v.fixmedins_code,
        fixmedins_name: institution(v.fixmedins_code)?.name ?? v.fixmedins_code,
        med_type: v.med_type,
        begntime: v.begntime,
        // An outpatient visit ends when it is settled.
        endtime: v.setl_time,
        dise_codg: v.dise_codg,
        dise_name: v.dise_codg ? (diagnosis(v.dise_codg)?.name ?? null) : null,
        vali_flag: v.state === 'cancelled' ? '0' : '1',
      })),
    },
  };
};

export const queryFeeLines: Handler = async (call) => {
  const d = call.input.data;
  await person(call, d.psn_no);
  const v = await call.tx.get<{ psn_no: string }>('SELECT psn_no FROM visits WHERE mdtrt_id = ?', [d.mdtrt_id]);
  if (!v) refuse(`就诊ID[${d.mdtrt_id}]不存在`);
  if (v!.psn_no !== d.psn_no) refuse(`就诊ID[${d.mdtrt_id}]与人员编号[${d.psn_no}]不符`);
  const rows = await call.tx.all<{ feedetl_sn: string; fee_ocur_time: string; med_list_codg: string; cnt: number; pric_fen: number; amount_fen: number; fulamt_fen: number; overlmt_fen: number; preselfpay_fen: number }>(
    `SELECT * FROM fee_lines WHERE mdtrt_id = ? AND state != 'cancelled' ${d.setl_id ? 'AND setl_id = ?' : ''} ORDER BY fee_ocur_time, feedetl_sn`,
    d.setl_id ? [d.mdtrt_id, d.setl_id] : [d.mdtrt_id],
  );
  return {
    output: {
      feedetail: rows.map((l) => {
        const item = catalogueItem(l.med_list_codg);
        return {
          feedetl_sn: l.feedetl_sn,
          fee_ocur_time: l.fee_ocur_time,
          med_list_codg: l.med_list_codg,
          med_list_name: item?.name ?? l.med_list_codg,
          cnt: formatQuantity(l.cnt),
          pric: fenToYuan(l.pric_fen),
          det_item_fee_sumamt: fenToYuan(l.amount_fen),
          chrgitm_lv: item ? LIST_CLASS_CODE[item.listClass] : '03',
          fulamt_ownpay_amt: fenToYuan(l.fulamt_fen),
          overlmt_amt: fenToYuan(l.overlmt_fen),
          preselfpay_amt: fenToYuan(l.preselfpay_fen),
        };
      }),
    },
  };
};
