// 2206 pre-settlement, 2207 settlement, 2208 cancellation, 5203 query. The split is computed by
// the rule engine (policy.ts, split.ts); 2207 commits it: balance, accumulations, ledger.
import { fenToYuan, MoneyFormatError, yuanToFen } from '../../../insurance/money.ts';
import { wireDateTime, wireDate } from '../../../insurance/wire-time.ts';
import type { Call, Handler } from '../context.ts';
import { chronicDisease } from '../diseases.ts';
import { HOME_REGIONS } from '../institutions.ts';
import { gradeRefusal, poolingAllowed, poolOf, poolRule, type Pool } from '../policy.ts';
import { refuse } from '../refusal.ts';
import { computeSplit, type Split } from '../split.ts';
import { accumulationsWrite, activeFilings, type PersonRow } from '../state.ts';
import { credentialMatches, mayReceiveBenefits, person, platformId, visit, type VisitRow } from './common.ts';

/** Accumulation kinds, per pool: deductible used and fund paid this year. */
export const accumulationKinds = (pool: Pool) => ({ deductible: `DEDC_${pool.toUpperCase()}`, fund: `FUND_${pool.toUpperCase()}` });

const CLR_TYPE: Record<Pool, string> = { outpatient: '11', chronic: '11', inpatient: '21' };
const FUND_TYPE: Record<string, [string, string]> = {
  '310': ['310100', '职工基本医疗保险统筹基金'],
  '390': ['390100', '城乡居民基本医疗保险基金'],
};

interface Computed {
  p: PersonRow;
  v: VisitRow;
  pool: Pool;
  year: string;
  split: Split;
  lines: Array<{ feedetl_sn: string }>;
  tokenId?: string;
}

async function crossRegionUnfiled(call: Call, p: PersonRow): Promise<boolean> {
  // Pooling is city-wide: the first four digits of the region code.
  if (p.insuplc.slice(0, 4) === call.inst.region.slice(0, 4) || HOME_REGIONS.has(p.insuplc)) return false;
  return (await activeFilings(call.tx, p.psn_no, '2505', '08')).length === 0;
}

async function chronicCovered(call: Call, p: PersonRow, v: VisitRow): Promise<void> {
  const filed = await activeFilings(call.tx, p.psn_no, '2503');
  if (filed.length === 0) refuse('未办理门诊慢特病备案，不能按门诊慢特病结算');
  const today = wireDate(call.now);
  const filings = filed.filter((f) => f.begndate <= today && (!f.enddate || f.enddate >= today));
  if (filings.length === 0) refuse(`门诊慢特病备案不在有效期内（${filed.map((f) => `${f.begndate}至${f.enddate ?? '长期'}`).join('、')}），不能按门诊慢特病结算`);
  if (!v.dise_codg) refuse('门诊慢特病结算需先上传就诊信息(2203)中的诊断');
  const covered = filings.some((f) => chronicDisease(f.dise_code ?? '')?.icd.includes(v.dise_codg!));
  if (!covered) refuse(`诊断[${v.dise_codg}]与已备案的门诊慢特病病种不符`);
}

async function compute(call: Call): Promise<Computed> {
  const d = call.input.data;
  const refusal = gradeRefusal(call.inst, d.med_type);
  if (refusal) refuse(refusal);
  const pool = poolOf(d.med_type)!;
  const year = wireDate(call.now).slice(0, 4);
  const kinds = accumulationKinds(pool);
  const all = d.chrg_bchno === '0000';
  // Independent reads go out together; a refusal among them wins in the order checked below.
  const [p, v, token, lines, used] = await Promise.all([
    person(call, d.psn_no),
    visit(call, d.mdtrt_id, d.psn_no).catch((err: unknown) => err),
    credentialMatches(call, d.psn_no, d.mdtrt_cert_type, d.mdtrt_cert_no, d.card_sn, d.mdtrt_id).catch((err: unknown) => err),
    call.cache.openLines(call.tx, d.mdtrt_id).then((open) => (all ? open : open.filter((l) => l.chrg_bchno === d.chrg_bchno))),
    call.cache.accumulationsOf(call.tx, d.psn_no, year),
  ]);
  mayReceiveBenefits(p, d.insutype);
  if (v instanceof Error) throw v;
  if (token instanceof Error) throw token;
  // The kind of care is the visit's (2203): settling it as another would slip past the grade.
  const uploaded = (v as VisitRow).med_type;
  if (uploaded && uploaded !== d.med_type) refuse(`医疗类别[${d.med_type}]与就诊信息(2203)的医疗类别[${uploaded}]不符`);
  if (pool === 'chronic') await chronicCovered(call, p, v as VisitRow);
  if (lines.length === 0) {
    const settled = await call.tx.get("SELECT setl_id FROM settlements WHERE mdtrt_id = ? AND state = 'settled'", [d.mdtrt_id]);
    refuse(settled ? '该就诊的费用已结算，不能重复结算' : '没有待结算的费用明细，请先上传费用明细(2204)');
  }
  let declared: number;
  try {
    declared = yuanToFen(d.medfee_sumamt);
  } catch (err) {
    if (err instanceof MoneyFormatError) return refuse(`医疗费总额[${String(d.medfee_sumamt)}]格式不正确`);
    throw err;
  }
  const rule = poolingAllowed(call.inst, pool)
    ? poolRule(pool, call.inst, { insutype: p.insutype, retiree: p.psn_type === '21', crossRegionUnfiled: await crossRegionUnfiled(call, p) })
    : null;
  const split = computeSplit({
    lines: lines.map((l) => ({ amountFen: l.amount_fen, fullSelfPayFen: l.fulamt_fen, overLimitFen: l.overlmt_fen, preSelfPayFen: l.preselfpay_fen, inScopeFen: l.inscp_fen })),
    rule,
    deductibleUsedFen: used.get(kinds.deductible) ?? 0,
    fundPaidFen: used.get(kinds.fund) ?? 0,
    balanceFen: p.balance_fen,
    useAccount: d.acct_used_flag === '1',
  });
  if (split.totalFen !== declared) refuse(`医疗费总额[${fenToYuan(declared)}]与费用明细合计[${fenToYuan(split.totalFen)}]不符`);
  return { p, v: v as VisitRow, pool, year, split, lines, ...(token ? { tokenId: (token as { token: string }).token } : {}) };
}

