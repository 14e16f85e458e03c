import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import net from 'node:net';
import express from 'express';
import type { Kafka } from 'kafkajs';
import { producedEvents } from '@client-portal/events';
import type { Logger, Principal } from '@client-portal/kit';
import { LiveHub, streamOwnerOf } from './live.hub.js';

/**
 * Hardening (issue 14): the live stream is capped per user and per replica, and a reader that stops
 * reading is dropped before the gateway queues more than LIVE_MAX_BUFFERED_BYTES for it. Real HTTP
 * on a real socket: the slow readers are TCP connections that stop reading, the fast one reads all.
 */

const [messagePosted] = producedEvents.messaging;
const TENANT = 't-live';
const kafka = { consumer: () => ({}) } as unknown as Kafka;
const warnings: unknown[] = [];
const logger = { warn: (details: unknown) => warnings.push(details) } as unknown as Logger;

const staff = (userId: string): Principal => ({
  userId,
  tenantId: TENANT,
  kind: 'staff',
  staffRole: 'member',
  workspaceIds: [],
});

/** A Kafka message of a live type, as the hub's consumer hands it over: ~8 KB of message body. */
function messageEvent(index: number): Buffer {
  return Buffer.from(
    JSON.stringify({
      id: randomUUID(),
      type: 'messaging.message.posted',
      version: 1,
      tenantId: TENANT,
      occurredAt: new Date().toISOString(),
      producer: 'messaging',
      subject: `m-${index}`,
      correlationId: 'c',
      data: { ...messagePosted.example, messageId: randomUUID(), body: `${index} ${'x'.repeat(8_000)}` },
    }),
  );
}

/** The hub's Kafka entry point (what its consumer calls for each message). */
const deliver = (hub: LiveHub, value: Buffer): void => {
  (hub as unknown as { dispatch(value: Buffer): void }).dispatch(value);
};

async function listen(hub: LiveHub): Promise<{ port: number; server: Server; sockets: Set<net.Socket> }> {
  const app = express();
  app.get('/events', (request, response) => {
    const user = typeof request.query.user === 'string' ? request.query.user : 'anonymous';
    hub.attach(staff(user), response, Date.now() + 600_000);
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => {
      resolve(listening);
    });
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server, sockets };
}

/** A client that opens the stream, reads up to the first frame, then stops reading altogether. */
async function stalledReader(port: number, user: string): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(': connected')) {
        socket.pause();
        socket.removeAllListeners('data');
        resolve();
      }
    });
    socket.write(`GET /events?user=${user} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  });
  socket.on('error', () => undefined);
  return socket;
}

const open = (port: number, user: string, signal?: AbortSignal) =>
  fetch(`http://127.0.0.1:${port}/events?user=${user}`, signal ? { signal } : {});

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the live stream under load (hardening)', () => {
  it('drops readers that stop reading while a reader that reads gets every event, and queues little', async () => {
    const maxBufferedBytes = 64 * 1024;
    const hub = new LiveHub(kafka, { topicPrefix: '', groupId: 'g', logger, maxBufferedBytes });
    const { port, server, sockets } = await listen(hub);
    const stalled: net.Socket[] = [];
    const controller = new AbortController();
    try {
      for (let index = 0; index < 10; index++) stalled.push(await stalledReader(port, `slow-${index}`));
      const fast = await open(port, 'fast', controller.signal);
      let received = 0;
      const reading = (async () => {
        const decoder = new TextDecoder();
        for await (const chunk of fast.body ?? []) {
          received += (
            decoder.decode(chunk as Uint8Array, { stream: true }).match(/event: message\.posted/g) ?? []
          ).length;
        }
      })().catch(() => undefined);
      expect(hub.connections).toBe(11);

      // 2,000 events of ~8 KB: ~16 MB per stream, far beyond what the kernel's socket buffers absorb,
      // so without the limit each stalled reader would pile megabytes up in the gateway.
      const events = 2_000;
      let mostQueued = 0;
      for (let index = 0; index < events; index++) {
        deliver(hub, messageEvent(index));
        if (index % 2 === 1) {
          await tick();
          const queued = [...sockets].reduce((sum, socket) => sum + socket.writableLength, 0);
          mostQueued = Math.max(mostQueued, queued);
        }
      }
      const deadline = Date.now() + 60_000;
      while (received < events && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));

      expect({ received, dropped: hub.droppedStreams, warnings }).toMatchObject({ received: events });
      expect(hub.droppedStreams).toBe(10);
      expect(hub.connections).toBe(1);
      expect(warnings.length).toBe(10);
      // Never more than the limit (plus the frame that crossed it) per stream was waiting in the gateway.
      expect(mostQueued).toBeLessThanOrEqual(11 * (maxBufferedBytes + 8_192));
      controller.abort();
      await reading;
    } finally {
      for (const socket of stalled) socket.destroy();
      await hub.stop().catch(() => undefined);
      server.closeAllConnections();
      server.close();
    }
  }, 90_000);

  it('caps the streams of one person and of the replica, and frees a place when a stream closes', async () => {
    const hub = new LiveHub(kafka, {
      topicPrefix: '',
      groupId: 'g',
      logger,
      maxStreamsPerUser: 2,
      maxStreams: 3,
    });
    const { port, server } = await listen(hub);
    const controllers: AbortController[] = [];
    const stream = (user: string) => {
      const controller = new AbortController();
      controllers.push(controller);
      return open(port, user, controller.signal);
    };
    try {
      expect((await stream('ann')).status).toBe(200);
      expect((await stream('ann')).status).toBe(200);
      const third = await stream('ann');
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('30');
      expect(await third.json()).toMatchObject({ status: 429, reason: 'live.too_many_streams' });
      // Staff viewing the portal as a client count as themselves, not as the client.
      expect(streamOwnerOf({ ...staff('client-1'), kind: 'client', viewedBy: 'ann' })).toBe(
        streamOwnerOf(staff('ann')),
      );
      expect(hub.connections).toBe(2);

      expect((await stream('bob')).status).toBe(200);
      const full = await stream('cy');
      expect(full.status).toBe(503);
      expect(await full.json()).toMatchObject({ status: 503, reason: 'live.at_capacity' });
      expect(hub.connections).toBe(3);

      // Ann closes a tab: her place and the replica's come back.
      controllers[0]?.abort();
      const deadline = Date.now() + 10_000;
      while (hub.connections > 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(hub.connections).toBe(2);
      expect((await stream('cy')).status).toBe(200);
    } finally {
      for (const controller of controllers) controller.abort();
      await hub.stop().catch(() => undefined);
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);
});
