// The sample partner's command line:
//   npm run sync       one incremental sync of clients and invoices into STATE_FILE, then the counts
//   npm run webhooks   a webhook receiver on PORT that verifies signatures and prints each new event
// Settings come from the environment (README.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PartnerApi } from './partner-client.js';
import { loadState, saveState, syncOnce } from './sync.js';
import { TokenSource } from './token.js';
import { createWebhookReceiver } from './webhook.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function setting(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') {
    process.stderr.write(`${name} is required (see README.md)\n`);
    process.exit(2);
  }
  return value;
}

async function sync(): Promise<void> {
  const keycloak = setting('KEYCLOAK_URL', 'http://127.0.0.1:18080');
  const tokens = new TokenSource({
    tokenUrl: setting('PARTNER_TOKEN_URL', `${keycloak}/realms/client-portal/protocol/openid-connect/token`),
    clientId: setting('PARTNER_CLIENT_ID'),
    clientSecret: setting('PARTNER_CLIENT_SECRET'),
  });
  const api = new PartnerApi(
    {
      address: setting('PARTNER_API_ADDRESS', '127.0.0.1:17070'),
      protoRoot: setting('PARTNER_PROTO_ROOT', path.resolve(here, '../../../proto')),
      tls: process.env.PARTNER_TLS === 'true',
    },
    tokens,
  );
  const file = setting('STATE_FILE', path.resolve('partner-sync-state.json'));
  try {
    const state = loadState(file);
    const report = await syncOnce(api, state);
    saveState(file, state);
    for (const [resource, figures] of Object.entries(report))
      process.stdout.write(
        `${resource.padEnd(9)} ${String(figures.changed.length).padStart(6)} new or changed, ${String(figures.received).padStart(6)} received in ${figures.pages} page(s), ${String(figures.stored).padStart(6)} stored, cursor ${figures.cursor || '(none)'}\n`,
      );
    process.stdout.write(`state: ${file}\n`);
  } finally {
    api.close();
  }
}

function webhooks(): void {
  const port = Number(setting('PORT', '8787'));
  const server = createWebhookReceiver({
    secret: setting('WEBHOOK_SECRET'),
    onEvent: (event) => {
      process.stdout.write(`${event.created_at} ${event.type} ${event.id}\n`);
    },
  });
  server.listen(port, '127.0.0.1', () =>
    process.stdout.write(`webhook receiver on http://127.0.0.1:${port}/ (signatures verified)\n`),
  );
}

const command = process.argv[2] ?? 'sync';
if (command === 'sync')
  sync().catch((error: unknown) => {
    process.stderr.write(`sync failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
else if (command === 'webhooks') webhooks();
else {
  process.stderr.write(`unknown command ${command}: use sync or webhooks\n`);
  process.exit(2);
}
