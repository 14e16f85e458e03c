import { servicePrincipal, type Logger, type PrincipalSigner } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';

export interface StaffContact {
  /** The staff id (a principal's userId). */
  id: string;
  email: string;
  displayName: string;
  role: string;
  /** invited, active or deactivated. */
  status: string;
}

/** Who works for a tenant, asked of identity over gRPC as the notification service itself. */
export class StaffDirectory {
  private readonly identity: ServiceClient<'identity'>;

  constructor(address: string, signer: PrincipalSigner, logger: Logger) {
    this.identity = createServiceClient('identity', address, { logger, signer });
  }

  async staffOf(tenantId: string): Promise<StaffContact[]> {
    const { staff } = await this.identity.listStaff(
      { tenantId },
      { principal: servicePrincipal('notification', tenantId) },
    );
    return staff.map((member) => ({
      id: member.id,
      email: member.email,
      displayName: member.displayName,
      role: member.role,
      status: member.status,
    }));
  }

  /** The tenant's name and language (catalog orders: the staff e-mail speaks the agency's language). */
  async tenantOf(tenantId: string): Promise<{ name: string; language: string }> {
    const tenant = await this.identity.getTenant(
      { tenantId },
      { principal: servicePrincipal('notification', tenantId) },
    );
    return { name: tenant.name, language: tenant.defaultLanguage };
  }

  close(): void {
    this.identity.close();
  }
}
