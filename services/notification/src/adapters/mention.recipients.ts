import { DomainError, servicePrincipal, type Logger, type PrincipalSigner } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import type { Recipient } from '../domain/delivery.js';

/** A person from identity's recipient directory, with the client they belong to (client users). */
export type DirectoryRecipient = Recipient & { clientId: string };

/** Who to notify, by user id (the contract identity's RecipientDirectoryService serves). */
export interface RecipientLookup {
  byUserIds(tenantId: string, userIds: string[]): Promise<DirectoryRecipient[]>;
}

/** gRPC's UNIMPLEMENTED: the directory is declared but identity does not serve it yet. */
const GRPC_UNIMPLEMENTED = 12;

/**
 * identity's recipient directory, asked as the notification service itself. The notify-events slice
 * writes the shared adapter; this one covers mentions until then (merge: keep one).
 */
export class RecipientDirectoryLookup implements RecipientLookup {
  private readonly directory: ServiceClient<'recipientDirectory'>;

  constructor(
    address: string,
    signer: PrincipalSigner,
    private readonly logger: Logger,
  ) {
    this.directory = createServiceClient('recipientDirectory', address, { logger, signer });
  }

  async byUserIds(tenantId: string, userIds: string[]): Promise<DirectoryRecipient[]> {
    try {
      const { recipients } = await this.directory.listRecipients(
        { userIds },
        { principal: servicePrincipal('notification', tenantId) },
      );
      return recipients.map((recipient) => ({
        userId: recipient.userId,
        kind: recipient.kind === 'staff' ? 'staff' : 'client',
        email: recipient.email,
        name: recipient.displayName,
        language: recipient.language,
        mobileNumber: recipient.mobileNumber,
        staffRole: recipient.staffRole,
        clientId: recipient.clientId,
      }));
    } catch (error) {
      const cause =
        error instanceof DomainError ? (error.cause as { code?: unknown } | undefined) : undefined;
      if (cause?.code !== GRPC_UNIMPLEMENTED) throw error;
      // Retrying cannot help before identity serves the directory, and would hold up the other events.
      this.logger.warn({ tenantId }, 'the recipient directory is not served yet: a mention was not notified');
      return [];
    }
  }

  close(): void {
    this.directory.close();
  }
}
