#!/usr/bin/env node
// @ts-check
// `npm start`: on a fresh clone installs the npm dependencies; fetches, builds and starts the local
// infrastructure; starts the six services and the gateway (serving the built web app); seeds the demo
// tenants; prints what runs where and how to log in. `npm run stop` stops it all.
import { ensureDependencies } from './bootstrap.mjs';
import { HOME, LOGS, dim, ports, report, status, up } from './infra.mjs';

try {
  await ensureDependencies();
  await up();
  // Imported after the install: the platform scripts use the npm dependencies.
  const platform = await import('./platform.mjs');
  await platform.up();

  process.stdout.write('\nClient Portal: local platform\n\n');
  await status();
  await platform.status();
  const app = `http://127.0.0.1:${platform.LAYOUT.gateway.httpPort}`;
  const logins = [
    ...platform.LAYOUT.demo.tenants.map(
      (tenant) => `${tenant.ownerEmail} / ${tenant.ownerPassword}   (staff: owner of ${tenant.name})`,
    ),
    ...platform.LAYOUT.demo.staff.map(
      (member) => `${member.email} / ${member.password}   (staff: ${member.role}, ${member.name})`,
    ),
    ...platform.LAYOUT.demo.clientUsers.map(
      (user) => `${user.email} / ${user.password}   (client user: ${user.name}, ${user.client})`,
    ),
  ];
  process.stdout.write(`
Web app                  ${app}   (staff land in /app, client users in /portal)
API docs                 ${app}/api/docs   (OpenAPI 3.1: ${app}/api/openapi.json)
Partner API (gRPC)       ${platform.PARTNER_ADDRESS}   (plaintext, reflection: grpcurl -plaintext ${platform.PARTNER_ADDRESS} list; docs/partner-api.md)
Demo logins              ${logins.join('\n                         ')}
Sent e-mail (Mailpit)    http://127.0.0.1:${ports.mailpitHttp}/api/v1/messages   (invitation links land here)
Sent SMS (simulator)     http://127.0.0.1:${ports.sms}/api/v1/messages   (sign-in codes by text message)
Keycloak admin console   http://127.0.0.1:${ports.keycloak}/admin   (admin / admin, realm "client-portal")
Logs                     npm run logs -- [service…]   npm run infra:logs -- [component] [-f]   ${dim(LOGS)}
Data and caches          ${dim(HOME)}
Stop everything          npm run stop
`);
} catch (error) {
  report(error);
  process.exit(1);
}
