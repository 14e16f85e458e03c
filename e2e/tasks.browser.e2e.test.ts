import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { createRealmUser, passwordToken, uniqueName } from '@client-portal/testing';
import { ExternalUserRepository } from '../services/identity/src/store/external-user.repository.js';
import {
  builtWebApp,
  byTestId,
  checkLayout,
  DESKTOP,
  keepScreenshots,
  logIn,
  PHONE,
  startBrowser,
} from './support/browser.js';
import { Api, EventStream } from './support/http.js';
import { addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18095;

interface Task {
  id: string;
  title: string;
  version: number;
  clientVisible: boolean;
  assignee: { kind: string; id: string; name: string } | null;
}
interface Board {
  tasks: Task[];
  progress: { percent: number; source: string };
}

/**
 * Staff add tasks in a client's workspace; the client (a decision-maker contact in that workspace)
 * sees the client-visible one appear live, comments on it and completes it; the staff screen follows
 * live. The internal task never reaches the client: not on screen, not over REST, not on the stream.
 */
describe('workspace tasks in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let member: Person;
  let client: Person;
  let workspaceId: string;
  let contactId: string;
  let clientApi: Api;
  let staffApi: Api;
  let clientStream: EventStream | undefined;
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Pixel Agency' });
    member = await addStaff(platform, agency.tenantId, 'member', 'Mia Member');
    const api = new Api(platform.url);
    const owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    const created = await owner.post<{ id: string; contacts: { id: string }[] }>('/clients', {
      name: 'Globex',
      primaryContact: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: `${uniqueName('grace')}@globex.test`,
        role: 'decision-maker',
      },
    });
    expect(created.status).toBe(201);
    contactId = created.body.contacts[0]?.id ?? '';
    const enabled = await owner.post<{ workspace: { id: string } }>(`/clients/${created.body.id}/portal`);
    expect(enabled.status).toBe(201);
    workspaceId = enabled.body.workspace.id;

    // The contact as an accepted invitation leaves them: a portal user of that workspace, their contact
    // id on the principal (tasks are assigned to contacts), rights from their role (decision-maker: all).
    client = {
      userId: randomUUID(),
      email: `${uniqueName('contact')}@globex.test`,
      password: 'Client-Pass-2026',
      displayName: 'Grace Hopper',
    };
    const keycloakId = await createRealmUser({
      email: client.email,
      password: client.password,
      tenantId: agency.tenantId,
    });
    const identity = platform.runtimes.get('identity');
    if (!identity) throw new Error('identity is not running');
    const now = new Date();
    await new ExternalUserRepository(identity.connection).insert({
      id: client.userId,
      tenantId: agency.tenantId,
      keycloakId,
      email: client.email,
      displayName: client.displayName,
      clientId: created.body.id,
      contactId,
      role: 'decision-maker',
      workspaceIds: [workspaceId],
      workspaceAccess: [],
      status: 'active',
      activatedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    clientApi = api.as(await passwordToken(client.email, client.password));
    staffApi = api.as(await passwordToken(member.email, member.password));
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'tasks'));

  afterAll(async () => {
    clientStream?.close();
    await browser.close();
    await platform.stop();
  });

  async function openWorkspace(page: Page, person: Person): Promise<void> {
    await page.goto(`${base}/portal/workspaces/${workspaceId}`);
    await logIn(page, person.email, person.password);
    await byTestId(page, 'workspace-title').waitFor({ timeout: 30_000 });
  }

  it('staff add a task; the client sees it appear live, comments and completes it; the internal one never shows', async () => {
    clientStream = await EventStream.open(platform.url, await passwordToken(client.email, client.password));
    const staffPage = await (await browser.newContext()).newPage();
    await staffPage.setViewportSize(DESKTOP);
    await openWorkspace(staffPage, member);
    await byTestId(staffPage, 'workspace-tab-tasks').click();
    await byTestId(staffPage, 'tasks-empty').waitFor();

    // The client opens the workspace before any task exists: no Tasks tab yet.
    const clientPage = await (await browser.newContext()).newPage();
    await clientPage.setViewportSize(DESKTOP);
    await openWorkspace(clientPage, client);
    expect(await byTestId(clientPage, 'workspace-tab-tasks').count()).toBe(0);

    // Staff: an internal task first, then one for the client, assigned to the contact.
    await byTestId(staffPage, 'task-add').click();
    await byTestId(staffPage, 'task-title-input').fill('Check the margin');
    await byTestId(staffPage, 'task-visible-input').uncheck();
    await byTestId(staffPage, 'task-save').click();
    await byTestId(staffPage, 'task-item-internal').waitFor();

    await byTestId(staffPage, 'task-add').click();
    await byTestId(staffPage, 'task-save').click();
    // An empty title is refused next to the field; the dialog stays with what was typed.
    await byTestId(staffPage, 'task-title-error').waitFor();
    await byTestId(staffPage, 'task-title-input').fill('Send us your logo');
    await byTestId(staffPage, 'task-description-input').fill('SVG or PNG, the largest you have.');
    await staffPage
      .locator('#task-assignee option', { hasText: 'Grace Hopper' })
      .waitFor({ state: 'attached' });
    await byTestId(staffPage, 'task-assignee-input').selectOption({ label: 'Grace Hopper' });
    await checkLayout(staffPage, 'tasks-staff-editor-phone', PHONE, [byTestId(staffPage, 'task-save')]);
    await staffPage.setViewportSize(DESKTOP);
    await byTestId(staffPage, 'task-save').click();
    await byTestId(staffPage, 'task-item-title').filter({ hasText: 'Send us your logo' }).waitFor();

    // The client's open workspace gains its Tasks tab live and shows the shared task only.
    await byTestId(clientPage, 'workspace-tab-tasks').click({ timeout: 10_000 });
    await byTestId(clientPage, 'task-item-title').filter({ hasText: 'Send us your logo' }).waitFor();
    expect(await clientPage.getByText('Check the margin').count()).toBe(0);
    expect(await byTestId(clientPage, 'task-add').count()).toBe(0);
    await checkLayout(clientPage, 'tasks-client-board-phone', PHONE, [
      byTestId(clientPage, 'task-open').first(),
    ]);
    await checkLayout(clientPage, 'tasks-client-board-desktop', DESKTOP, []);

    // The client comments; the staff's open task shows it live.
    await byTestId(staffPage, 'task-open').filter({ hasText: 'Send us your logo' }).click();
    await byTestId(staffPage, 'task-comments-empty').waitFor();
    await byTestId(clientPage, 'task-open').filter({ hasText: 'Send us your logo' }).click();
    await byTestId(clientPage, 'task-comment-input').fill('Attached to the e-mail you will get today.');
    await byTestId(clientPage, 'task-comment-send').click();
    await byTestId(clientPage, 'task-comment-body').filter({ hasText: 'Attached to the e-mail' }).waitFor();
    await byTestId(staffPage, 'task-comment-body')
      .filter({ hasText: 'Attached to the e-mail' })
      .waitFor({ timeout: 5_000 });

    // Staff answer with an internal comment and a shared one: the client sees the shared one only.
    await byTestId(staffPage, 'task-comment-input').fill('Remind them Friday if nothing comes');
    await byTestId(staffPage, 'task-comment-internal').check();
    await byTestId(staffPage, 'task-comment-send').click();
    await byTestId(staffPage, 'task-comment-body').filter({ hasText: 'Remind them Friday' }).waitFor();
    await byTestId(staffPage, 'task-comment-input').fill('Thanks Grace!');
    await byTestId(staffPage, 'task-comment-send').click();
    await byTestId(clientPage, 'task-comment-body')
      .filter({ hasText: 'Thanks Grace!' })
      .waitFor({ timeout: 5_000 });
    expect(await clientPage.getByText('Remind them Friday').count()).toBe(0);
    await checkLayout(clientPage, 'tasks-client-task-phone', PHONE, [
      byTestId(clientPage, 'task-detail-move-done'),
    ]);
    await clientPage.setViewportSize(DESKTOP);

    // The task is theirs: the client marks it done; the staff board follows live.
    await byTestId(clientPage, 'task-detail-move-done').click();
    await byTestId(clientPage, 'task-detail-status').filter({ hasText: 'Done' }).waitFor();
    await byTestId(clientPage, 'task-detail-close').click();
    await byTestId(staffPage, 'task-detail-close').click();
    await byTestId(staffPage, 'task-column-done')
      .locator('[data-testid="task-item-title"]', { hasText: 'Send us your logo' })
      .waitFor({ timeout: 5_000 });
    await checkLayout(staffPage, 'tasks-staff-board-desktop', DESKTOP, [byTestId(staffPage, 'task-add')]);
    await checkLayout(staffPage, 'tasks-staff-board-phone', PHONE, [byTestId(staffPage, 'task-add')]);

    // Over REST and on the live stream: nothing internal, no staff ids.
    const board = await clientApi.get<Board>(`/workspaces/${workspaceId}/tasks`);
    expect(board.status).toBe(200);
    expect(board.body.tasks.map((task) => task.title)).toEqual(['Send us your logo']);
    expect(board.body.progress).toMatchObject({ percent: 100, source: 'tasks' });
    const staffBoard = await staffApi.get<Board>(`/workspaces/${workspaceId}/tasks`);
    const internal = staffBoard.body.tasks.find((task) => task.title === 'Check the margin');
    expect(internal?.clientVisible).toBe(false);
    expect((await clientApi.get(`/tasks/${internal?.id ?? ''}`)).status).toBe(404);
    const detail = await clientApi.get(`/tasks/${board.body.tasks[0]?.id ?? ''}`);
    expect(JSON.stringify(detail.body)).not.toMatch(/Remind them Friday|Check the margin/);
    expect(JSON.stringify([board.body, detail.body])).not.toContain(member.userId);
    expect((await clientApi.post(`/workspaces/${workspaceId}/tasks`, { title: 'Mine' })).status).toBe(403);
    await clientStream.waitFor((event) => event.event === 'workspace.changed');
    const streamed = clientStream.events.filter((event) => event.event === 'workspace.changed');
    expect(streamed.every((event) => (event.data as { clientVisible: boolean }).clientVisible)).toBe(true);
    expect(JSON.stringify(streamed)).not.toContain(internal?.id ?? 'none');
  });
});
