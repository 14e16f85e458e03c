import type { PartnerResource } from '../server.js';
import { clientsResource } from './clients.js';
import { documentsResource } from './documents.js';
import { filesResource } from './files.js';
import { messagesResource } from './messages.js';
import { paymentsResource } from './payments.js';
import { projectsResource } from './projects.js';
import { workspacesResource } from './workspaces.js';

/**
 * Every partner service's implementation, one module per resource (resources/<resource>.ts). A service
 * without a module answers UNIMPLEMENTED for all its methods.
 */
export const partnerResources: PartnerResource[] = [
  clientsResource,
  projectsResource,
  workspacesResource,
  documentsResource,
  paymentsResource,
  messagesResource,
  filesResource,
];
