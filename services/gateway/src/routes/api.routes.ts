import { Router, type Request } from 'express';
import { z } from 'zod';
import { DomainError } from '@client-portal/kit';
import type { Backends } from '../http/backends.js';
import { on } from '../http/backends.js';
import { callerOf } from '../http/auth.js';
import { pageQuery, parseBody, text } from '../http/validation.js';

const contactBody = z.object({
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  email: z.string().default(''),
  phone: z.string().default(''),
  role: z.string().default(''),
});

const newClientBody = z.object({
  name: z.string({ message: 'Company name is required' }),
  industry: z.string().default(''),
  phone: z.string().default(''),
  notes: z.string().default(''),
  status: z.string().default(''),
  primaryContact: contactBody.optional(),
});

const integerString = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be a whole number')])
  .transform((value) => String(value));

const newInvoiceBody = z.object({
  currency: z.string().default('EUR'),
  dueDate: z.string().default(''),
  lines: z
    .array(
      z.object({
        description: z.string().default(''),
        quantityMilli: integerString,
        unitPriceMinor: integerString,
        taxRateBasisPoints: z.number().int().default(0),
      }),
    )
    .min(1, 'Add at least one line'),
});

const messageBody = z.object({ body: z.string({ message: 'Write a message' }) });
const acceptBody = z.object({ password: z.string({ message: 'Choose a password' }) });

const param = (request: Request, name: string): string => text(request.params[name]);

/** The authenticated REST API: each route calls the services on behalf of the caller. */
export function apiRoutes(backends: Backends): Router {
  const router = Router();

  router.get('/me', (request, response) => {
    const caller = callerOf(request);
    response.json({
      principal: caller.principal,
      displayName: caller.displayName,
      email: caller.email,
      tenantName: caller.tenantName,
    });
  });

  router.get('/clients', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(
      await backends.crm.listClients(
        {
          search: text(request.query.search),
          status: text(request.query.status),
          page: pageQuery(request.query),
        },
        on(principal),
      ),
    );
  });

  router.post('/clients', async (request, response) => {
    const { principal } = callerOf(request);
    const body = parseBody(newClientBody, request.body);
    response.status(201).json(await backends.crm.createClient(body, on(principal)));
  });

  router.get('/clients/:clientId', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(await backends.crm.getClient({ clientId: param(request, 'clientId') }, on(principal)));
  });

  // Enabling the portal spans two services: portal creates the workspace, identity invites the contact.
  router.post('/clients/:clientId/portal', async (request, response) => {
    const { principal } = callerOf(request);
    const client = await backends.crm.getClient({ clientId: param(request, 'clientId') }, on(principal));
    const contact = client.contacts.find((candidate) => candidate.primary);
    if (!contact)
      throw DomainError.precondition(`${client.name} has no primary contact to invite: add one first`);
    const workspace = await backends.portal.enablePortal(
      { clientId: client.id, clientName: client.name },
      on(principal),
    );
    const invited = await backends.identity.inviteExternalUser(
      {
        email: contact.email,
        displayName: `${contact.firstName} ${contact.lastName}`.trim(),
        clientId: client.id,
        contactId: contact.id,
        workspaceId: workspace.id,
        workspaceName: workspace.name,
        clientName: client.name,
        role: contact.role,
      },
      on(principal),
    );
    response.status(201).json({ workspace, invitation: invited.invitation });
  });

  router.get('/clients/:clientId/invoices', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(
      await backends.billing.listInvoices(
        { clientId: param(request, 'clientId'), page: pageQuery(request.query) },
        on(principal),
      ),
    );
  });

  router.post('/clients/:clientId/invoices', async (request, response) => {
    const caller = callerOf(request);
    const body = parseBody(newInvoiceBody, request.body);
    const client = await backends.crm.getClient(
      { clientId: param(request, 'clientId') },
      on(caller.principal),
    );
    const invoice = await backends.billing.issueInvoice(
      { ...body, clientId: client.id, clientName: client.name, tenantName: caller.tenantName },
      on(caller.principal),
    );
    response.status(201).json(invoice);
  });

  router.get('/invoices/:invoiceId', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(
      await backends.billing.getInvoice({ invoiceId: param(request, 'invoiceId') }, on(principal)),
    );
  });

  router.get('/invoices/:invoiceId/pdf', async (request, response) => {
    const { principal } = callerOf(request);
    const rendered = await backends.billing.renderInvoicePdf(
      { invoiceId: param(request, 'invoiceId') },
      on(principal),
    );
    response.setHeader('content-type', 'application/pdf');
    response.setHeader(
      'content-disposition',
      `attachment; filename="${rendered.filename.replace(/[^\w.-]/g, '_')}"`,
    );
    response.send(Buffer.from(rendered.pdf));
  });

  router.get('/workspaces', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(
      await backends.portal.listWorkspaces({ clientId: text(request.query.clientId) }, on(principal)),
    );
  });

  router.get('/workspaces/:workspaceId', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(
      await backends.portal.getWorkspace({ workspaceId: param(request, 'workspaceId') }, on(principal)),
    );
  });

  router.get('/workspaces/:workspaceId/messages', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(
      await backends.messaging.listMessages(
        { workspaceId: param(request, 'workspaceId'), page: pageQuery(request.query) },
        on(principal),
      ),
    );
  });

  router.post('/workspaces/:workspaceId/messages', async (request, response) => {
    const caller = callerOf(request);
    const { body } = parseBody(messageBody, request.body);
    const message = await backends.messaging.postMessage(
      { workspaceId: param(request, 'workspaceId'), body, authorDisplayName: caller.displayName },
      on(caller.principal),
    );
    response.status(201).json(message);
  });

  router.get('/notifications', async (request, response) => {
    const { principal } = callerOf(request);
    response.json(
      await backends.notification.listNotifications(
        { recipient: text(request.query.recipient), page: pageQuery(request.query) },
        on(principal),
      ),
    );
  });

  return router;
}

/** Routes that work without a token: the invitation page runs before the person has a password. */
export function publicRoutes(
  backends: Backends,
  webConfig: { keycloakUrl: string; realm: string; clientId: string },
): Router {
  const router = Router();
  router.get('/config', (_request, response) => {
    response.json(webConfig);
  });
  router.get('/invitations/:token', async (request, response) => {
    response.json(await backends.identity.getInvitation({ token: param(request, 'token') }));
  });
  router.post('/invitations/:token/accept', async (request, response) => {
    const { password } = parseBody(acceptBody, request.body);
    const accepted = await backends.identity.acceptInvitation({ token: param(request, 'token'), password });
    response.json({ email: accepted.user?.email ?? '' });
  });
  return router;
}
