// A platform transaction: its number, name, wire schemas and whether it may be sent again after
// an ambiguous failure (reads and computations that commit nothing).
import type { Static, TSchema } from '@sinclair/typebox';

export interface Transaction<I extends TSchema = TSchema, O extends TSchema = TSchema> {
  infno: string;
  /** The spec's Chinese name, for logs and messages. */
  name: string;
  repeatable: boolean;
  input: I;
  output: O;
}

export type WireInput<T extends Transaction> = Static<T['input']>;
export type WireOutput<T extends Transaction> = Static<T['output']>;

export function transaction<I extends TSchema, O extends TSchema>(t: Transaction<I, O>): Transaction<I, O> {
  return t;
}
