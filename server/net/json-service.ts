// A small client for the JSON services behind adapters (the HIS, the payment provider): checked
// answers, and one error type that says whether the request can have had an effect.
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { Static, TSchema } from '@sinclair/typebox';
import { requestJson, TransportError } from './post-json.ts';

export class ServiceError extends Error {
  constructor(
    readonly service: string,
    /** HTTP status, or 0 when there was no answer. */
    readonly status: number,
    /** True when we know the request did nothing (never sent, or refused with a 4xx). */
    readonly outcomeKnown: boolean,
    message: string,
  ) {
    super(`${service}: ${message}`);
    this.name = 'ServiceError';
  }
}

export class JsonService {
  private readonly checks = new Map<TSchema, ReturnType<typeof TypeCompiler.Compile>>();

  constructor(
    readonly name: string,
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  /** The answer checked against `schema`; `notFound` is returned for a 404 instead of throwing. */
  async call<S extends TSchema, N = never>(method: string, path: string, schema: S, body?: unknown, notFound?: N): Promise<Static<S> | N> {
    let answer: { status: number; text: string };
    try {
      answer = await requestJson(method, new URL(this.baseUrl.replace(/\/$/, '') + path), body === undefined ? undefined : JSON.stringify(body), {}, this.timeoutMs);
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      throw new ServiceError(this.name, 0, err.failure.kind === 'unreachable', err.message);
    }
    if (answer.status === 404 && notFound !== undefined) return notFound;
    if (answer.status >= 400) throw new ServiceError(this.name, answer.status, answer.status < 500, `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`);
    let value: unknown;
    try {
      value = JSON.parse(answer.text);
    } catch {
      throw new ServiceError(this.name, answer.status, false, 'answer is not JSON');
    }
    let check = this.checks.get(schema);
    if (!check) this.checks.set(schema, (check = TypeCompiler.Compile(schema)));
    if (!check.Check(value)) throw new ServiceError(this.name, answer.status, false, `answer does not match its schema at ${check.Errors(value).First()?.path ?? '/'}`);
    return value as Static<S>;
  }
}
