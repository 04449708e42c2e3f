// Listens on a daemon's /api/events and lets a test wait for the event it expects.
import WebSocket from 'ws';

export interface EventLog {
  events: Array<Record<string, any>>;
  /** Resolves with the first event (already seen or still to come) that matches. */
  next(match: (e: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  close(): void;
}

export async function listen(baseUrl: string): Promise<EventLog> {
  const ws = new WebSocket(new URL('/api/events', baseUrl.replace(/^http/, 'ws')));
  const events: Array<Record<string, any>> = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    events.push(JSON.parse(String(data)));
    for (const w of waiters) w();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let cursor = 0;
  return {
    events,
    next(match, timeoutMs = 8000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const i = events.findIndex((e, k) => k >= cursor && match(e));
          if (i < 0) return false;
          cursor = i + 1;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(events[i]!);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event in ${timeoutMs} ms; saw ${JSON.stringify(events.slice(cursor))}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => ws.close(),
  };
}
