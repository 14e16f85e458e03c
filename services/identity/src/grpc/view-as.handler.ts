import { readPrincipal } from '@client-portal/kit';
import type { HandlersOf } from '@client-portal/contracts';
import type { PrincipalService } from '../application/principal.service.js';
import { toPrincipalMessage } from './identity.handler.js';

/** "View as client" (issue 10, home). */
export function viewAsHandlers(principals: PrincipalService): HandlersOf<'viewAs'> {
  return {
    ResolveExternalUser: async (request, call) => {
      const resolved = await principals.resolveExternalUser(readPrincipal(call.metadata), request);
      return { ...resolved, principal: toPrincipalMessage(resolved.principal) };
    },
    ListPortalUsers: async (request, call) => ({
      users: (await principals.listPortalUsers(readPrincipal(call.metadata), request.clientId)).map(
        (user) => ({
          id: user.id,
          displayName: user.displayName,
          email: user.email,
          role: user.role,
          workspaceIds: user.workspaceIds,
        }),
      ),
    }),
  };
}
