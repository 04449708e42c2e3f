// What a sandbox transaction handler works with.
import type { RequestEnvelope } from '../../insurance/envelope.ts';
import type { Param, Queryable } from '../../store/db.ts';
import type { CenterCache } from './cache.ts';
import type { Institution } from './institutions.ts';
import type { PersonRow, Serials } from './state.ts';

export interface CenterOptions {
  seed: number;
  /** How long a minted 医保码 payload stays scannable. */
  qrTtlMs: number;
  /** How long an ecToken lasts. */
  tokenTtlMs: number;
  clock: () => Date;
}

/** What a committed transaction did, kept with its msgid so 2601 can undo it. */
export type Effect =
  | { kind: 'register'; mdtrtId: string }
  | { kind: 'fees'; mdtrtId: string; feedetlSns: string[] }
  | { kind: 'settle'; setlId: string }
  | { kind: 'filing'; sn: string }
  | { kind: 'sale'; codes: string[] };

export interface Call {
  tx: Queryable;
  env: RequestEnvelope;
  inst: Institution;
  /** The person the input's psn_no names, already looked up by the gateway. */
  subject?: PersonRow;
  now: Date;
  // The input, already checked against the transaction's wire schema.
  input: any;
  opts: CenterOptions;
  cache: CenterCache;
  serials: Serials;
  /** A write nothing later in the call reads: it goes out at once, together with the others and
   * the msgid's record, and the transaction commits only if all of them land. */
  write(sql: string, params: Param[]): void;
}

export interface Handled {
  output: unknown;
  effect?: Effect;
}

export type Handler = (call: Call) => Promise<Handled>;
