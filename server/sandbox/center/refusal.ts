// A business refusal: answered as infcode -1 with err_msg, the way the platform says no. What the
// handler wrote is rolled back; `afterwards` is written in a transaction of its own even so (what
// the platform remembers of a refusal, like a reversal's bar on a msgid not yet seen).
import type { Queryable } from '../../store/db.ts';

export type Afterwards = (tx: Queryable) => Promise<unknown>;

export class Refusal extends Error {
  constructor(
    readonly errMsg: string,
    readonly afterwards?: Afterwards,
  ) {
    super(errMsg);
    this.name = 'Refusal';
  }
}

export const refuse = (errMsg: string, afterwards?: Afterwards): never => {
  throw new Refusal(errMsg, afterwards);
};
