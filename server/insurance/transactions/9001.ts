// 9001 签到 sign-in: the terminal's daily sign-in; its sign_no goes into every later envelope.
import { Type } from '@sinclair/typebox';
import { Node, Str, WireDateTime } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const signIn = transaction({
  infno: '9001',
  name: '签到',
  repeatable: true,
  input: Type.Object({ signIn: Node({ opter_no: Str(30), mac: Str(20), ip: Str(40) }) }),
  output: Type.Object({ signinoutb: Node({ sign_time: WireDateTime, sign_no: Str(30) }) }),
});

export interface SignInArgs {
  opterNo: string;
  mac: string;
  ip: string;
}

export const signInInput = (a: SignInArgs) => ({ signIn: { opter_no: a.opterNo, mac: a.mac, ip: a.ip } });

export const signInResult = (o: WireOutput<typeof signIn>) => ({ signNo: o.signinoutb.sign_no, signTime: o.signinoutb.sign_time });
