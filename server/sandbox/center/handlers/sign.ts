// 9001 sign-in and 9002 sign-out.
import { compactDateTime, wireDate, wireDateTime } from '../../../insurance/wire-time.ts';
import type { Handler } from '../context.ts';
import { refuse } from '../refusal.ts';

export const signIn: Handler = async ({ tx, env, now, input, cache, serials }) => {
  const serial = serials.next('sign');
  const signNo = `${compactDateTime(now)}${String(serial).padStart(6, '0')}`;
  await tx.run('INSERT INTO signins (sign_no, fixmedins_code, opter, sign_date, signed_at) VALUES (?, ?, ?, ?, ?)', [
    signNo,
    env.fixmedins_code,
    input.signIn.opter_no,
    wireDate(now),
    now.toISOString(),
  ]);
  cache.dropSignin(signNo);
  return { output: { signinoutb: { sign_time: wireDateTime(now), sign_no: signNo } } };
};

export const signOut: Handler = async ({ tx, env, now, input, cache }) => {
  const row = await tx.get<{ signed_out_at: string | null }>('SELECT signed_out_at FROM signins WHERE sign_no = ? AND fixmedins_code = ?', [
    input.signOut.sign_no,
    env.fixmedins_code,
  ]);
  if (!row) refuse(`签到编号[${input.signOut.sign_no}]不存在`);
  if (row!.signed_out_at) refuse(`签到编号[${input.signOut.sign_no}]已签退`);
  await tx.run('UPDATE signins SET signed_out_at = ? WHERE sign_no = ?', [now.toISOString(), input.signOut.sign_no]);
  cache.dropSignin(input.signOut.sign_no);
  return { output: { signoutoutb: { sign_time: wireDateTime(now) } } };
};
