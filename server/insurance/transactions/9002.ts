// 9002 签退 sign-out, at shutdown.
import { Type } from '@sinclair/typebox';
import { Node, NoOutput, Str } from './wire.ts';
import { transaction } from './transaction.ts';

export const signOut = transaction({
  infno: '9002',
  name: '签退',
  repeatable: true,
  input: Type.Object({ signOut: Node({ sign_no: Str(30), opter_no: Str(30) }) }),
  output: Type.Union([Type.Object({ signoutoutb: Type.Optional(Type.Unknown()) }), NoOutput]),
});

export const signOutInput = (signNo: string, opterNo: string) => ({ signOut: { sign_no: signNo, opter_no: opterNo } });
