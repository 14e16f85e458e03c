import { serviceTestEnvironment, staff, testPrincipalSigner, uniqueName } from '@client-portal/testing';
import { servicePrincipal, type Principal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadCrmConfig, startCrm } from '@client-portal/crm';
import { loadPortalConfig, startPortal } from '@client-portal/portal';
import { loadIdentityConfig } from '../services/identity/src/config.js';
import { startIdentity } from '../services/identity/src/app.js';
import {
  DEMO_BRANDING,
  DEMO_PORTAL_SETTINGS,
  DEMO_WORKSPACE_CONTENT,
  seedBranding,
  seedPortalSettings,
  seedWorkspaceContent,
} from '../deploy/local/seed-workspace-content.js';

const CLIENT = 'Northwind Traders';

/**
 * The demo seed's workspace content, files, home buttons, branding and second workspace, run twice
 * against real identity, crm, portal and the object store: the second run adds nothing.
 */
describe('the demo seed: workspace content, files, home buttons, branding', () => {
  let runtimes: ServiceRuntime[] = [];
  let crm: ServiceClient<'crm'>;
  let portal: ServiceClient<'portal'>;
  let files: ServiceClient<'files'>;
  let content: ServiceClient<'content'>;
  let portalSettings: ServiceClient<'portalSettings'>;
  let branding: ServiceClient<'branding'>;
  let owner: Principal;

  beforeAll(async () => {
    const identityRuntime = await startIdentity(loadIdentityConfig(serviceTestEnvironment('identity')));
    const crmRuntime = await startCrm(loadCrmConfig(serviceTestEnvironment('crm')));
    const portalRuntime = await startPortal(loadPortalConfig(serviceTestEnvironment('portal')));
    runtimes = [identityRuntime, crmRuntime, portalRuntime];
    const options = { signer: testPrincipalSigner };
    const identity = createServiceClient('identity', `127.0.0.1:${identityRuntime.grpcPort}`, options);
    const slug = uniqueName('acme').replaceAll('_', '-');
    const seeded = await identity.ensureTenant(
      {
        slug,
        name: 'Acme Studio',
        ownerEmail: `${uniqueName('owner')}@acme.test`,
        ownerDisplayName: 'Olivia Owner',
        ownerPassword: 'Owner-password-1',
        defaultLanguage: 'en',
      },
      { principal: servicePrincipal('seed', slug) },
    );
    identity.close();
    owner = { ...staff(seeded.tenant?.id ?? '', 'owner'), displayName: 'Olivia Owner' };
    crm = createServiceClient('crm', `127.0.0.1:${crmRuntime.grpcPort}`, options);
    portal = createServiceClient('portal', `127.0.0.1:${portalRuntime.grpcPort}`, options);
    files = createServiceClient('files', `127.0.0.1:${portalRuntime.grpcPort}`, options);
    content = createServiceClient('content', `127.0.0.1:${portalRuntime.grpcPort}`, options);
    portalSettings = createServiceClient('portalSettings', `127.0.0.1:${portalRuntime.grpcPort}`, options);
    branding = createServiceClient('branding', `127.0.0.1:${identityRuntime.grpcPort}`, options);
    const client = await crm.createClient({ name: CLIENT }, { principal: owner });
    await portal.enablePortal(
      { clientId: client.id, clientName: client.name, workspaceName: '' },
      { principal: owner },
    );
  }, 180_000);
  afterAll(async () => {
    for (const client of [crm, portal, files, content, portalSettings, branding]) client.close();
    for (const runtime of runtimes) {
      await runtime.connection.dropDatabase();
      await runtime.stop();
    }
  });

  it('adds branding, home buttons, content, files and a second workspace once', async () => {
    const run = async () => [
      ...(await seedBranding({ branding }, owner)),
      ...(await seedPortalSettings({ portalSettings }, owner)),
      ...(await seedWorkspaceContent({ crm, portal, files, content }, CLIENT, owner)),
    ];
    expect(await run()).toEqual([
      'branding',
      'portal settings',
      'link',
      'link',
      'embed',
      'note',
      'note',
      'folder',
      'file',
      'file',
      'workspace',
    ]);
    expect(await run()).toEqual([]);

    const stored = await branding.getBranding({}, { principal: owner });
    expect(stored).toMatchObject({
      portalName: DEMO_BRANDING.portalName,
      primaryColor: DEMO_BRANDING.primaryColor,
    });
    expect(stored.logo?.contentType).toBe('image/png');
    const settings = await portalSettings.getPortalSettings({}, { principal: owner });
    expect(settings.callsToAction.map((action) => action.kind)).toEqual(
      DEMO_PORTAL_SETTINGS.callsToAction.map((action) => action.kind),
    );

    const wanted = DEMO_WORKSPACE_CONTENT[CLIENT];
    const { workspaces } = await portal.listWorkspaces({ clientId: '' }, { principal: owner });
    expect(workspaces.map((workspace) => workspace.name).sort()).toEqual(
      [CLIENT, wanted?.secondWorkspace].sort(),
    );
    const first = workspaces.find((workspace) => workspace.name === CLIENT)?.id ?? '';
    const notes = await content.listNotes({ workspaceId: first }, { principal: owner });
    expect(notes.notes.map((note) => [note.title, note.clientVisible]).sort()).toEqual(
      (wanted?.notes ?? []).map((note) => [note.title, note.clientVisible]).sort(),
    );
    const embeds = await content.listEmbeds({ workspaceId: first }, { principal: owner });
    // The embed's host is on the allow-list the settings saved: it is shown, not blocked.
    expect(embeds.embeds.map((embed) => embed.blocked)).toEqual([false]);
    const root = await files.listFiles(
      { workspaceId: first, folderId: '', page: { pageSize: 50 } },
      { principal: owner },
    );
    expect(root.files.map((file) => [file.name, file.clientVisible])).toEqual([
      ['estimate-working-notes.txt', false],
    ]);
    const folder = root.folders.find((candidate) => candidate.name === 'Brand assets');
    expect(folder?.clientVisible).toBe(true);
    const shared = await files.listFiles(
      { workspaceId: first, folderId: folder?.id ?? '', page: { pageSize: 50 } },
      { principal: owner },
    );
    expect(shared.files.map((file) => [file.name, file.contentType])).toEqual([
      ['brand-guidelines.pdf', 'application/pdf'],
    ]);
  });
});
