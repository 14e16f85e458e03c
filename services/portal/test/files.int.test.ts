import { as, clientUser, readTopic, serviceTestEnvironment, staff, uniqueName } from '@client-portal/testing';
import type { EventOutbox } from '@client-portal/kit';
import { ObjectStore, type Principal, type ServiceRuntime } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadPortalConfig } from '../src/config.js';
import { startPortal } from '../src/app.js';
import { defaultPortalSettings } from '../src/domain/portal-settings.js';
import { PortalSettingsRepository } from '../src/store/portal-settings.repository.js';
import { FileService } from '../src/application/file.service.js';
import { FolderRepository, WorkspaceFileRepository } from '../src/store/workspace-file.repository.js';
import { WorkspaceRepository } from '../src/store/workspace.repository.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0x90)]);

describe('FileService against the real infrastructure (FerretDB, Kafka, S3Proxy)', () => {
  const environment = serviceTestEnvironment('portal');
  const config = loadPortalConfig(environment);
  let runtime: ServiceRuntime;
  let portal: ServiceClient<'portal'>;
  let files: ServiceClient<'files'>;
  let objects: ObjectStore;
  const tenant = uniqueName('tenant');
  const owner: Principal = { ...staff(tenant, 'owner'), displayName: 'Olivia Owner' };
  const member = staff(tenant, 'member');
  const clientId = uniqueName('client');
  let workspaceId: string;
  let decisionMaker: Principal;
  let observer: Principal;

  beforeAll(async () => {
    runtime = await startPortal(config);
    portal = contractClient('portal', `127.0.0.1:${runtime.grpcPort}`);
    files = contractClient('files', `127.0.0.1:${runtime.grpcPort}`);
    objects = new ObjectStore(config);
    workspaceId = (await portal.enablePortal({ clientId, clientName: 'Globex' }, as(owner))).id;
    decisionMaker = { ...clientUser(tenant, clientId, [workspaceId]), displayName: 'Dana Client' };
    observer = clientUser(tenant, clientId, [workspaceId], uniqueName('observer'), ['view']);
  });
  afterAll(async () => {
    portal.close();
    files.close();
    objects.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  /** The browser's part: PUT the bytes to the presigned URL, as the web app does. */
  async function put(url: string, body: Buffer): Promise<void> {
    const answer = await fetch(url, {
      method: 'PUT',
      body,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(answer.status).toBe(200);
  }

  async function upload(
    principal: Principal,
    name: string,
    body: Buffer,
    options: { clientVisible?: boolean; folderId?: string; announced?: number } = {},
  ) {
    const requested = await files.requestUpload(
      {
        workspaceId,
        folderId: options.folderId ?? '',
        name,
        sizeBytes: options.announced ?? body.length,
        clientVisible: options.clientVisible ?? false,
      },
      as(principal),
    );
    await put(requested.uploadUrl, body);
    return {
      requested,
      complete: () => files.completeUpload({ workspaceId, fileId: requested.file?.id ?? '' }, as(principal)),
    };
  }

  const names = async (principal: Principal, folderId = '') =>
    (await files.listFiles({ workspaceId, folderId }, as(principal))).files.map((file) => file.name).sort();

  it('stores an upload by presigned URL, sniffs it, keeps it internal until staff share it, then the client downloads the same bytes', async () => {
    const { requested, complete } = await upload(owner, 'Brief.pdf', PDF);
    expect(requested.uploadUrl).toContain(config.S3_BUCKET);
    // Pending: nobody sees it yet, not even staff.
    expect(await names(owner)).toEqual([]);
    const ready = await complete();
    expect(ready).toMatchObject({
      name: 'Brief.pdf',
      contentType: 'application/pdf',
      sizeBytes: String(PDF.length),
      clientVisible: false,
      uploadedByName: 'Olivia Owner',
      uploadedByKind: 'staff',
    });
    expect(await names(owner)).toEqual(['Brief.pdf']);

    // Internal: invisible to the client everywhere (list, download, recently shared).
    expect(await names(decisionMaker)).toEqual([]);
    await expect(
      files.getDownloadUrl({ workspaceId, fileId: ready.id }, as(decisionMaker)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await files.listRecentlyShared({ limit: 10 }, as(decisionMaker))).files).toEqual([]);

    const shared = await files.setFileVisibility(
      { workspaceId, fileId: ready.id, clientVisible: true },
      as(member),
    );
    expect(shared.clientVisible).toBe(true);
    expect(await names(observer)).toEqual(['Brief.pdf']);
    const recent = await files.listRecentlyShared({ limit: 10 }, as(observer));
    expect(recent.files).toEqual([
      expect.objectContaining({ id: ready.id, workspaceName: 'Globex', contentType: 'application/pdf' }),
    ]);
    const { url } = await files.getDownloadUrl({ workspaceId, fileId: ready.id }, as(observer));
    const download = await fetch(url);
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Brief.pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    // The client's tab appears (a shared file), and the events say who and whether the client may know.
    const view = await portal.getWorkspace({ workspaceId }, as(observer));
    expect(view.tabs).toContain('files');
    const events = (
      await readTopic(
        `${environment.KAFKA_TOPIC_PREFIX}portal.events`,
        (messages) => messages.filter((message) => String(message.value).includes(ready.id)).length >= 2,
        // A fresh consumer group joins slowly when the machine is busy (the whole suite running).
        45_000,
      )
    )
      .map(
        (message) =>
          JSON.parse(String(message.value)) as {
            type: string;
            subject: string;
            data: Record<string, unknown>;
          },
      )
      .filter((event) => event.subject === ready.id);
    expect(events.map((event) => [event.type, event.data.clientVisible])).toEqual([
      ['portal.file.shared', false],
      ['portal.file.updated', true],
    ]);
    expect(events[0]?.data).toMatchObject({
      workspaceId,
      clientId,
      actorName: 'Olivia Owner',
      title: 'Brief.pdf',
    });
  }, 120_000);

  it('answers a client user only what they may see, field by field', async () => {
    const { complete } = await upload(owner, 'Margins.pdf', PDF, { clientVisible: false });
    await complete();
    const folder = await files.createFolder(
      { workspaceId, parentId: '', name: 'Internal costs', clientVisible: false },
      as(owner),
    );
    const listed = await files.listFiles({ workspaceId, folderId: '' }, as(decisionMaker));
    expect(listed.files.every((file) => file.clientVisible)).toBe(true);
    expect(listed.files.map((file) => file.name)).not.toContain('Margins.pdf');
    expect(listed.folders.map((candidate) => candidate.id)).not.toContain(folder.id);
    expect(listed).toMatchObject({ canManage: false, canUpload: true });
    expect(JSON.stringify(listed)).not.toContain(owner.userId);
    await expect(
      files.listFiles({ workspaceId, folderId: folder.id }, as(decisionMaker)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const forStaff = await files.listFiles({ workspaceId, folderId: '' }, as(member));
    expect(forStaff.folders.map((candidate) => candidate.name)).toContain('Internal costs');
    expect(forStaff).toMatchObject({ canManage: true, canUpload: true });
  });

  it('enforces who may do what: staff share, clients upload with the right, strangers see nothing', async () => {
    // A client user's upload is always client-visible, whatever they ask.
    const { complete } = await upload(decisionMaker, 'Logo.png', PNG, { clientVisible: false });
    expect(await complete()).toMatchObject({
      clientVisible: true,
      uploadedByKind: 'client',
      uploadedByName: 'Dana Client',
    });
    const request = { workspaceId, folderId: '', name: 'x.pdf', sizeBytes: 10, clientVisible: true };
    await expect(files.requestUpload(request, as(observer))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'You do not have the "upload" right in this workspace',
    });
    const uploaderOnly = clientUser(tenant, clientId, [workspaceId], uniqueName('billing'), ['pay']);
    await expect(files.listFiles({ workspaceId, folderId: '' }, as(uploaderOnly))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'You do not have the "view" right in this workspace',
    });
    const otherClient = clientUser(tenant, uniqueName('client'), [workspaceId]);
    const notInWorkspace = clientUser(tenant, clientId, []);
    const otherTenant = staff(uniqueName('tenant'), 'owner');
    for (const stranger of [otherClient, notInWorkspace, otherTenant]) {
      await expect(files.listFiles({ workspaceId, folderId: '' }, as(stranger))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(files.requestUpload(request, as(stranger))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    const listed = await files.listFiles({ workspaceId, folderId: '' }, as(owner));
    const logo = listed.files.find((file) => file.name === 'Logo.png');
    // Organising is for staff: a client user with every right is refused.
    for (const call of [
      () => files.renameFile({ workspaceId, fileId: logo?.id ?? '', name: 'y.png' }, as(decisionMaker)),
      () => files.deleteFile({ workspaceId, fileId: logo?.id ?? '' }, as(decisionMaker)),
      () =>
        files.setFileVisibility(
          { workspaceId, fileId: logo?.id ?? '', clientVisible: false },
          as(decisionMaker),
        ),
      () =>
        files.createFolder(
          { workspaceId, parentId: '', name: 'Mine', clientVisible: true },
          as(decisionMaker),
        ),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    // Staff members may share; "view as client" may not change anything.
    const renamed = await files.renameFile(
      { workspaceId, fileId: logo?.id ?? '', name: 'Logo final.png' },
      as(member),
    );
    expect(renamed.name).toBe('Logo final.png');
    await expect(
      files.renameFile(
        { workspaceId, fileId: logo?.id ?? '', name: 'x.png' },
        as({ ...owner, viewedBy: owner.userId }),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      files.renameFile({ workspaceId, fileId: logo?.id ?? '', name: 'a/b' }, as(member)),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('refuses an upload over the limit, of a blocked type or whose extension contradicts its bytes, naming the rule and showing nothing', async () => {
    const settings = new PortalSettingsRepository(runtime.connection);
    await settings.save({ ...defaultPortalSettings(tenant), maxFileBytes: 1024, version: 1 }, 0);
    const before = await names(owner);

    // Announced over the limit: refused before a byte is sent, naming the limit.
    const tooBig = { workspaceId, folderId: '', name: 'video.mp4', sizeBytes: 5000, clientVisible: true };
    const refusal = await files.requestUpload(tooBig, as(owner)).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: "The file is larger than this portal's limit of 1 KB",
    });

    // Announced small, stored large: refused on completion, the object deleted.
    const lying = await upload(owner, 'notes.txt', Buffer.alloc(2048, 0x61), { announced: 100 });
    await expect(lying.complete()).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: "The file is larger than this portal's limit of 1 KB",
    });
    expect(await objects.head(`${tenant}/files/${lying.requested.file?.id ?? ''}`)).toBeUndefined();

    const blocked = await upload(owner, 'setup.exe', EXE);
    await expect(blocked.complete()).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'Files of type application/x-msdownload are not accepted in this portal',
    });
    expect(await objects.head(`${tenant}/files/${blocked.requested.file?.id ?? ''}`)).toBeUndefined();

    const renamedExe = await upload(owner, 'invoice.pdf', EXE);
    await expect(renamedExe.complete()).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });

    const mismatch = await upload(owner, 'report.pdf', PNG);
    await expect(mismatch.complete()).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'The file\'s content (image/png) does not match its extension ".pdf"',
    });
    expect(await objects.head(`${tenant}/files/${mismatch.requested.file?.id ?? ''}`)).toBeUndefined();
    // A refused upload stays refused.
    await expect(mismatch.complete()).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    expect(await names(owner)).toEqual(before);
    await settings.save({ ...defaultPortalSettings(tenant), version: 2 }, 1);
  });

  it('never shows an interrupted upload, and sweeps it after a day', async () => {
    const before = await names(owner);
    // Requested, bytes never sent: completing says so, and nothing is listed.
    const neverSent = await files.requestUpload(
      { workspaceId, folderId: '', name: 'Draft.pdf', sizeBytes: PDF.length, clientVisible: true },
      as(owner),
    );
    await expect(
      files.completeUpload({ workspaceId, fileId: neverSent.file?.id ?? '' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
    });
    // Bytes sent, never completed: still nothing listed.
    const sentOnly = await upload(owner, 'Half.pdf', PDF);
    expect(await names(owner)).toEqual(before);
    expect(await names(decisionMaker)).not.toContain('Half.pdf');
    // Someone else cannot complete my upload.
    await expect(
      files.completeUpload({ workspaceId, fileId: sentOnly.requested.file?.id ?? '' }, as(member)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // A day later the sweeper removes both: the bytes that arrived, and the records (marked failed).
    const service = new FileService(
      new WorkspaceFileRepository(runtime.connection),
      new FolderRepository(runtime.connection),
      new WorkspaceRepository(runtime.connection),
      new PortalSettingsRepository(runtime.connection),
      objects,
      runtime.outbox as unknown as EventOutbox<ProducedBy<'portal'>>,
    );
    expect(await service.sweepAbandonedUploads(new Date())).toBe(0);
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect(await service.sweepAbandonedUploads(tomorrow)).toBeGreaterThanOrEqual(2);
    expect(await objects.head(`${tenant}/files/${sentOnly.requested.file?.id ?? ''}`)).toBeUndefined();
    await expect(sentOnly.complete()).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: 'This upload was refused: The upload was never completed',
    });
    expect(await names(owner)).toEqual(before);
  });

  it('keeps folders: create, rename, refuse deleting one that holds files, delete an empty one', async () => {
    const folder = await files.createFolder(
      { workspaceId, parentId: '', name: '  Designs ', clientVisible: true },
      as(member),
    );
    expect(folder).toMatchObject({ name: 'Designs', parentId: '', clientVisible: true });
    const renamed = await files.renameFolder(
      { workspaceId, folderId: folder.id, name: 'Final designs' },
      as(member),
    );
    expect(renamed.name).toBe('Final designs');
    const inside = await upload(owner, 'Mockup.png', PNG, { folderId: folder.id, clientVisible: true });
    await inside.complete();
    const listed = await files.listFiles({ workspaceId, folderId: folder.id }, as(observer));
    expect(listed.path.map((step) => step.name)).toEqual(['Final designs']);
    expect(listed.files.map((file) => file.name)).toEqual(['Mockup.png']);
    await expect(files.deleteFolder({ workspaceId, folderId: folder.id }, as(member))).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: 'The folder is not empty: move or delete what it holds first',
    });
    await files.moveFile({ workspaceId, fileId: inside.requested.file?.id ?? '', folderId: '' }, as(member));
    await files.deleteFolder({ workspaceId, folderId: folder.id }, as(member));
    expect(
      (await files.listFiles({ workspaceId, folderId: '' }, as(member))).folders.map((f) => f.id),
    ).not.toContain(folder.id);
    // Deleting a file removes its bytes too.
    await files.deleteFile({ workspaceId, fileId: inside.requested.file?.id ?? '' }, as(member));
    expect(await objects.head(`${tenant}/files/${inside.requested.file?.id ?? ''}`)).toBeUndefined();
    expect(await names(observer)).not.toContain('Mockup.png');
  });
});