function setlinfo(call: Call, c: Computed, setlId: string) {
  const d = call.input.data;
  const s = c.split;
  const zero = '0.00';
  return {
    mdtrt_id: d.mdtrt_id,
    setl_id: setlId,
    psn_no: c.p.psn_no,
    psn_name: c.p.name,
    psn_cert_type: c.p.cert_type,
    certno: c.p.certno,
    gend: c.p.gend,
    naty: c.p.naty,
    brdy: c.p.brdy,
    insutype: c.p.insutype,
    psn_type: c.p.psn_type,
    cvlserv_flag: c.p.cvlserv ? '1' : '0',
    setl_time: wireDateTime(call.now),
    mdtrt_cert_type: d.mdtrt_cert_type,
    med_type: d.med_type,
    medfee_sumamt: fenToYuan(s.totalFen),
    fulamt_ownpay_amt: fenToYuan(s.fullSelfPayFen),
    overlmt_selfpay: fenToYuan(s.overLimitFen),
    preselfpay_amt: fenToYuan(s.preSelfPayFen),
    inscp_scp_amt: fenToYuan(s.inScopeFen),
    act_pay_dedc: fenToYuan(s.deductibleFen),
    hifp_pay: fenToYuan(s.poolFundFen),
    pool_prop_selfpay: fenToYuan(s.poolSelfPayFen),
    cvlserv_pay: zero,
    hifes_pay: zero,
    hifmi_pay: zero,
    hifob_pay: zero,
    maf_pay: zero,
    oth_pay: zero,
    fund_pay_sumamt: fenToYuan(s.fundFen),
    psn_part_amt: fenToYuan(s.personalPartFen),
    acct_pay: fenToYuan(s.accountFen),
    psn_cash_pay: fenToYuan(s.cashFen),
    hosp_part_amt: zero,
    balc: fenToYuan(s.balanceAfterFen),
    acct_mulaid_pay: zero,
    medins_setl_id: call.env.msgid,
    clr_optins: c.p.insuplc,
    clr_way: '1',
    clr_type: call.inst.kind === 'pharmacy' ? '41' : CLR_TYPE[c.pool],
  };
}

export const preSettle: Handler = async (call) => {
  const c = await compute(call);
  return { output: { setlinfo: setlinfo(call, c, '') } };
};

export const settle: Handler = async (call) => {
  const d = call.input.data;
  const c = await compute(call);
  const s = c.split;
  const agreed: Array<[string, number]> = [
    ['fulamt_ownpay_amt', s.fullSelfPayFen],
    ['overlmt_selfpay', s.overLimitFen],
    ['preselfpay_amt', s.preSelfPayFen],
    ['inscp_scp_amt', s.inScopeFen],
  ];
  for (const [field, fen] of agreed) {
    if (yuanToFen(d[field]) !== fen) refuse(`结算参数${field}[${String(d[field])}]与预结算结果[${fenToYuan(fen)}]不一致，请重新预结算`);
  }
  const setlId = platformId(call.inst.region, call.now, call.serials.next('setl'));
  const info = setlinfo(call, c, setlId);
  const kinds = accumulationKinds(c.pool);
  const deltas = { [kinds.deductible]: s.deductibleFen, [kinds.fund]: s.fundFen };
  call.write(
    `INSERT INTO settlements (setl_id, mdtrt_id, psn_no, fixmedins_code, insutype, med_type, chrg_bchno, msgid, state, setlinfo, medfee_fen, fund_fen, acct_fen, cash_fen, deltas, settled_at, setl_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'settled', ?, ?, ?, ?, ?, ?, ?, ?)`,
    [setlId, d.mdtrt_id, c.p.psn_no, call.env.fixmedins_code, c.p.insutype, d.med_type, d.chrg_bchno, call.env.msgid, JSON.stringify(info), s.totalFen, s.fundFen, s.accountFen, s.cashFen, JSON.stringify({ year: c.year, ...deltas }), call.now.toISOString(), wireDate(call.now)],
  );
  const sns = c.lines.map((l) => l.feedetl_sn);
  call.write(`UPDATE fee_lines SET setl_id = ? WHERE mdtrt_id = ? AND feedetl_sn IN (${sns.map(() => '?').join(',')})`, [setlId, d.mdtrt_id, ...sns]);
  if (s.accountFen) call.write('UPDATE persons SET balance_fen = balance_fen - ? WHERE psn_no = ?', [s.accountFen, c.p.psn_no]);
  const accumulationWrite = accumulationsWrite(c.p.psn_no, c.year, deltas);
  if (accumulationWrite) call.write(...accumulationWrite);
  if (c.tokenId) call.write("UPDATE ec_tokens SET state = 'used' WHERE token = ?", [c.tokenId]);
  call.cache.settled(c.p.psn_no, c.year, d.mdtrt_id, sns, s.accountFen, deltas);
  const [fundType, fundName] = FUND_TYPE[c.p.insutype]!;
  const setldetail = s.fundFen > 0 ? [{ fund_pay_type: fundType, fund_payamt: fenToYuan(s.fundFen), fund_pay_type_name: fundName }] : [];
  return { output: { setlinfo: info, setldetail }, effect: { kind: 'settle', setlId } };
};

