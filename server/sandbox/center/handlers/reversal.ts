// 2601 reversal: undoes the effect of an earlier message of this institution, found by its
// msgid. Only messages the platform committed can be reversed; a msgid it never saw is refused
// with "原交易不存在", which tells the terminal there is nothing to undo — and the platform bars
// that msgid, so an original still on its way (slow, after the terminal gave up on it) is refused
// when it arrives instead of committing after its reversal.
import type { Call, Effect, Handler } from '../context.ts';
import { refuse } from '../refusal.ts';
import { undoSettlement } from './settlement.ts';
import { cancelVisit } from './visit.ts';

/** The err_msg prefix of a reversal whose original never took effect. */
export const NOTHING_TO_REVERSE = '原交易不存在或未成功';

async function undo(call: Call, effect: Effect): Promise<void> {
  switch (effect.kind) {
    case 'settle':
      await undoSettlement(call, effect.setlId, 'reversed');
      return;
    case 'register':
      await cancelVisit(call, effect.mdtrtId);
      return;
    case 'fees': {
      const sns = effect.feedetlSns;
      const settled = await call.tx.get(`SELECT 1 FROM fee_lines WHERE mdtrt_id = ? AND setl_id IS NOT NULL AND feedetl_sn IN (${sns.map(() => '?').join(',')})`, [effect.mdtrtId, ...sns]);
      if (settled) refuse('原交易的费用明细已结算，请先撤销结算');
      await call.tx.run(`UPDATE fee_lines SET state = 'cancelled' WHERE mdtrt_id = ? AND feedetl_sn IN (${sns.map(() => '?').join(',')})`, [effect.mdtrtId, ...sns]);
      call.cache.dropLines(effect.mdtrtId);
      return;
    }
    case 'filing':
      await call.tx.run("UPDATE filings SET state = 'revoked', ended_at = ? WHERE sn = ?", [call.now.toISOString(), effect.sn]);
      return;
    case 'sale':
      await call.tx.run(`DELETE FROM trace_codes WHERE code IN (${effect.codes.map(() => '?').join(',')})`, effect.codes);
      return;
  }
}

export const reverse: Handler = async (call) => {
  const d = call.input.data;
  const original = await call.tx.get<{ infno: string; ok: number; effect: string | null; reversed_by: string | null }>(
    'SELECT infno, ok, effect, reversed_by FROM messages WHERE msgid = ? AND fixmedins_code = ?',
    [d.omsgid, call.env.fixmedins_code],
  );
  const nothing = `${NOTHING_TO_REVERSE}：原报文ID[${d.omsgid}]，无需冲正`;
  if (!original) {
    refuse(nothing, (tx) =>
      tx.run('INSERT OR IGNORE INTO messages (msgid, fixmedins_code, infno, at, ok, effect, reversed_by) VALUES (?, ?, ?, ?, 0, NULL, ?)', [
        d.omsgid,
        call.env.fixmedins_code,
        d.oinfno,
        call.now.toISOString(),
        call.env.msgid,
      ]),
    );
  }
  if (!original!.ok) refuse(nothing);
  if (original!.infno !== d.oinfno) refuse(`原交易编号[${d.oinfno}]与原报文的交易编号[${original!.infno}]不符`);
  if (original!.reversed_by) refuse(`原报文ID[${d.omsgid}]已冲正`);
  if (!original!.effect) refuse(`交易[${d.oinfno}]不支持冲正`);
  const effect = JSON.parse(original!.effect!) as Effect;
  await undo(call, effect);
  await call.tx.run('UPDATE messages SET reversed_by = ? WHERE msgid = ?', [call.env.msgid, d.omsgid]);
  return { output: null };
};
