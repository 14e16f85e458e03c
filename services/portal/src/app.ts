import { producerSchemas } from '@client-portal/events';
import { ObjectStore, ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { DeliverableService } from './application/deliverable.service.js';
import { TaskService } from './application/task.service.js';
import { WorkspaceService } from './application/workspace.service.js';
import { FileService } from './application/file.service.js';
import { fileHandlers } from './grpc/file.handler.js';
import {
  FolderRepository,
  WORKSPACE_FILES_COLLECTION,
  WORKSPACE_FOLDERS_COLLECTION,
  WorkspaceFileRepository,
} from './store/workspace-file.repository.js';
import { ContentService } from './application/content.service.js';
import { TimelineRecorder } from './application/timeline-recorder.js';
import type { TabSource } from './application/workspace-tabs.js';
import type { PortalConfig } from './config.js';
import { portalSubscriptions } from './events/subscriptions.js';
import { deliverableHandlers } from './grpc/deliverable.handler.js';
import { portalHandlers } from './grpc/portal.handler.js';
import { DeliverableEvidenceRepository } from './store/deliverable-evidence.repository.js';
import { DELIVERABLES_COLLECTION, DeliverableRepository } from './store/deliverable.repository.js';
import { DeliverableUploadRepository } from './store/deliverable-upload.repository.js';
import { taskHandlers } from './grpc/task.handler.js';
import { contentHandlers } from './grpc/content.handler.js';
import { CONTENT_COLLECTION, ContentRepository } from './store/content.repository.js';
import { TimelineRepository } from './store/timeline.repository.js';
import { PortalSettingsService } from './application/portal-settings.service.js';
import { portalSettingsHandlers } from './grpc/portal-settings.handler.js';
import { VIEW_AS_RECORDS_COLLECTION, ViewAsRecordRepository } from './store/view-as-record.repository.js';
import { PortalSettingsRepository } from './store/portal-settings.repository.js';
import { SharedDocumentRepository } from './store/shared-document.repository.js';
import { TASK_COMMENTS_COLLECTION, TASKS_COLLECTION, TaskRepository } from './store/task.repository.js';
import { WorkspaceProjectRepository } from './store/workspace-project.repository.js';
import { WORKSPACES_COLLECTION, WorkspaceRepository } from './store/workspace.repository.js';

/** How often abandoned uploads (pending for over a day) are swept. */
const FILE_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadPortalConfig } from './config.js';

