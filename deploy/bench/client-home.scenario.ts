// The home slice's benchmark scenario (issue 10): a client user whose home has something in every
// source the gateway composes (a quote to answer, an overdue invoice, an unread message, the tenant's
// buttons), prepared through the gateway as staff would and through the stores where no API exists
// yet (the client's login, issued documents: the same fixtures as the tests).
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { createRealmUser, passwordToken, uniqueName } from '@client-portal/testing';
import { ExternalUserRepository } from '../../services/identity/src/store/external-user.repository.js';
import { DocumentFixtures } from '../../e2e/support/acceptance-fixtures.js';

export interface ClientHomeSetup {
  /** The gateway's base URL (http://127.0.0.1:port). */
  base: string;
  ownerToken: string;
  tenantId: string;
  tenantName: string;
  identityConnection: Connection;
  billingConnection: Connection;
}

async function call(base: string, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Prepares the client home and answers the client user's token (a real Keycloak login). */
export async function prepareClientHome(
  setup: ClientHomeSetup,
): Promise<{ token: string; workspaceId: string; email: string; password: string }> {
  const { base, ownerToken, tenantId, tenantName } = setup;
  const created = await call(base, ownerToken, 'POST', '/clients', {
    name: 'Home Bench Client',
    primaryContact: {
      firstName: 'Hope',
      lastName: 'Bench',
      email: `${uniqueName('primary')}@home-bench.test`,
      role: 'decision-maker',
    },
  });
  const clientId = String(created.body.id);
  const enabled = await call(base, ownerToken, 'POST', `/clients/${clientId}/portal`, {});
  const workspaceId = (enabled.body.workspace as { id: string }).id;
  await call(base, ownerToken, 'PUT', '/portal/settings', {
    settings: {
      callsToAction: [
        { kind: 'payments' },
        { kind: 'booking', label: 'Book a call', url: 'https://cal.example.com/bench' },
      ],
      maxFileBytes: 100 * 1024 * 1024,
    },
    expectedVersion: 0,
  });
  const person = { email: `${uniqueName('client')}@home-bench.test`, password: `Bench-${randomUUID()}` };
  const keycloakId = await createRealmUser({ ...person, tenantId });
  const now = new Date();
  await new ExternalUserRepository(setup.identityConnection).insert({
    id: randomUUID(),
    tenantId,
    keycloakId,
    email: person.email,
    displayName: 'Bench Client',
    clientId,
    contactId: '',
    role: 'decision-maker',
    workspaceIds: [workspaceId],
    workspaceAccess: [],
    status: 'active',
    activatedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const documents = new DocumentFixtures({ billingConnection: setup.billingConnection });
  const party = { tenantId, tenantName, clientId, clientName: 'Home Bench Client' };
  await documents.issue(party);
  await documents.issue({ ...party, kind: 'invoice', dueDate: '2020-01-31' });
  // messaging hears of the workspace from portal's event: the first post may come before it.
  for (let attempt = 0; attempt < 80; attempt++) {
    const posted = await call(base, ownerToken, 'POST', `/workspaces/${workspaceId}/messages`, {
      body: 'Your documents are ready',
    });
    if (posted.status < 300) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { token: await passwordToken(person.email, person.password), workspaceId, ...person };
}
