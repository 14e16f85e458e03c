/** The OpenAPI 3.1 description of the REST API (docs/api.md in prose). */
type Operation = {
  summary: string;
  tags: string[];
  public?: boolean;
  body?: string;
  response?: string;
  status?: number;
  pdf?: boolean;
  stream?: boolean;
  query?: string[];
};

const operations: Record<string, Record<string, Operation>> = {
  '/config': {
    get: {
      summary: 'Keycloak settings for the web app',
      tags: ['session'],
      public: true,
      response: 'WebConfig',
    },
  },
  '/me': { get: { summary: 'Who I am: principal, name, tenant', tags: ['session'], response: 'Me' } },
  '/clients': {
    get: {
      summary: 'List clients (staff)',
      tags: ['clients'],
      response: 'ClientList',
      query: ['search', 'status', 'pageSize', 'pageToken'],
    },
    post: {
      summary: 'Create a client with its primary contact (staff)',
      tags: ['clients'],
      body: 'NewClient',
      response: 'Client',
      status: 201,
    },
  },
  '/clients/{clientId}': {
    get: {
      summary: 'A client (client users: their own, without internal fields)',
      tags: ['clients'],
      response: 'Client',
    },
  },
  '/clients/{clientId}/portal': {
    post: {
      summary: "Enable the portal: create the client's workspace and invite the primary contact",
      tags: ['portal'],
      response: 'PortalEnabled',
      status: 201,
    },
  },
  '/clients/{clientId}/invoices': {
    get: {
      summary: "A client's invoices",
      tags: ['billing'],
      response: 'InvoiceList',
      query: ['pageSize', 'pageToken'],
    },
    post: {
      summary: 'Issue an invoice (staff)',
      tags: ['billing'],
      body: 'NewInvoice',
      response: 'Invoice',
      status: 201,
    },
  },
  '/invoices/{invoiceId}': { get: { summary: 'An invoice', tags: ['billing'], response: 'Invoice' } },
  '/invoices/{invoiceId}/pdf': { get: { summary: 'An invoice as PDF', tags: ['billing'], pdf: true } },
  '/workspaces': {
    get: {
      summary: 'Workspaces I may see',
      tags: ['portal'],
      response: 'WorkspaceList',
      query: ['clientId'],
    },
  },
  '/workspaces/{workspaceId}': {
    get: { summary: 'A workspace and its shared documents', tags: ['portal'], response: 'WorkspaceView' },
  },
  '/workspaces/{workspaceId}/messages': {
    get: {
      summary: "A workspace's messages",
      tags: ['messaging'],
      response: 'MessageList',
      query: ['pageSize', 'pageToken'],
    },
    post: {
      summary: 'Post a message in a workspace',
      tags: ['messaging'],
      body: 'NewMessage',
      response: 'Message',
      status: 201,
    },
  },
  '/notifications': {
    get: {
      summary: "The tenant's notification log (staff)",
      tags: ['notifications'],
      response: 'NotificationList',
      query: ['recipient', 'pageSize', 'pageToken'],
    },
  },
  '/invitations/{token}': {
    get: {
      summary: 'Preview an invitation',
      tags: ['invitations'],
      public: true,
      response: 'InvitationPreview',
    },
  },
  '/invitations/{token}/accept': {
    post: {
      summary: 'Accept an invitation by choosing a password',
      tags: ['invitations'],
      public: true,
      body: 'AcceptInvitation',
      response: 'Accepted',
    },
  },
  '/events': {
    get: {
      summary: 'Live updates (server-sent events): message.posted, invoice.issued, workspace.created',
      tags: ['live'],
      stream: true,
    },
  },
};

const string = { type: 'string' };
const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});
const list = (key: string, item: string) =>
  object({
    [key]: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
    page: { $ref: '#/components/schemas/PageInfo' },
  });

