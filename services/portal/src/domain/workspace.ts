import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation } from '@client-portal/kit';

/** A client's space in the portal: what its invited people see and share with the agency. */
export interface Workspace {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  name: string;
  createdAt: Date;
}

export interface NewWorkspaceInput {
  clientId: string;
  clientName: string;
  /** Empty means the client's name. */
  workspaceName: string;
}

const MAX_NAME_LENGTH = 200;

/** Builds a client's workspace from staff input, or says every field that is wrong. */
export function newWorkspace(input: NewWorkspaceInput, tenantId: string, now = new Date()): Workspace {
  const violations: FieldViolation[] = [];
  const clientId = input.clientId.trim();
  const clientName = input.clientName.trim();
  const name = input.workspaceName.trim() || clientName;
  if (!clientId) violations.push({ field: 'clientId', message: 'Choose the client to open a portal for' });
  if (!clientName) violations.push({ field: 'clientName', message: 'Client name is required' });
  if (name.length > MAX_NAME_LENGTH)
    violations.push({
      field: 'workspaceName',
      message: `Workspace name is at most ${MAX_NAME_LENGTH} characters`,
    });
  if (violations.length > 0)
    throw DomainError.invalid('The portal could not be enabled: check the highlighted fields', violations);
  return { id: randomUUID(), tenantId, clientId, clientName, name, createdAt: now };
}
