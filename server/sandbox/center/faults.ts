// Fault injection, per transaction (infno, an e-voucher transType, or "*" for all):
//   latency           answer normally after `ms`
//   timeout           do not process; never answer (or drop the connection after `ms`)
//   http500           do not process; answer HTTP 500
//   garbled           process and commit; answer with broken JSON
//   commit-then-drop  process and commit; drop the connection without an answer
// `rate` (0..1) is the chance each matching call is hit.
import { Type, type Static } from '@sinclair/typebox';

export const FAULT_KINDS = ['latency', 'timeout', 'http500', 'garbled', 'commit-then-drop'] as const;

export const FaultSchema = Type.Object(
  {
    infno: Type.String({ pattern: '^(\\d{4}|\\*|ec\\.query|cn\\.nhsa\\.ec\\.auth|cn\\.nhsa\\.auth\\.check)$', description: 'a transaction number, an e-voucher transType, or "*"' }),
    kind: Type.Union(FAULT_KINDS.map((k) => Type.Literal(k))),
    rate: Type.Number({ minimum: 0, maximum: 1, default: 1 }),
    ms: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000 })),
  },
  { additionalProperties: false },
);
export type Fault = Static<typeof FaultSchema>;

export class Faults {
  private readonly byInfno = new Map<string, Fault>();

  constructor(initial: readonly Fault[] = [], private readonly random: () => number = Math.random) {
    for (const f of initial) this.set(f);
  }

  set(fault: Fault): void {
    this.byInfno.set(fault.infno, fault);
  }

  clear(infno?: string): void {
    if (infno) this.byInfno.delete(infno);
    else this.byInfno.clear();
  }

  list(): Fault[] {
    return [...this.byInfno.values()];
  }

  /** The fault that hits this call, if any. */
  roll(infno: string): Fault | undefined {
    const fault = this.byInfno.get(infno) ?? this.byInfno.get('*');
    return fault && this.random() < fault.rate ? fault : undefined;
  }
}
