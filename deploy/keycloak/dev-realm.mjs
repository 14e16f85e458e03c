#!/usr/bin/env node
// @ts-check
// Development-only additions to the client-portal realm (dev-realm.json), applied through Keycloak's
// admin REST API after Keycloak starts: the `client-portal-test` client, the only one allowed to
// exchange a user's password for a token (tests log in with it), and the cheapest password hashing.
// The shipped realm (client-portal-realm.json, also in the Helm chart) has neither, so production
// never has them.
// Idempotent: a client that exists is updated in place, never deleted (tests may be using it).
//
//   node deploy/keycloak/dev-realm.mjs [keycloak-url]
//
// Keycloak's admin: KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (admin / admin, as the
// local scripts start it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OVERLAY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dev-realm.json');

/**
 * @param {string} url
 * @param {RequestInit} init
 */
async function call(url, init) {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(
      `Keycloak ${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}: ${await response.text()}`,
    );
  return response;
}

/**
 * @param {{ url: string, username?: string, password?: string }} options
 * @returns {Promise<string[]>} what was done, one line per client
 */
export async function applyDevRealm({
  url,
  username = process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
  password = process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
}) {
  /** @type {{ realm: string, passwordHashing: string, clients: Record<string, unknown>[] }} */
  const overlay = JSON.parse(readFileSync(OVERLAY, 'utf8'));
  const login = await call(`${url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username, password }),
  });
  const { access_token: token } = /** @type {{ access_token: string }} */ (await login.json());
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const clients = `${url}/admin/realms/${overlay.realm}/clients`;
  const done = [];
  // Password hashing at its cheapest: Keycloak's default (Argon2) costs ~0.15 s of CPU per password
  // set or checked, and the tests create and log in thousands of users on a two-core machine. Only
  // this development overlay does this; the shipped realm keeps Keycloak's default
  // (deploy/k8s/chart.test.ts checks it names no hashing).
  const realm = `${url}/admin/realms/${overlay.realm}`;
  const { passwordPolicy = '' } = /** @type {{ passwordPolicy?: string }} */ (
    await (await call(realm, { headers })).json()
  );
  if (!passwordPolicy.includes(overlay.passwordHashing)) {
    const kept = passwordPolicy
      .split(' and ')
      .filter((rule) => rule && !/^hash(Algorithm|Iterations)\(/.test(rule));
    await call(realm, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ passwordPolicy: [...kept, overlay.passwordHashing].join(' and ') }),
    });
    done.push(`set password hashing to ${overlay.passwordHashing}`);
  }
  for (const client of overlay.clients) {
    const clientId = String(client.clientId);
    const found = /** @type {{ id: string }[]} */ (
      await (await call(`${clients}?clientId=${encodeURIComponent(clientId)}`, { headers })).json()
    );
    const existing = found[0];
    if (existing) {
      // Keycloak's update leaves protocol mappers alone; they were created with the client.
      await call(`${clients}/${existing.id}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ ...client, id: existing.id }),
      });
      done.push(`updated client ${clientId}`);
    } else {
      await call(clients, { method: 'POST', headers, body: JSON.stringify(client) });
      done.push(`created client ${clientId}`);
    }
  }
  // The browser tests: each test file serves the web app on its own gateway port (18081–18115), so
  // two files can run side by side; the shipped realm only knows 18081.
  const web = /** @type {{ id: string, redirectUris?: string[], webOrigins?: string[] }[]} */ (
    await (await call(`${clients}?clientId=client-portal-web`, { headers })).json()
  )[0];
  if (web) {
    const testUrls = BROWSER_TEST_PORTS.map((port) => `http://127.0.0.1:${port}`);
    const redirectUris = [...new Set([...(web.redirectUris ?? []), ...testUrls.map((url) => `${url}/*`)])];
    const webOrigins = [...new Set([...(web.webOrigins ?? []), ...testUrls])];
    if (
      redirectUris.length !== (web.redirectUris ?? []).length ||
      webOrigins.length !== (web.webOrigins ?? []).length
    ) {
      await call(`${clients}/${web.id}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ ...web, redirectUris, webOrigins }),
      });
      done.push("added the browser tests' ports to client client-portal-web");
    }
  }
  return done;
}

/** Gateway ports the browser test files use, one per file (e2e/*.browser.e2e.test.ts). */
export const BROWSER_TEST_PORTS = Array.from({ length: 35 }, (_, index) => 18081 + index);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const url = process.argv[2] ?? process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:18080';
  applyDevRealm({ url }).then(
    (done) => {
      for (const line of done) process.stderr.write(`${line} in ${url}\n`);
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
