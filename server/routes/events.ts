// GET /api/events (WebSocket): device and session events for the touchscreen. A new client
// first gets a `hello` with the current device states, so it never waits for a change to render.
// A plain GET (no upgrade) gets a 426 that says so; having that handler keeps the route in /docs.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KioskError } from '../errors.ts';
import type { AppContext } from '../context.ts';

const UPGRADE_REQUIRED = new KioskError('WEBSOCKET_REQUIRED', 426, {
  zh: '此地址只接受 WebSocket 连接。',
  en: 'This address only accepts WebSocket connections.',
});

export const eventRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.route({
    method: 'GET',
    url: '/api/events',
    schema: {
      tags: ['terminal'],
      summary: 'Event stream (WebSocket)',
      description:
        'Upgrade to a WebSocket. Messages are JSON: first {"type":"hello","version","devices"}, then events such as ' +
        '{"type":"device.state","device":"idcard","state":"ready"} and {"type":"session.opened",…}. Only masked personal data is sent.',
      response: { 426: { $ref: 'Error#' } },
    },
    handler: async () => {
      throw UPGRADE_REQUIRED;
    },
    wsHandler: (socket) => {
      socket.send(JSON.stringify({ type: 'hello', version: ctx.version, devices: ctx.devices.snapshot() }));
      const unsubscribe = ctx.events.subscribe((event) => socket.send(JSON.stringify(event)));
      socket.on('close', unsubscribe);
      socket.on('error', unsubscribe);
    },
  });
};
