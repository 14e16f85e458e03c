// Seeds the demo tenants through the identity service (idempotent: EnsureTenant by slug).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServiceClient } from '@client-portal/contracts';
import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  principalSignerFromConfig,
  repoRoot,
  servicePrincipal,
} from '@client-portal/kit';

interface Layout {
  demo: {
    tenants: { slug: string; name: string; ownerEmail: string; ownerName: string; ownerPassword: string }[];
  };
}

const layout = JSON.parse(
  readFileSync(path.join(repoRoot(), 'deploy/local/services.json'), 'utf8'),
) as Layout;
// The seed signs its principal as issuer `seed`, which the services' development defaults trust.
const signer = principalSignerFromConfig(
  'seed',
  process.env.PRINCIPAL_SIGNING_KEY || DEVELOPMENT_PRINCIPAL_KEYS.privateKey,
);
const identity = createServiceClient('identity', process.env.IDENTITY_GRPC_ADDRESS ?? '127.0.0.1:50051', {
  deadlineMs: 30_000,
  signer,
});
try {
  for (const tenant of layout.demo.tenants) {
    const result = await identity.ensureTenant(
      {
        slug: tenant.slug,
        name: tenant.name,
        ownerEmail: tenant.ownerEmail,
        ownerDisplayName: tenant.ownerName,
        ownerPassword: tenant.ownerPassword,
        defaultLanguage: 'en',
      },
      { principal: servicePrincipal('seed', tenant.slug) },
    );
    process.stderr.write(
      `  ${result.created ? 'created' : 'kept'} tenant ${tenant.name} (owner ${tenant.ownerEmail})\n`,
    );
  }
} finally {
  identity.close();
}
