// The demo deliverables (deliverables slice of deploy/local/seed.ts), apart so a test can run them against portal.
import type { ServiceClient } from '@client-portal/contracts';
import type { Principal } from '@client-portal/kit';
import { findClientWorkspace } from './seed-workspace-content.js';

const as = (principal: Principal) => ({ principal });

/** What the demo's first workspace gets: a deliverable with one version awaiting the client's approval. */
export const DEMO_DELIVERABLE = {
  title: 'Homepage mock-up',
  description: 'Desktop and phone layouts of the new homepage, for your approval.',
  fileName: 'homepage-mock-up.pdf',
  // A small, valid PDF: its bytes (and so its SHA-256) are the same on every run.
  bytes: Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ),
};

/**
 * The client's first workspace gets the demo deliverable, keyed by its title: an existing one is kept as it
 * is; a new one gets its first version through the presigned flow the browser uses (request a URL, PUT the
 * bytes to the object store, complete). Returns what it added.
 */
export async function seedDeliverables(
  clients: {
    crm: ServiceClient<'crm'>;
    portal: ServiceClient<'portal'>;
    deliverables: ServiceClient<'deliverables'>;
  },
  clientName: string,
  staff: Principal,
): Promise<string[]> {
  const workspace = (await findClientWorkspace(clients, clientName, staff))?.workspace;
  if (!workspace) return [];
  const { deliverables } = await clients.deliverables.listDeliverables(
    { workspaceId: workspace.id },
    as(staff),
  );
  let deliverable = deliverables.find((candidate) => candidate.title === DEMO_DELIVERABLE.title);
  const done: string[] = [];
  if (!deliverable) {
    deliverable = await clients.deliverables.createDeliverable(
      { workspaceId: workspace.id, title: DEMO_DELIVERABLE.title, description: DEMO_DELIVERABLE.description },
      as(staff),
    );
    done.push('deliverable');
  }
  if (deliverable.currentVersion === 0) {
    const ticket = await clients.deliverables.requestVersionUpload(
      {
        deliverableId: deliverable.id,
        fileName: DEMO_DELIVERABLE.fileName,
        contentType: 'application/pdf',
        sizeBytes: DEMO_DELIVERABLE.bytes.length,
      },
      as(staff),
    );
    const put = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': ticket.contentType },
      body: DEMO_DELIVERABLE.bytes,
    });
    if (!put.ok) throw new Error(`the demo deliverable's upload answered ${put.status}`);
    await clients.deliverables.completeVersionUpload(
      { deliverableId: deliverable.id, uploadId: ticket.uploadId },
      as(staff),
    );
    done.push('deliverable version');
  }
  return done;
}
