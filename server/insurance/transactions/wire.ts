// Field builders for the platform's wire schemas. Inputs are checked strictly on the fields the
// spec requires and tolerant of extra fields (provinces add their own); amounts may arrive as
// strings or JSON numbers and are always read exactly (money.ts).
import { Type, type TSchema } from '@sinclair/typebox';

/** A required text field of at most `max` characters. */
export const Str = (max: number, description?: string) => Type.String({ minLength: 1, maxLength: max, ...(description ? { description } : {}) });
export const OptStr = (max: number, description?: string) => Type.Optional(Type.String({ maxLength: max, ...(description ? { description } : {}) }));

const decimal = (whole: number, places: number) => `^-?\\d{1,${whole}}(\\.\\d{1,${places}})?$`;

/** Yuan with at most 2 decimals, "12.30". */
export const Amount = Type.Union([Type.String({ pattern: decimal(14, 2) }), Type.Number()], { description: 'yuan, 2 decimals' });
/** A unit price with up to 6 decimals. */
export const Price = Type.Union([Type.String({ pattern: decimal(10, 6) }), Type.Number()], { description: 'yuan, up to 6 decimals' });
/** A quantity with up to 4 decimals. */
export const Count = Type.Union([Type.String({ pattern: decimal(12, 4) }), Type.Number()], { description: 'quantity, up to 4 decimals' });
/** A ratio such as "0.10". */
export const Ratio = Type.Union([Type.String({ pattern: '^[01](\\.\\d{1,4})?$' }), Type.Number()], { description: 'ratio 0 to 1' });

export const WireDateTime = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$', description: 'yyyy-MM-dd HH:mm:ss' });
export const WireDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'yyyy-MM-dd' });
export const Flag = Type.Union([Type.Literal('0'), Type.Literal('1')], { description: '"0" no, "1" yes' });
export const CertType = Type.Union([Type.Literal('01'), Type.Literal('02'), Type.Literal('03')], {
  description: 'mdtrt_cert_type: 01 e-voucher token, 02 ID number, 03 social security card',
});

/** An object node: the listed fields, other fields allowed. */
export const Node = <T extends Record<string, TSchema>>(fields: T) => Type.Object(fields, { additionalProperties: true });

/** Nodes the platform may send as one object or as a one-element list. */
export const Rows = <T extends TSchema>(row: T) => Type.Array(row);

/** An output that carries nothing we read. */
export const NoOutput = Type.Union([Type.Null(), Type.Object({}, { additionalProperties: true }), Type.String()]);