interface SettlementRow {
  setl_id: string;
  mdtrt_id: string;
  psn_no: string;
  fixmedins_code: string;
  state: 'settled' | 'cancelled' | 'reversed';
  acct_fen: number;
  deltas: string;
  setlinfo: string;
}

/** Undoes a committed settlement: the account part goes back, accumulations come down, its
 * fee lines may be settled again. Shared by 2208 (cancelled) and 2601 (reversed). */
export async function undoSettlement(call: Call, setlId: string, endState: 'cancelled' | 'reversed'): Promise<{ row: SettlementRow; cancelSetlId: string }> {
  const row = (await call.tx.get<SettlementRow>('SELECT * FROM settlements WHERE setl_id = ?', [setlId])) ?? refuse(`结算ID[${setlId}]不存在`);
  if (row.fixmedins_code !== call.env.fixmedins_code) refuse(`结算ID[${setlId}]不属于本机构，不能撤销其他机构的结算`);
  if (row.state !== 'settled') refuse(`结算ID[${setlId}]已${row.state === 'cancelled' ? '撤销' : '冲正'}`);
  const { year, ...deltas } = JSON.parse(row.deltas) as Record<string, number | string>;
  if (row.acct_fen) await call.tx.run('UPDATE persons SET balance_fen = balance_fen + ? WHERE psn_no = ?', [row.acct_fen, row.psn_no]);
  const accumulationWrite = accumulationsWrite(row.psn_no, String(year), Object.fromEntries(Object.entries(deltas).map(([kind, fen]) => [kind, -Number(fen)])));
  if (accumulationWrite) await call.tx.run(...accumulationWrite);
  call.cache.dropPerson(row.psn_no);
  call.cache.dropAccumulations(row.psn_no, String(year));
  call.cache.dropLines(row.mdtrt_id);
  const cancelSetlId = platformId(call.inst.region, call.now, call.serials.next('setl'));
  await call.tx.run('UPDATE settlements SET state = ?, ended_at = ?, ended_msgid = ?, cancel_setl_id = ? WHERE setl_id = ?', [
    endState,
    call.now.toISOString(),
    call.env.msgid,
    cancelSetlId,
    setlId,
  ]);
  await call.tx.run('UPDATE fee_lines SET setl_id = NULL WHERE setl_id = ?', [setlId]);
  return { row, cancelSetlId };
}

export const cancelSettlement: Handler = async (call) => {
  const d = call.input.data;
  const { row, cancelSetlId } = await undoSettlement(call, d.setl_id, 'cancelled');
  if (row.mdtrt_id !== d.mdtrt_id || row.psn_no !== d.psn_no) refuse(`结算ID[${d.setl_id}]与就诊ID或人员编号不符`);
  const balance = await call.tx.get<{ balance_fen: number }>('SELECT balance_fen FROM persons WHERE psn_no = ?', [row.psn_no]);
  return { output: { setlinfo: { setl_id: cancelSetlId, mdtrt_id: row.mdtrt_id, psn_no: row.psn_no, balc: fenToYuan(balance!.balance_fen) } } };
};

export const querySettlement: Handler = async (call) => {
  const d = call.input.data;
  const row = await call.tx.get<SettlementRow>(
    // The person's own settlement wherever it was made: the personal record (一人一档) reads them all.
    `SELECT * FROM settlements WHERE mdtrt_id = ? AND psn_no = ? ${d.setl_id ? 'AND setl_id = ?' : ''} ORDER BY settled_at DESC, setl_id DESC LIMIT 1`,
    d.setl_id ? [d.mdtrt_id, d.psn_no, d.setl_id] : [d.mdtrt_id, d.psn_no],
  );
  return { output: { setlinfo: row ? { ...JSON.parse(row.setlinfo), vali_flag: row.state === 'settled' ? '1' : '0' } : null } };
};
