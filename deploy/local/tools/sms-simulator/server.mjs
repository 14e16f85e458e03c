#!/usr/bin/env node
// @ts-check
// The local SMS server: answers the Twilio Messages API the Keycloak login-code extension speaks
// (POST /2010-04-01/Accounts/{sid}/Messages.json, form-encoded To/From/Body, basic authentication) and
// keeps what it receives, so tests and developers read the texts back as they read e-mails in Mailpit.
// Plain Node, no dependencies; messages live in memory (the newest 5,000).
//
//   node deploy/local/tools/sms-simulator/server.mjs --listen 127.0.0.1:18026
//
//   GET    /api/v1/info                  { messages: <count> }
//   GET    /api/v1/messages[?to=+336…]   { messages: [{ id, to, from, body, created }] } newest first
//   DELETE /api/v1/messages[?to=+336…]   forgets them (all, or one number's)
import { randomUUID } from 'node:crypto';
import http from 'node:http';

const MAX_MESSAGES = 5000;
const MAX_BODY_BYTES = 64 * 1024;

/** @typedef {{ id: string, to: string, from: string, body: string, created: string }} Message */

/** @returns {{ server: http.Server, messages: Message[] }} */
export function createSmsSimulator() {
  /** @type {Message[]} */
  const messages = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sms.local');
    const reply = (/** @type {number} */ status, /** @type {unknown} */ body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const send = url.pathname.match(/^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/);
    if (send && request.method === 'POST') {
      // Twilio refuses unauthenticated calls; so does the simulator, so a missing header is caught here.
      if (!/^Basic \S+$/.test(request.headers.authorization ?? ''))
        return reply(401, { code: 20003, message: 'Authenticate', status: 401 });
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      request.on('data', (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) request.destroy();
        else chunks.push(chunk);
      });
      request.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const to = form.get('To') ?? '';
        const body = form.get('Body') ?? '';
        if (!/^\+[1-9]\d{6,14}$/.test(to))
          return reply(400, {
            code: 21211,
            message: `The 'To' number ${to} is not a valid phone number.`,
            status: 400,
          });
        if (!body) return reply(400, { code: 21602, message: 'Message body is required.', status: 400 });
        const message = {
          id: `SM${randomUUID().replaceAll('-', '')}`,
          to,
          from: form.get('From') ?? '',
          body,
          created: new Date().toISOString(),
        };
        messages.unshift(message);
        messages.length = Math.min(messages.length, MAX_MESSAGES);
        reply(201, {
          sid: message.id,
          account_sid: decodeURIComponent(send[1] ?? ''),
          to: message.to,
          from: message.from,
          body: message.body,
          status: 'queued',
          date_created: new Date(message.created).toUTCString(),
        });
      });
      return;
    }
    if (url.pathname === '/api/v1/info' && request.method === 'GET')
      return reply(200, { name: 'client-portal sms simulator', messages: messages.length });
    if (url.pathname === '/api/v1/messages') {
      const to = url.searchParams.get('to');
      if (request.method === 'GET')
        return reply(200, { messages: to ? messages.filter((message) => message.to === to) : messages });
      if (request.method === 'DELETE') {
        const kept = to ? messages.filter((message) => message.to !== to) : [];
        const deleted = messages.length - kept.length;
        messages.splice(0, messages.length, ...kept);
        return reply(200, { deleted });
      }
    }
    reply(404, { message: 'not found' });
  });
  return { server, messages };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const flag = process.argv.indexOf('--listen');
  const [host = '127.0.0.1', port = '18026'] = (flag >= 0 ? (process.argv[flag + 1] ?? '') : '').split(':');
  const { server } = createSmsSimulator();
  server.listen(Number(port), host, () =>
    process.stdout.write(`sms simulator listening on ${host}:${port}\n`),
  );
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT']))
    process.on(signal, () => server.close(() => process.exit(0)));
}
