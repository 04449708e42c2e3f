// One error shape for every route: {"error":{"code","message":{"zh","en"}}}. The patient's or
// operator's input gets a 4xx that says what to fix; our own faults get a calm 500 and a log line.
import type { FastifyError, FastifyInstance } from 'fastify';
import { KioskError } from '../errors.ts';
import { describeValidation } from './validation-message.ts';

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
      return reply.code(err.statusCode).send({
        error: { code: err.code ?? 'BAD_REQUEST', message: { zh: `请求无法处理：${err.message}`, en: `The request cannot be handled: ${err.message}` } },
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
