import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf } from '@client-portal/contracts';
import type { RecipientDirectoryService } from '../application/recipient-directory.service.js';

/** Issue 12: whom to notify, for the notification service only. */
export function recipientDirectoryHandlers(
  directory: RecipientDirectoryService,
): HandlersOf<'recipientDirectory'> {
  return {
    ListRecipients: async (request, call) => ({
      recipients: await directory.listRecipients(requirePrincipal(call.metadata), {
        userIds: request.userIds,
        staffRoles: request.staffRoles,
        clientId: request.clientId,
        workspaceId: request.workspaceId,
        right: request.right,
        contactIds: request.contactIds,
      }),
    }),
  };
}
