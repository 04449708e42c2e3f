// JSON over HTTP with keep-alive connections: send a request, read the whole answer. node:http
// costs a quarter of the CPU of fetch per request, which matters at hundreds of settlements a
// second. Failures say whether the request can have reached the other side.
import http from 'node:http';
import https from 'node:https';
import { addUpstream } from './upstream-time.ts';

export type TransportFailure =
  /** The connection was never made: nothing was sent. */
  | { kind: 'unreachable'; code: string }
  /** No complete answer within the time allowed. */
  | { kind: 'timeout' }
  /** The connection broke after the request went out. */
  | { kind: 'dropped'; code: string };

export class TransportError extends Error {
  constructor(readonly failure: TransportFailure) {
    super(failure.kind === 'timeout' ? 'timed out' : `${failure.kind}: ${failure.code}`);
    this.name = 'TransportError';
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

export function postJson(url: URL, body: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; text: string }> {
  return requestJson('POST', url, body, headers, timeoutMs);
}

export function requestJson(
  method: string,
  url: URL,
  body: string | undefined,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  const secure = url.protocol === 'https:';
  const started = performance.now();
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    let connected = false;
    const req = (secure ? https : http).request(
      url,
      {
        method,
        agent: secure ? agents.https : agents.http,
        headers: body === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (err: NodeJS.ErrnoException) => fail(err));
      },
    );
    const fail = (err: NodeJS.ErrnoException | TransportError) => {
      clearTimeout(timer);
      if (err instanceof TransportError) return reject(err);
      const code = err.code ?? err.message;
      reject(new TransportError(!connected && UNREACHABLE.has(code) ? { kind: 'unreachable', code } : { kind: 'dropped', code }));
    };
    const timer = setTimeout(() => req.destroy(new TransportError({ kind: 'timeout' })), timeoutMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => (connected = true));
    });
    req.on('error', fail);
    req.end(body);
  }).finally(() => addUpstream(performance.now() - started));
}
