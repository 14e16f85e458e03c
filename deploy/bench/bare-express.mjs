// @ts-check
// The benchmark's baseline: a bare Express app answering one JSON body, in its own process like the
// gateway. It serves the exact bytes the gateway answered (sent by the benchmark over IPC), so the ratio
// measures the platform's work, not a payload difference.
import express from 'express';

const app = express();
/** @type {unknown} */
let body = { status: 'ok' };
app.get('/json', (_request, response) => {
  response.json(body);
});
process.on('message', (message) => {
  body = message;
  process.send?.('body set');
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
