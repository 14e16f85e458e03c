// The demo's workspace content, files, home buttons, branding and second workspace (tidy slice of
// deploy/local/seed.ts), apart so a test can run them against the real services. Everything goes through
// the services' gRPC APIs, as staff would through the app, and is keyed by natural keys (titles, names),
// so a second run adds nothing and never changes what someone edited since.
import type { ServiceClient } from '@client-portal/contracts';
import type { Principal } from '@client-portal/kit';
import { demoLogoPng } from './demo-logo.js';

const as = (principal: Principal) => ({ principal });

/**
 * A client's first workspace: the oldest (the one enabling the portal made). The seeds key their data
 * on it; the list itself comes sorted by name, and the demo's second workspace may sort first.
 */
export function firstWorkspace<Workspace extends { id: string; createdAt: string }>(
  workspaces: Workspace[],
): Workspace | undefined {
  return [...workspaces].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )[0];
}

/**
 * The named client (by its exact name), its workspaces and its first one: what the per-workspace seeds
 * start from. Undefined when the client does not exist or has no workspace yet.
 */
export async function findClientWorkspace(
  clients: { crm: ServiceClient<'crm'>; portal: ServiceClient<'portal'> },
  clientName: string,
  staff: Principal,
) {
  const { clients: found } = await clients.crm.listClients(
    { search: clientName, page: { pageSize: 100 } },
    as(staff),
  );
  const clientId = found.find((candidate) => candidate.name === clientName)?.id;
  if (!clientId) return undefined;
  const { workspaces } = await clients.portal.listWorkspaces({ clientId }, as(staff));
  const workspace = firstWorkspace(workspaces);
  return workspace && { clientId, workspaces, workspace };
}

/** The tenant's portal settings, saved once (a tenant that saved its own keeps them). */
export const DEMO_PORTAL_SETTINGS = {
  callsToAction: [
    { id: 'payments', kind: 'payments', label: '', url: '' },
    { id: 'documents', kind: 'documents', label: '', url: '' },
    { id: 'contact', kind: 'contact', label: '', url: '' },
    {
      id: 'booking',
      kind: 'booking',
      label: 'Book a review call',
      url: 'https://cal.com/acme-studio/review',
    },
  ],
  // The embed below is a map of the agency's office: its host must be allowed first.
  embedAllowList: ['www.openstreetmap.org'],
};

/** The tenant's branding, saved once, with the demo logo (the one the billing profile uses). */
export const DEMO_BRANDING = {
  portalName: 'Acme Client Portal',
  primaryColor: '#1d4ed8',
  accentColor: '#b45309',
  defaultLanguage: 'en',
};

/** What the first workspace of each named client gets. */
export const DEMO_WORKSPACE_CONTENT: Record<
  string,
  {
    links: { title: string; url: string; description: string }[];
    embeds: { title: string; url: string }[];
    notes: { title: string; body: string; clientVisible: boolean }[];
    folders: { name: string; clientVisible: boolean }[];
    /** `folder`: a folder above by name, '' for the workspace's root. */
    files: { name: string; folder: string; clientVisible: boolean; bytes: Buffer }[];
    /** A second workspace for another stream of work ('' for none). */
    secondWorkspace: string;
  }
> = {
  'Northwind Traders': {
    links: [
      {
        title: 'Staging shop',
        url: 'https://staging.northwind.test/',
        description: 'The relaunched shop as it stands: try it, tell us what you see.',
      },
      {
        title: 'Brand guidelines',
        url: 'https://brand.northwind.test/guidelines',
        description: 'Colours, type and tone of voice agreed in the discovery workshop.',
      },
    ],
    embeds: [
      {
        title: 'Where to find us',
        url: 'https://www.openstreetmap.org/export/embed.html?bbox=2.3367%2C48.8566%2C2.3467%2C48.8626&layer=mapnik',
      },
    ],
    notes: [
      {
        title: 'Launch checklist',
        body: 'Before the launch:\n- approve the homepage mock-up\n- send the product photos\n- confirm the payment provider',
        clientVisible: true,
      },
      {
        title: 'Account notes (internal)',
        body: 'Nora decides; Tom answers fast on technical questions. Phase 2 quote sent, follow up next week.',
        clientVisible: false,
      },
    ],
    folders: [{ name: 'Brand assets', clientVisible: true }],
    files: [
      {
        name: 'brand-guidelines.pdf',
        folder: 'Brand assets',
        clientVisible: true,
        // A small, valid PDF: the same bytes on every run.
        bytes: Buffer.from(
          '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% Northwind brand guidelines\ntrailer << /Root 1 0 R >>\n%%EOF\n',
        ),
      },
      {
        name: 'estimate-working-notes.txt',
        folder: '',
        clientVisible: false,
        bytes: Buffer.from('Phase 2 estimate: 15 days design and build, 3 days QA. Internal only.\n'),
      },
    ],
    secondWorkspace: 'Mobile app',
  },
};