/** Wires portal: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startPortal(config: PortalConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'portal',
    config,
    outboxCollections: [
      WORKSPACES_COLLECTION,
      WORKSPACE_FILES_COLLECTION,
      WORKSPACE_FOLDERS_COLLECTION,
      DELIVERABLES_COLLECTION,
      TASKS_COLLECTION,
      TASK_COMMENTS_COLLECTION,
      CONTENT_COLLECTION,
      VIEW_AS_RECORDS_COLLECTION,
    ],
    produces: producerSchemas('portal'),
  });
  const workspaces = new WorkspaceRepository(runtime.connection);
  const documents = new SharedDocumentRepository(runtime.connection);
  const settings = new PortalSettingsRepository(runtime.connection);
  const contentItems = new ContentRepository(runtime.connection);
  const timeline = new TimelineRepository(runtime.connection);
  const workspaceFiles = new WorkspaceFileRepository(runtime.connection);
  const folders = new FolderRepository(runtime.connection);
  // Issue 10: the old one-workspace-per-client unique index must go before the new indexes are made.
  const dropped = await workspaces.dropLegacyIndexes();
  if (dropped.length > 0) runtime.logger.info({ dropped }, 'legacy workspace indexes dropped');
  // Issue 13 (partner API): the sync order needs every workspace's and file's updatedAt.
  const backfilled = (await workspaces.backfillUpdatedAt()) + (await workspaceFiles.backfillUpdatedAt());
  if (backfilled > 0) runtime.logger.info({ backfilled }, 'updatedAt backfilled for the sync order');
  const tasks = new TaskRepository(runtime.connection);
  const projects = new WorkspaceProjectRepository(runtime.connection);
  const deliverables = new DeliverableRepository(runtime.connection);
  const deliverableEvidence = new DeliverableEvidenceRepository(runtime.connection);
  const deliverableUploads = new DeliverableUploadRepository(runtime.connection);
  const viewAsRecords = new ViewAsRecordRepository(runtime.connection);
  await runtime.ensureIndexes([
    workspaces,
    documents,
    settings,
    workspaceFiles,
    folders,
    deliverables,
    deliverableEvidence,
    deliverableUploads,
    tasks,
    projects,
    contentItems,
    timeline,
    viewAsRecords,
  ]);
  const taskService = new TaskService(tasks, workspaces, projects, runtime.outbox);
  // Files and deliverable versions live in the S3-compatible object store (kit ObjectStore).
  const objects = new ObjectStore(config);
  await objects.ensureBucket();
  runtime.lifecycle.onShutdown('object store', () => {
    objects.close();
    return Promise.resolve();
  });
  const files = new FileService(
    workspaceFiles,
    folders,
    workspaces,
    settings,
    objects,
    runtime.outbox,
    runtime.logger,
  );
  // Uploads requested and never completed are swept hourly (and once at start): docs/workspaces-files.md.
  const sweep = () => {
    files.sweepAbandonedUploads().catch((error: unknown) => {
      runtime.logger.warn({ err: error }, 'sweeping abandoned uploads failed');
    });
  };
  sweep();
  const sweeper = setInterval(sweep, FILE_SWEEP_INTERVAL_MS);
  sweeper.unref();
  runtime.lifecycle.onShutdown('abandoned upload sweeper', () => {
    clearInterval(sweeper);
    return Promise.resolve();
  });
  const deliverableService = new DeliverableService(
    deliverables,
    deliverableEvidence,
    deliverableUploads,
    workspaces,
    settings,
    objects,
    runtime.outbox,
  );
  const content = new ContentService(workspaces, contentItems, settings, timeline, runtime.outbox);
  // What each module shows a client user decides whether its tab appears (application/workspace-tabs.ts).
  const tabSources: TabSource[] = [
    {
      module: 'billing',
      // Billing shows to whoever may see billing (issue 11's "billing" right; paying implies it).
      rights: ['billing', 'pay'],
      hasSomethingFor: async (_principal, workspace) =>
        (await documents.listForClient(workspace.tenantId, workspace.clientId, 1)).length > 0,
    },
    // Messages: a client user with the chat right may always start a conversation.
    { module: 'messages', rights: ['chat'], hasSomethingFor: () => Promise.resolve(true) },
    // Files: a shared file to see, or the right to upload one.
    {
      module: 'files',
      rights: ['view', 'upload'],
      hasSomethingFor: (principal, workspace) => files.hasSomethingFor(principal, workspace),
    },
    // Approvals: a deliverable with at least one version (a draft without a file shows nobody).
    {
      module: 'approvals',
      rights: ['view', 'approve'],
      hasSomethingFor: (_principal, workspace) => deliverableService.hasSomethingFor(workspace),
    },
    // Tasks: client-visible tasks, or milestones of the linked project.
    taskService.tabSource(),
    // Content slice: links, allowed embeds, client-visible notes, client-visible timeline entries.
    {
      module: 'links',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasLinks(workspace),
    },
    {
      module: 'embeds',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasAllowedEmbeds(workspace),
    },
    {
      module: 'notes',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasClientVisibleNotes(workspace),
    },
    {
      module: 'timeline',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasClientVisibleTimeline(workspace),
    },
  ];
  const service = new WorkspaceService(workspaces, documents, runtime.outbox, tabSources);
  await runtime.serveGrpc(
    [
      contractOf('portal').packageDefinition,
      contractOf('files').packageDefinition,
      contractOf('deliverables').packageDefinition,
      contractOf('tasks').packageDefinition,
      contractOf('content').packageDefinition,
      contractOf('portalSettings').packageDefinition,
    ],
    [
      { definition: serviceDefinition('portal'), handlers: portalHandlers(service) },
      { definition: serviceDefinition('files'), handlers: fileHandlers(files) },
      { definition: serviceDefinition('deliverables'), handlers: deliverableHandlers(deliverableService) },
      { definition: serviceDefinition('tasks'), handlers: taskHandlers(taskService) },
      { definition: serviceDefinition('content'), handlers: contentHandlers(content) },
      {
        definition: serviceDefinition('portalSettings'),
        handlers: portalSettingsHandlers(
          new PortalSettingsService(settings, workspaces, viewAsRecords, runtime.outbox),
        ),
      },
    ],
  );
  const recorder = new TimelineRecorder(timeline, (tenantId, clientId) =>
    workspaces.list(tenantId, { clientId }),
  );
  await runtime.consume(portalSubscriptions(documents, recorder, projects));
  runtime.ready();
  return runtime;
}
