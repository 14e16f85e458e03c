#!/usr/bin/env node
// @ts-check
// Proves that `npm start` works on a fresh machine: starts the whole platform from EMPTY data directories
// (a new CLIENT_PORTAL_HOME whose only content is a link to the existing build cache, dist/), then
//   - logs in through Keycloak as a newcomer's browser does (authorisation code + PKCE, the web app's
//     client, the login form) with a staff demo login and with a client-user demo login,
//   - lists the clients through the gateway and expects the seeded agency, and the client user's workspace,
//   - runs the seed a second time and expects nothing added (same counts),
//   - checks that starting left the git working tree as it found it,
// and stops that instance. It runs beside any other instance: every port is moved by
// CLIENT_PORTAL_PORT_OFFSET (1000 unless set), so the developer's or CI's own infrastructure is untouched.
//   node deploy/local/fresh-start.mjs            (.ci/run's "fresh start" step)
//   KEEP=1 node deploy/local/fresh-start.mjs     leave the instance running and its home in place
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const defaultHome = process.env.CLIENT_PORTAL_HOME ?? path.join(os.homedir(), '.cache', 'client-portal');
const home = mkdtempSync(path.join(os.tmpdir(), 'client-portal-fresh-'));
// Build caches may stay (Kafka and Keycloak from Maven Central, the Go-built FerretDB, Mailpit and
// stripe-mock): only the data directories must be new.
if (existsSync(path.join(defaultHome, 'dist')))
  symlinkSync(path.join(defaultHome, 'dist'), path.join(home, 'dist'));
const offset = process.env.CLIENT_PORTAL_PORT_OFFSET ?? '1000';
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, CLIENT_PORTAL_HOME: home, CLIENT_PORTAL_PORT_OFFSET: offset };
for (const variable of [
  'MONGO_URL',
  'KAFKA_BROKERS',
  'KEYCLOAK_URL',
  'SMTP_URL',
  'MAILPIT_URL',
  'SMS_URL',
  'STRIPE_API_URL',
  'S3_URL',
  'S3_PUBLIC_URL',
])
  delete env[variable]; // this instance runs its own components

/**
 * Runs one of the scripts against this instance; its progress goes to the console as it happens, or,
 * with `capture`, is collected (and then shown) so the caller can read it. Asynchronous on purpose: a
 * blocked event loop would leave fetch's idle keep-alive sockets to the gateway open past the server's
 * time-out, and the next request would fail on a closed socket.
 * @param {string} script @param {string[]} args @param {boolean} capture
 * @returns {Promise<{ status: number | null, stderr: string }>}
 */
function node(script, args = [], capture = false) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repo, script), ...args], {
      cwd: repo,
      env,
      stdio: ['ignore', 'inherit', capture ? 'pipe' : 'inherit'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (status) => {
      resolve({ status, stderr });
    });
  });
}

const gitStatus = () =>
  spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo, encoding: 'utf8' })
    .stdout;

/** @param {boolean} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`fresh start: ${message}`);
  process.stderr.write(`✔ ${message}\n`);
}

/**
 * Signs in the way the web app does: the authorisation endpoint, Keycloak's login form, the redirect with
 * the code, and the code exchanged with its PKCE verifier. Returns the access token.
 * @param {string} app @param {string} username @param {string} password
 */
async function logIn(app, username, password) {
  const config = /** @type {{ keycloakUrl: string, realm: string, clientId: string }} */ (
    await (await fetch(`${app}/api/config`)).json()
  );
  const endpoints = `${config.keycloakUrl}/realms/${config.realm}/protocol/openid-connect`;
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = `${app}/app`;
  const authorise = new URL(`${endpoints}/auth`);
  for (const [key, value] of Object.entries({
    client_id: config.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }))
    authorise.searchParams.set(key, value);
  const page = await fetch(authorise);
  const cookies = page.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/
    .exec(html)?.[1]
    ?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`fresh start: no login form at ${authorise.origin} (${page.status})`);
  const submitted = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password, credentialId: '' }),
  });
  const location = submitted.headers.get('location') ?? '';
  const code = location.startsWith(redirectUri) ? new URL(location).searchParams.get('code') : null;
  if (!code) throw new Error(`fresh start: ${username} was not signed in (${submitted.status} ${location})`);
  const tokens = await fetch(`${endpoints}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const body = /** @type {{ access_token?: string, error?: string }} */ (await tokens.json());
  if (!body.access_token)
    throw new Error(`fresh start: no token for ${username} (${body.error ?? tokens.status})`);
  return body.access_token;
}

/** @param {string} url @param {string} token */
async function getJson(url, token) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok)
    throw new Error(`fresh start: GET ${url} answered ${response.status}: ${await response.text()}`);
  return /** @type {any} */ (await response.json());
}

let failed = false;
const before = gitStatus();
try {
  process.stderr.write(`Fresh start in ${home} with ports offset by ${offset}\n`);
  const started = Date.now();
  const start = await node('deploy/local/start.mjs');
  check(
    start.status === 0,
    `npm start succeeded from empty data directories (${Math.round((Date.now() - started) / 1000)}s)`,
  );

  const services = JSON.parse(readFileSync(path.join(repo, 'deploy/local/services.json'), 'utf8'));
  const app = `http://127.0.0.1:${services.gateway.httpPort + Number(offset)}`;
  const [owner] = services.demo.tenants;
  const staffToken = await logIn(app, owner.ownerEmail, owner.ownerPassword);
  const list = async () => (await getJson(`${app}/api/clients?pageSize=100`, staffToken)).clients;
  const clients = await list();
  const names = clients.map((/** @type {{ name: string }} */ client) => client.name).sort();
  check(
    clients.length >= 12,
    `${owner.ownerEmail} signed in and GET /api/clients lists ${clients.length} clients`,
  );
  const statuses = new Set(clients.map((/** @type {{ status: string }} */ client) => client.status));
  check(
    ['active', 'prospect', 'inactive', 'suspended'].every((status) => statuses.has(status)),
    `the seeded clients are in every status (${[...statuses].sort().join(', ')})`,
  );
  for (const user of services.demo.clientUsers) {
    const token = await logIn(app, user.email, user.password);
    const { workspaces } = await getJson(`${app}/api/workspaces`, token);
    check(workspaces.length === 1, `client user ${user.email} signed in and sees 1 workspace`);
    const { messages } = await getJson(`${app}/api/workspaces/${workspaces[0].id}/messages`, token);
    check(messages.length > 0, `… with its conversation (${messages.length} messages)`);
  }

  const again = await node('deploy/local/platform.mjs', ['seed'], true);
  check(again.status === 0 && /nothing to add/.test(again.stderr), 'the seed run a second time adds nothing');
  const after = (await list()).map((/** @type {{ name: string }} */ client) => client.name).sort();
  check(
    JSON.stringify(after) === JSON.stringify(names),
    `still ${after.length} clients after the second seed`,
  );
  check(gitStatus() === before, 'starting left the git working tree as it was');
} catch (error) {
  failed = true;
  process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  if (process.env.KEEP)
    process.stderr.write(
      `kept running; stop with CLIENT_PORTAL_HOME=${home} CLIENT_PORTAL_PORT_OFFSET=${offset} npm run stop\n`,
    );
  else {
    await node('deploy/local/stop.mjs');
    // On failure the logs stay for the reader (CI prints where).
    if (failed) process.stderr.write(`logs of the failed start: ${path.join(home, 'logs')}\n`);
    else rmSync(home, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
