// The check in front of every operator route: a live bearer token from POST /api/operator/login.
import type { FastifyRequest } from 'fastify';
import { KioskError } from '../errors.ts';
import type { OperatorTokens } from './tokens.ts';

const UNAUTHORISED = new KioskError('OPERATOR_LOGIN_REQUIRED', 401, {
  zh: '需要操作员登录。',
  en: 'Operator login required.',
});

export const bearer = (req: FastifyRequest) => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];

/** An onRequest hook for a plugin whose routes all need an operator. */
export function requireOperator(tokens: OperatorTokens) {
  return async (req: FastifyRequest): Promise<void> => {
    const token = bearer(req);
    if (!token || !tokens.valid(token)) throw UNAUTHORISED;
  };
}
