import type { PartnerResource } from '../server.js';
import { clientsResource } from './clients.js';
import { documentsResource } from './documents.js';
import { paymentsResource } from './payments.js';
import { projectsResource } from './projects.js';

/**
 * Every partner service's implementation, one module per resource (resources/<resource>.ts). A service
 * without a module answers UNIMPLEMENTED for all its methods.
 */
export const partnerResources: PartnerResource[] = [
  clientsResource,
  projectsResource,
  documentsResource,
  paymentsResource,
];
