#!/usr/bin/env node
// @ts-check
// `npm start`: on a fresh clone installs the npm dependencies, fetches/builds/starts the local
// infrastructure, and prints what runs where. `npm run stop` stops it all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, repo } from './bootstrap.mjs';
import { HOME, LOGS, dim, status, up } from './infra.mjs';

const ports = JSON.parse(readFileSync(path.join(repo, 'deploy/local/ports.json'), 'utf8'));

try {
  await ensureDependencies();
  await up();
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

process.stdout.write('\nClient Portal: local platform\n\n');
await status();
process.stdout.write(`
Keycloak admin console   http://127.0.0.1:${ports.keycloak}/admin   (admin / admin, realm "client-portal")
Mailpit API (sent mail)  http://127.0.0.1:${ports.mailpitHttp}/api/v1/messages
Logs                     npm run infra:logs -- [component] [-f]    ${dim(LOGS)}
Data and caches          ${dim(HOME)}
Stop everything          npm run stop
`);
