// One error shape for every route: {"error":{"code","message":{"zh","en"}}}. The patient's or
// operator's input gets a 4xx that says what to fix; our own faults get a calm 500 and a log line.
import type { FastifyError, FastifyInstance } from 'fastify';
import { KioskError } from '../errors.ts';
import { describeValidation } from './validation-message.ts';

/** What Fastify itself refuses before a route runs, in our codes and both languages. */
const FASTIFY_ERRORS: Record<string, { code: string; message: { zh: string; en: string } }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_JSON', message: { zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' } },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_JSON', message: { zh: '请求内容为空，应为 JSON。', en: 'The request body is empty; JSON was expected.' } },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', message: { zh: '请求内容太大。', en: 'The request body is too large.' } },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: { zh: '请求内容的类型不受支持，请用 application/json。', en: 'This content type is not supported; use application/json.' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', message: { zh: '请求内容的长度不正确。', en: 'The request body length is wrong.' } },
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof KioskError) {
      if (err.statusCode >= 500) req.log.warn({ code: err.code }, err.message);
      return reply.code(err.statusCode).headers(err.headers).send(err.toBody());
    }
    if (err.validation) {
      const parts = err.validation.map((v) => describeValidation(err.validationContext, v));
      // A union reports the same field once per member it failed: say it once.
      const zh = [...new Set(parts.map((p) => p.zh))].join('；');
      const en = [...new Set(parts.map((p) => p.en))].join('; ');
      return reply.code(400).send({
        error: { code: 'BAD_REQUEST', message: { zh: `请求内容不正确：${zh}。`, en: `The request is not valid: ${en}.` } },
      });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const known = FASTIFY_ERRORS[err.code];
      return reply.code(err.statusCode).send({
        error: known ?? { code: 'BAD_REQUEST', message: { zh: '请求无法处理，请检查后重试。', en: `The request cannot be handled: ${err.message}` } },
      });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({
      error: { code: 'INTERNAL', message: { zh: '系统暂时出了问题，请联系工作人员。', en: 'Something went wrong. Please ask a member of staff.' } },
    });
  });

  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({
      error: { code: 'NOT_FOUND', message: { zh: `没有这个地址：${req.method} ${req.url}`, en: `No such address: ${req.method} ${req.url}` } },
    }),
  );
}
