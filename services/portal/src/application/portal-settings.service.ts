import { randomUUID } from 'node:crypto';
import {
  assertPermission,
  assertStaff,
  DomainError,
  type EventOutbox,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  validatePortalSettings,
  type CallToAction,
  type PortalSettings,
  type PortalSettingsInput,
} from '../domain/portal-settings.js';
import type { PortalSettingsRepository } from '../store/portal-settings.repository.js';
import type { ViewAsRecordRepository } from '../store/view-as-record.repository.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';

/** The tenant's portal settings (staff read, admins change) and the record of "view as client". */
export class PortalSettingsService {
  constructor(
    private readonly settings: PortalSettingsRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly viewAsRecords: ViewAsRecordRepository,
    private readonly outbox: EventOutbox<ProducedBy<'portal'>>,
  ) {}

  async get(principal: Principal): Promise<PortalSettings> {
    assertStaff(principal, 'member');
    return this.settings.get(principal.tenantId);
  }

  async update(
    principal: Principal,
    input: PortalSettingsInput,
    expectedVersion: number,
  ): Promise<PortalSettings> {
    assertPermission(principal, 'portal.configure');
    const current = await this.settings.get(principal.tenantId);
    if (current.version !== expectedVersion)
      throw DomainError.precondition(
        'The portal settings changed meanwhile: reload them and make your change again',
        'portal_settings.changed_meanwhile',
      );
    const next = validatePortalSettings(current, input);
    if (!(await this.settings.save(next, expectedVersion)))
      throw DomainError.precondition(
        'The portal settings changed meanwhile: reload them and make your change again',
        'portal_settings.changed_meanwhile',
      );
    return next;
  }

  /** The buttons of the client home: everyone of the tenant may read them (nothing else of the settings). */
  async callsToAction(principal: Principal): Promise<CallToAction[]> {
    return (await this.settings.get(principal.tenantId)).callsToAction;
  }

  /**
   * Staff start "view as client": one staff-only event per workspace the viewed user sees, for the
   * workspace timeline. Workspaces of another client (or unknown ones) are skipped, not trusted.
   */
  async recordViewAsClient(
    principal: Principal,
    request: { clientId: string; workspaceIds: string[]; viewedUserName: string; actorName: string },
  ): Promise<number> {
    assertPermission(principal, 'portal.view_as_client');
    let recorded = 0;
    const now = new Date();
    for (const workspaceId of new Set(request.workspaceIds)) {
      const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
      if (!workspace || workspace.clientId !== request.clientId) continue;
      const record = {
        id: randomUUID(),
        tenantId: principal.tenantId,
        workspaceId,
        clientId: workspace.clientId,
        staffUserId: principal.userId,
        viewedAt: now,
      };
      const inserted = await this.viewAsRecords.insert(
        record,
        this.outbox.entry({
          type: 'portal.workspace.viewed_as_client',
          tenantId: principal.tenantId,
          subject: workspaceId,
          data: {
            workspaceId,
            clientId: workspace.clientId,
            clientVisible: false,
            actorName: request.actorName || principal.displayName || '',
            title: workspace.name,
            viewedUserName: request.viewedUserName,
          },
        }),
      );
      if (inserted) recorded += 1;
    }
    return recorded;
  }
}
