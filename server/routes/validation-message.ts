// Turns a schema validation failure into a sentence in each language, naming the field.
import type { FastifySchemaValidationError } from 'fastify';
import type { Bilingual } from '../errors.ts';

export function describeValidation(context: string | undefined, v: FastifySchemaValidationError): Bilingual {
  const params = v.params as Record<string, unknown>;
  const base = [context, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.');
  const field = v.keyword === 'required' ? [base, String(params.missingProperty)].filter(Boolean).join('.') : base || '(body)';
  switch (v.keyword) {
    case 'required':
      return { zh: `缺少 ${field}`, en: `${field} is missing` };
    case 'additionalProperties':
      return { zh: `${field} 中不应有 ${String(params.additionalProperty)}`, en: `${field} must not contain ${String(params.additionalProperty)}` };
    case 'type':
      return { zh: `${field} 的类型应为 ${String(params.type)}`, en: `${field} must be of type ${String(params.type)}` };
    case 'pattern':
    case 'format':
      return { zh: `${field} 的格式不正确`, en: `${field} is not in the expected format` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { zh: `${field} 不能小于 ${String(params.limit)}`, en: `${field} must be at least ${String(params.limit)}` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { zh: `${field} 不能大于 ${String(params.limit)}`, en: `${field} must be at most ${String(params.limit)}` };
    case 'minLength':
    case 'minItems':
      return { zh: `${field} 太短`, en: `${field} is too short` };
    case 'maxLength':
    case 'maxItems':
      return { zh: `${field} 太长`, en: `${field} is too long` };
    case 'const':
    case 'enum':
    case 'anyOf':
      return { zh: `${field} 的取值不在允许范围内`, en: `${field} is not one of the allowed values` };
    default:
      return { zh: `${field} 不正确`, en: `${field} ${v.message ?? 'is not valid'}` };
  }
}
