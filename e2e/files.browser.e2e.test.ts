import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { createServiceClient } from '@client-portal/contracts';
import { as, staff } from '@client-portal/testing';
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
import { addClientUser, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18096;

const BRIEF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/**
 * Staff upload a file to a workspace in Chromium (presigned PUT straight to S3Proxy), it stays
 * internal until they share it; the client user's open Files tab shows it live, and the download
 * they get holds exactly the bytes staff uploaded. A file whose bytes contradict its name is refused
 * with the rule, and nothing appears.
 */
describe('workspace files in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let owner: Person;
  let client: Person;
  let workspaceId: string;
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Files Agency' });
    owner = agency.owner;
    const clientId = randomUUID();
    const portalPort = platform.runtimes.get('portal')?.grpcPort ?? 0;
    const portal = createServiceClient('portal', `127.0.0.1:${portalPort}`);
    workspaceId = (
      await portal.enablePortal({ clientId, clientName: 'Globex' }, as(staff(agency.tenantId, 'owner')))
    ).id;
    portal.close();
    client = await addClientUser(platform, agency.tenantId, clientId, 'Dana Client');
    // The client user joins the workspace (what accepting an invitation to it records).
    await platform.runtimes
      .get('identity')
      ?.connection.collection<{ _id: string }>('external_users')
      .updateOne({ _id: client.userId }, { $set: { workspaceIds: [workspaceId] } });
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'files'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  async function openFiles(page: Page, person: Person): Promise<void> {
    await page.goto(`${base}/portal/workspaces/${workspaceId}`);
    await logIn(page, person.email, person.password);
    await page.waitForURL(new RegExp(`/portal/workspaces/${workspaceId}`), { timeout: 30_000 });
    await byTestId(page, 'workspace-tab-files').click();
    await byTestId(page, 'files-panel').waitFor();
  }

  const row = (page: Page, name: string) =>
    page.locator(`[data-testid="files-row"][data-file-name="${name}"]`);

  it('staff upload and share a file; the client sees it live and downloads the same bytes', async () => {
    const staffPage = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await openFiles(staffPage, owner);
    await byTestId(staffPage, 'files-empty').waitFor();

    // A file whose bytes contradict its name: refused with the rule, nothing listed.
    await byTestId(staffPage, 'files-input').setInputFiles({
      name: 'fake.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    });
    await byTestId(staffPage, 'files-upload-error').filter({ hasText: '.pdf' }).waitFor();
    expect(await byTestId(staffPage, 'files-row').count()).toBe(0);

    // Uploaded internal: the staff see the Internal badge.
    await byTestId(staffPage, 'files-input').setInputFiles({
      name: 'Brief.pdf',
      mimeType: 'application/pdf',
      buffer: BRIEF,
    });
    await row(staffPage, 'Brief.pdf').waitFor();
    await row(staffPage, 'Brief.pdf')
      .locator('[data-testid="files-visibility"]')
      .filter({ hasText: 'Internal' })
      .waitFor();
    await checkLayout(staffPage, 'files-staff-desktop', DESKTOP, [byTestId(staffPage, 'files-download')]);

    // The client's open tab: nothing yet (the file is internal) — then it appears live once shared.
    const clientPage = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await clientPage.goto(`${base}/portal/workspaces/${workspaceId}`);
    await logIn(clientPage, client.email, client.password);
    await clientPage.waitForURL(new RegExp(`/portal/workspaces/${workspaceId}`), { timeout: 30_000 });
    await byTestId(clientPage, 'workspace-tab-files').click();
    await byTestId(clientPage, 'files-empty').waitFor();
    expect(await row(clientPage, 'Brief.pdf').count()).toBe(0);

    await row(staffPage, 'Brief.pdf').locator('[data-testid="files-toggle-visibility"]').click();
    await row(staffPage, 'Brief.pdf')
      .locator('[data-testid="files-visibility"]')
      .filter({ hasText: 'Shared' })
      .waitFor();
    await row(clientPage, 'Brief.pdf').waitFor({ timeout: 10_000 });
    // The client is never shown the visibility switch nor the staff actions.
    expect(await byTestId(clientPage, 'files-visibility').count()).toBe(0);
    expect(await byTestId(clientPage, 'files-delete').count()).toBe(0);

    const [download] = await Promise.all([
      clientPage.waitForEvent('download'),
      row(clientPage, 'Brief.pdf').locator('[data-testid="files-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Brief.pdf');
    const saved = await download.path();
    expect((await readFile(saved)).equals(BRIEF)).toBe(true);
    await checkLayout(clientPage, 'files-client-phone', PHONE, [byTestId(clientPage, 'files-download')]);
    await checkLayout(staffPage, 'files-staff-phone', PHONE, [byTestId(staffPage, 'files-delete')]);

    // Deleting asks first, then removes the file from both screens.
    await staffPage.setViewportSize(DESKTOP);
    await row(staffPage, 'Brief.pdf').locator('[data-testid="files-delete"]').click();
    await row(staffPage, 'Brief.pdf').locator('[data-testid="files-delete-confirm"]').click();
    await byTestId(staffPage, 'files-empty').waitFor();
    await byTestId(clientPage, 'files-empty').waitFor({ timeout: 10_000 });
  });
});
