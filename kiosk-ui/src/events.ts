// The /api/events WebSocket, reconnecting by itself: a daemon restart must not strand the screen.
export type KioskEvent = { type: string } & Record<string, unknown>;

export function connectEvents(onEvent: (event: KioskEvent) => void): () => void {
  let socket: WebSocket | undefined;
  let retry: number | undefined;
  let closed = false;
  const open = () => {
    const url = new URL('/api/events', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url);
    socket.onmessage = (msg) => onEvent(JSON.parse(String(msg.data)) as KioskEvent);
    socket.onclose = () => {
      if (!closed) retry = window.setTimeout(open, 2000);
    };
  };
  open();
  return () => {
    closed = true;
    window.clearTimeout(retry);
    socket?.close();
  };
}
