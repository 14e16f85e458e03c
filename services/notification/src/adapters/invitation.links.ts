import { servicePrincipal, type Logger, type PrincipalSigner } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';

export interface InvitationLink {
  /** pending, accepted, expired or cancelled: only a pending invitation has a link. */
  status: string;
  acceptUrl: string;
  /** The address signs in to another organisation: the e-mail says so, without a link. */
  addressUnavailable: boolean;
}

/**
 * The working link of an invitation, asked of identity at the moment the e-mail goes (as the
 * notification service, signed with its own key): the link's secret is never in an event.
 */
export class InvitationLinks {
  private readonly identity: ServiceClient<'clientInvitations'>;

  constructor(address: string, signer: PrincipalSigner, logger: Logger) {
    this.identity = createServiceClient('clientInvitations', address, { logger, signer });
  }

  async issue(tenantId: string, kind: 'client' | 'staff', id: string): Promise<InvitationLink> {
    return this.identity.issueInvitationLink(
      { kind, id },
      { principal: servicePrincipal('notification', tenantId) },
    );
  }

  close(): void {
    this.identity.close();
  }
}
