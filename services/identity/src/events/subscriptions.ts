import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { InvitationService } from '../application/invitation.service.js';

/**
 * What identity consumes (issue 11): a CRM contact's changes, so that their portal login's
 * `mobile_number` (login codes by SMS) follows the contact's mobile without a new invitation. The
 * write is a Keycloak PUT of the same value each time: a redelivered event changes nothing.
 */
export function identitySubscriptions(invitations: InvitationService): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['crm.events'],
    schemas: eventSchemas,
    handlers: {
      'crm.contact.updated': async ({ tenantId, data }) => {
        await invitations.followContactMobile(tenantId, data.clientId, data.contactId, data.mobile);
      },
    },
  };
}
