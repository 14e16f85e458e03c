import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { passwordToken, uniqueName } from '@client-portal/testing';
import { byTestId, checkLayout, DESKTOP, expectText, logIn, PHONE } from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18097;

/**
 * Issue 10's "Done when" for deliverables, as people click through it: staff upload a deliverable; the
 * client's decision-maker approves it and the staff screen updates live; an observer sees it without an
 * approve button and the API refuses their approval; the public verification page confirms the approved
 * file and rejects a modified copy.
 */
describe('deliverables to approve in a real browser', () => {
  const suite = browserSuite('deliverables', PORT);
  let manager: Person;
  let grace: Person;
  let observer: Person;
  let workspaceId: string;
  const { base } = suite;
  const file = Buffer.from('%PDF-1.7\n% Homepage mock-up, first version\n1 0 obj << >> endobj\n%%EOF\n');

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Pixel Agency' });
    manager = await addStaff(suite.platform, agency.tenantId, 'manager', 'Mia Manager');
    const owner = new Api(suite.platform.url).as(
      await passwordToken(agency.owner.email, agency.owner.password),
    );
    const run = uniqueName('run').replaceAll('_', '-');
    const client = await owner.post<{
      id: string;
      version: number;
      contacts: { id: string; email: string }[];
    }>('/clients', {
      name: 'Globex',
      primaryContact: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: `grace@${run}.test`,
        role: 'decision-maker',
      },
    });
    const withObserver = await owner.post<{ contacts: { id: string; email: string }[] }>(
      `/clients/${client.body.id}/contacts`,
      {
        firstName: 'Olga',
        lastName: 'Observer',
        email: `olga@${run}.test`,
        role: 'observer',
        expectedVersion: client.body.version,
      },
    );
    const contactId = (email: string) =>
      withObserver.body.contacts.find((contact) => contact.email === email)?.id ?? '';
    workspaceId = (await owner.post<{ workspace: { id: string } }>(`/clients/${client.body.id}/portal`, {}))
      .body.workspace.id;
    grace = await addClientUser(suite.platform, agency.tenantId, client.body.id, 'Grace Hopper', {
      contactId: contactId(`grace@${run}.test`),
      workspaceIds: [workspaceId],
    });
    observer = await addClientUser(suite.platform, agency.tenantId, client.body.id, 'Olga Observer', {
      role: 'observer',
      contactId: contactId(`olga@${run}.test`),
      workspaceIds: [workspaceId],
    });
  }, 240_000);

  async function openWorkspace(person: Person): Promise<Page> {
    const page = await (await suite.browser.newContext()).newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${base}/portal/workspaces/${workspaceId}?tab=approvals`);
    await logIn(page, person.email, person.password);
    await byTestId(page, 'approvals-panel').waitFor({ timeout: 30_000 });
    return page;
  }

  it('staff upload, the decision-maker approves (staff see it live), the observer cannot, the public page verifies', async () => {
    // Staff: a new deliverable with Grace as its approver, then its first version.
    const staff = await openWorkspace(manager);
    await byTestId(staff, 'deliverables-empty').waitFor();
    await byTestId(staff, 'deliverable-new').click();
    await byTestId(staff, 'deliverable-create').click();
    await byTestId(staff, 'deliverable-title-error').waitFor();
    await byTestId(staff, 'deliverable-title-input').fill('Homepage mock-up');
    await byTestId(staff, 'deliverable-description-input').fill('Desktop and phone layouts.');
    await byTestId(staff, 'deliverable-approver-add').selectOption({ label: 'Grace Hopper' });
    await expectText(byTestId(staff, 'deliverable-approver'), 'Grace Hopper');
    await checkLayout(staff, 'deliverables-phone-staff-form', PHONE, [
      byTestId(staff, 'deliverable-title-input'),
      byTestId(staff, 'deliverable-create'),
    ]);
    await staff.setViewportSize(DESKTOP);
    await byTestId(staff, 'deliverable-create').click();
    await byTestId(staff, 'deliverable-no-version').waitFor();
    await byTestId(staff, 'deliverable-upload-input').setInputFiles({
      name: 'homepage.pdf',
      mimeType: 'application/pdf',
      buffer: file,
    });
    await staff.locator('[data-testid="deliverable-version"][data-version="1"]').waitFor({ timeout: 30_000 });
    await expectText(byTestId(staff, 'deliverable-status'), 'Awaiting approval');
    await expectText(byTestId(staff, 'deliverable-approvers'), 'waiting for Grace Hopper');
    await checkLayout(staff, 'deliverables-desktop-staff', DESKTOP);
    await checkLayout(staff, 'deliverables-phone-staff', PHONE, [byTestId(staff, 'deliverable-download')]);
    await staff.setViewportSize(DESKTOP);

    // The client's decision-maker: the Approvals tab, a comment is required to request changes, then approve.
    const client = await openWorkspace(grace);
    await byTestId(client, 'workspace-tab-approvals').waitFor();
    await expectText(byTestId(client, 'deliverable-title'), 'Homepage mock-up');
    await byTestId(client, 'deliverable-request-changes').click();
    await byTestId(client, 'deliverable-comment-error').waitFor();
    await checkLayout(client, 'deliverables-phone-client', PHONE, [
      byTestId(client, 'deliverable-approve'),
      byTestId(client, 'deliverable-request-changes'),
      byTestId(client, 'deliverable-download'),
    ]);
    await client.setViewportSize(DESKTOP);
    await byTestId(client, 'deliverable-approve').click();
    await byTestId(client, 'deliverable-confirm').waitFor();
    await byTestId(client, 'deliverable-confirm-button').click();
    await client.locator('[data-testid="deliverable-status"][data-status="approved"]').waitFor();
    expect(await byTestId(client, 'deliverable-approve').count()).toBe(0);
    await checkLayout(client, 'deliverables-desktop-client-approved', DESKTOP);

    // The staff screen, left open, shows the approval without a reload.
    await staff
      .locator('[data-testid="deliverable-status"][data-status="approved"]')
      .waitFor({ timeout: 5_000 });
    await expectText(byTestId(staff, 'deliverable-decision'), 'Approved by Grace Hopper');
    await byTestId(staff, 'deliverable-decision-evidence').waitFor();

    // The observer sees the deliverable, has no approve button, and the API refuses their approval.
    const watcher = await openWorkspace(observer);
    await expectText(byTestId(watcher, 'deliverable-title'), 'Homepage mock-up');
    expect(await byTestId(watcher, 'deliverable-approve').count()).toBe(0);
    expect(await byTestId(watcher, 'deliverable-request-changes').count()).toBe(0);
    const deliverableId =
      (await byTestId(watcher, 'deliverable-card').getAttribute('data-deliverable-id')) ?? '';
    const refused = await new Api(suite.platform.url)
      .as(await passwordToken(observer.email, observer.password))
      .post<{ detail: string }>(`/deliverables/${deliverableId}/decisions`, {
        version: 1,
        decision: 'approve',
      });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('"approve"');

    // The public verification page, without logging in: the approved file matches, a modified copy does not.
    const href = (await byTestId(client, 'deliverable-verify-link').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/verify\/deliverable\/[0-9a-f-]{36}$/);
    const visitor = await (await suite.browser.newContext()).newPage();
    await visitor.setViewportSize(DESKTOP);
    await visitor.goto(`${base}${href}`);
    await expectText(byTestId(visitor, 'verify-deliverable-title'), 'Homepage mock-up');
    await expectText(byTestId(visitor, 'verify-deliverable-decision'), 'Approved by Grace Hopper');
    await expectText(
      byTestId(visitor, 'verify-deliverable-sha'),
      createHash('sha256').update(file).digest('hex'),
    );
    await byTestId(visitor, 'verify-deliverable-file').setInputFiles({
      name: 'homepage.pdf',
      mimeType: 'application/pdf',
      buffer: file,
    });
    await byTestId(visitor, 'verify-deliverable-submit').click();
    await visitor.locator('[data-testid="verify-deliverable-verdict"][data-matches="true"]').waitFor();
    await expectText(byTestId(visitor, 'verify-deliverable-verdict'), 'This is the approved file');
    await checkLayout(visitor, 'deliverables-desktop-verify', DESKTOP);
    await checkLayout(visitor, 'deliverables-phone-verify', PHONE, [
      byTestId(visitor, 'verify-deliverable-file'),
      byTestId(visitor, 'verify-deliverable-submit'),
    ]);
    const modified = Buffer.from(file);
    modified[12] = (modified[12] ?? 0) ^ 1;
    await byTestId(visitor, 'verify-deliverable-file').setInputFiles({
      name: 'homepage.pdf',
      mimeType: 'application/pdf',
      buffer: modified,
    });
    await byTestId(visitor, 'verify-deliverable-submit').click();
    await visitor.locator('[data-testid="verify-deliverable-verdict"][data-matches="false"]').waitFor();
    await expectText(byTestId(visitor, 'verify-deliverable-verdict'), 'This file differs');
  });
});