/** Saves the demo portal settings when the tenant never saved any (version 0). */
export async function seedPortalSettings(
  clients: { portalSettings: ServiceClient<'portalSettings'> },
  staff: Principal,
): Promise<string[]> {
  const current = await clients.portalSettings.getPortalSettings({}, as(staff));
  if (current.version > 0) return [];
  await clients.portalSettings.updatePortalSettings(
    {
      settings: {
        ...DEMO_PORTAL_SETTINGS,
        maxFileBytes: current.maxFileBytes,
        blockedFileTypes: current.blockedFileTypes,
      },
      expectedVersion: 0,
    },
    as(staff),
  );
  return ['portal settings'];
}

/** Saves the demo branding and logo when the tenant never saved its branding (version 0). */
export async function seedBranding(
  clients: { branding: ServiceClient<'branding'> },
  staff: Principal,
): Promise<string[]> {
  const current = await clients.branding.getBranding({}, as(staff));
  if (current.version > 0) return [];
  const saved = await clients.branding.updateBranding(
    { ...DEMO_BRANDING, subdomain: current.subdomain, expectedVersion: 0 },
    as(staff),
  );
  await clients.branding.setBrandingLogo(
    { content: demoLogoPng(), expectedVersion: saved.version },
    as(staff),
  );
  return ['branding'];
}

/**
 * The client's first workspace gets the demo links, embed, notes, folder and files (each keyed by its
 * title or name), and the client a second workspace. Files go through the presigned flow the browser
 * uses: request, PUT the bytes to the object store, complete. Returns what it added.
 */
export async function seedWorkspaceContent(
  clients: {
    crm: ServiceClient<'crm'>;
    portal: ServiceClient<'portal'>;
    files: ServiceClient<'files'>;
    content: ServiceClient<'content'>;
  },
  clientName: string,
  staff: Principal,
): Promise<string[]> {
  const wanted = DEMO_WORKSPACE_CONTENT[clientName];
  if (!wanted) return [];
  const found = await findClientWorkspace(clients, clientName, staff);
  if (!found) return [];
  const { clientId, workspaces } = found;
  const workspaceId = found.workspace.id;
  const done: string[] = [];

  const { links } = await clients.content.listLinks({ workspaceId }, as(staff));
  for (const link of wanted.links.filter((item) => !links.some((known) => known.title === item.title))) {
    await clients.content.addLink({ workspaceId, ...link }, as(staff));
    done.push('link');
  }
  const { embeds } = await clients.content.listEmbeds({ workspaceId }, as(staff));
  for (const embed of wanted.embeds.filter((item) => !embeds.some((known) => known.title === item.title))) {
    await clients.content.addEmbed({ workspaceId, ...embed }, as(staff));
    done.push('embed');
  }
  const { notes } = await clients.content.listNotes({ workspaceId }, as(staff));
  for (const note of wanted.notes.filter((item) => !notes.some((known) => known.title === item.title))) {
    await clients.content.addNote({ workspaceId, ...note }, as(staff));
    done.push('note');
  }

  const root = await clients.files.listFiles(
    { workspaceId, folderId: '', page: { pageSize: 100 } },
    as(staff),
  );
  const folderIds = new Map(root.folders.map((folder) => [folder.name, folder.id]));
  for (const folder of wanted.folders.filter((item) => !folderIds.has(item.name))) {
    const created = await clients.files.createFolder(
      { workspaceId, parentId: '', name: folder.name, clientVisible: folder.clientVisible },
      as(staff),
    );
    folderIds.set(folder.name, created.id);
    done.push('folder');
  }
  for (const file of wanted.files) {
    const folderId = file.folder ? (folderIds.get(file.folder) ?? '') : '';
    const listed = await clients.files.listFiles(
      { workspaceId, folderId, page: { pageSize: 100 } },
      as(staff),
    );
    if (listed.files.some((known) => known.name === file.name)) continue;
    const ticket = await clients.files.requestUpload(
      {
        workspaceId,
        folderId,
        name: file.name,
        sizeBytes: file.bytes.length,
        clientVisible: file.clientVisible,
      },
      as(staff),
    );
    const put = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: file.bytes,
    });
    if (!put.ok) throw new Error(`the demo file ${file.name}'s upload answered ${put.status}`);
    await clients.files.completeUpload({ workspaceId, fileId: ticket.file?.id ?? '' }, as(staff));
    done.push('file');
  }

  if (wanted.secondWorkspace && !workspaces.some((known) => known.name === wanted.secondWorkspace)) {
    await clients.portal.createWorkspace(
      { clientId, clientName, name: wanted.secondWorkspace, projectId: '', projectName: '' },
      as(staff),
    );
    done.push('workspace');
  }
  return done;
}
