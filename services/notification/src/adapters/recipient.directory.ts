import { servicePrincipal, type Logger, type PrincipalSigner } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import type { Recipient } from '../domain/delivery.js';

/** Whom to ask for: specific people, staff by role, a client's users narrowed by workspace and right. */
export interface RecipientFilter {
  userIds?: string[];
  staffRoles?: string[];
  clientId?: string;
  workspaceId?: string;
  right?: string;
  /** Client users who are these CRM contacts. */
  contactIds?: string[];
}

/** A person from the directory, with the client they belong to (client users; '' for staff). */
export type DirectoryRecipient = Recipient & { clientId: string };

/** The people notification sends to, resolved by identity (its RecipientDirectoryService). */
export interface RecipientLookup {
  recipients(tenantId: string, filter: RecipientFilter): Promise<DirectoryRecipient[]>;
}

/** identity's recipient directory over gRPC, asked as the notification service itself. */
export class RecipientDirectory implements RecipientLookup {
  private readonly identity: ServiceClient<'recipientDirectory'>;

  constructor(address: string, signer: PrincipalSigner, logger: Logger) {
    this.identity = createServiceClient('recipientDirectory', address, { logger, signer });
  }

  async recipients(tenantId: string, filter: RecipientFilter): Promise<DirectoryRecipient[]> {
    const { recipients } = await this.identity.listRecipients(
      {
        userIds: filter.userIds ?? [],
        staffRoles: filter.staffRoles ?? [],
        clientId: filter.clientId ?? '',
        workspaceId: filter.workspaceId ?? '',
        right: filter.right ?? '',
        contactIds: filter.contactIds ?? [],
      },
      { principal: servicePrincipal('notification', tenantId) },
    );
    return recipients.map((person) => ({
      userId: person.userId,
      kind: person.kind === 'staff' ? 'staff' : 'client',
      email: person.email,
      name: person.displayName,
      language: person.language,
      mobileNumber: person.mobileNumber,
      staffRole: person.staffRole,
      clientId: person.clientId,
    }));
  }

  close(): void {
    this.identity.close();
  }
}
