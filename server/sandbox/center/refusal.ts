// A business refusal: answered as infcode -1 with err_msg, the way the platform says no.
export class Refusal extends Error {
  constructor(readonly errMsg: string) {
    super(errMsg);
    this.name = 'Refusal';
  }
}

export const refuse = (errMsg: string): never => {
  throw new Refusal(errMsg);
};