const schemas = {
  Problem: object({
    type: string,
    title: string,
    status: { type: 'integer' },
    detail: string,
    code: string,
    correlationId: string,
    violations: { type: 'array', items: object({ field: string, message: string }) },
  }),
  PageInfo: object({ nextPageToken: string, totalSize: { type: 'integer' } }),
  WebConfig: object({ keycloakUrl: string, realm: string, clientId: string }),
  Principal: object({
    userId: string,
    tenantId: string,
    kind: { enum: ['staff', 'client', 'service'] },
    staffRole: string,
    clientId: string,
    workspaceIds: { type: 'array', items: string },
  }),
  Me: object({
    principal: { $ref: '#/components/schemas/Principal' },
    displayName: string,
    email: string,
    tenantName: string,
  }),
  Contact: object({
    id: string,
    firstName: string,
    lastName: string,
    email: string,
    phone: string,
    role: { enum: ['decision-maker', 'technical', 'billing', 'observer'] },
    primary: { type: 'boolean' },
  }),
  ContactInput: object({ firstName: string, lastName: string, email: string, phone: string, role: string }, [
    'firstName',
    'lastName',
    'email',
  ]),
  Client: object({
    id: string,
    tenantId: string,
    name: string,
    industry: string,
    phone: string,
    notes: string,
    status: { enum: ['active', 'prospect', 'inactive', 'suspended'] },
    ownerUserId: string,
    contacts: { type: 'array', items: { $ref: '#/components/schemas/Contact' } },
    createdAt: string,
    updatedAt: string,
    invoicedMinor: string,
    invoiceCount: { type: 'integer' },
    lastActivityAt: string,
  }),
  NewClient: object(
    {
      name: string,
      industry: string,
      phone: string,
      notes: string,
      status: string,
      primaryContact: { $ref: '#/components/schemas/ContactInput' },
    },
    ['name'],
  ),
  ClientList: list('clients', 'Client'),
  Workspace: object({
    id: string,
    tenantId: string,
    clientId: string,
    clientName: string,
    name: string,
    createdAt: string,
  }),
  WorkspaceList: object({ workspaces: { type: 'array', items: { $ref: '#/components/schemas/Workspace' } } }),
  Money: object({ amountMinor: string, currency: string }),
  SharedDocument: object({
    id: string,
    kind: string,
    number: string,
    total: { $ref: '#/components/schemas/Money' },
    status: string,
    issuedAt: string,
    dueDate: string,
  }),
  WorkspaceView: object({
    workspace: { $ref: '#/components/schemas/Workspace' },
    documents: { type: 'array', items: { $ref: '#/components/schemas/SharedDocument' } },
  }),
  Invitation: object({
    id: string,
    email: string,
    clientId: string,
    workspaceId: string,
    role: string,
    status: string,
    createdAt: string,
  }),
  PortalEnabled: object({
    workspace: { $ref: '#/components/schemas/Workspace' },
    invitation: { $ref: '#/components/schemas/Invitation' },
  }),
  InvoiceLine: object({
    description: string,
    quantityMilli: string,
    unitPriceMinor: string,
    taxRateBasisPoints: { type: 'integer' },
    totalMinor: string,
  }),
  Invoice: object({
    id: string,
    clientId: string,
    clientName: string,
    number: string,
    currency: string,
    lines: { type: 'array', items: { $ref: '#/components/schemas/InvoiceLine' } },
    subtotalMinor: string,
    taxMinor: string,
    totalMinor: string,
    status: string,
    issuedAt: string,
    dueDate: string,
  }),
  NewInvoice: object(
    {
      currency: string,
      dueDate: string,
      lines: {
        type: 'array',
        minItems: 1,
        items: object(
          {
            description: string,
            quantityMilli: { type: ['string', 'integer'] },
            unitPriceMinor: { type: ['string', 'integer'] },
            taxRateBasisPoints: { type: 'integer' },
          },
          ['description', 'quantityMilli', 'unitPriceMinor'],
        ),
      },
    },
    ['lines'],
  ),
  InvoiceList: list('invoices', 'Invoice'),
  Message: object({
    id: string,
    workspaceId: string,
    clientId: string,
    author: object({ userId: string, displayName: string, kind: string }),
    body: string,
    createdAt: string,
  }),
  NewMessage: object({ body: string }, ['body']),
  MessageList: list('messages', 'Message'),
  NotificationList: list('notifications', 'Notification'),
  Notification: object({
    id: string,
    channel: string,
    recipient: string,
    subject: string,
    template: string,
    status: string,
    error: string,
    createdAt: string,
  }),
  InvitationPreview: object({
    email: string,
    displayName: string,
    tenantName: string,
    clientName: string,
    workspaceName: string,
    status: string,
    hasPassword: { type: 'boolean' },
  }),
  AcceptInvitation: object({ password: string }, ['password']),
  Accepted: object({ email: string }),
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(operations)) {
    paths[path] = {};
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = [
        ...[...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
          name: match[1],
          in: 'path',
          required: true,
          schema: string,
        })),
        ...(operation.query ?? []).map((name) => ({
          name,
          in: 'query',
          required: false,
          schema: name === 'pageSize' ? { type: 'integer' } : string,
        })),
      ];
      const success = operation.pdf
        ? {
            description: 'The PDF',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          }
        : operation.stream
          ? { description: 'An event stream', content: { 'text/event-stream': { schema: string } } }
          : {
              description: 'OK',
              content: {
                'application/json': {
                  schema: { $ref: `#/components/schemas/${operation.response ?? 'Problem'}` },
                },
              },
            };
      paths[path][method] = {
        summary: operation.summary,
        tags: operation.tags,
        security: operation.public ? [] : [{ bearer: [] }],
        parameters,
        ...(operation.body
          ? {
              requestBody: {
                required: true,
                content: {
                  'application/json': { schema: { $ref: `#/components/schemas/${operation.body}` } },
                },
              },
            }
          : {}),
        responses: {
          [String(operation.status ?? 200)]: success,
          400: problem('Invalid request (field violations)'),
          ...(operation.public
            ? {}
            : { 401: problem('Missing or invalid token'), 403: problem('Not allowed') }),
          404: problem('Not found (or not visible to you)'),
          409: problem('Conflict or wrong state'),
        },
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Client Portal API',
      version: '1.0.0',
      description: 'REST API of the client portal platform, served by the gateway.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas,
    },
    paths,
  };
}

export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Client Portal API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs' });</script></body></html>`;
