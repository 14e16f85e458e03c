import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { passwordToken } from '@client-portal/testing';
import { browserSuite } from './support/browser-suite.js';
import { byTestId, checkLayout, DESKTOP, PHONE } from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18108;

const NOTES = Buffer.from('Meeting notes\n- logo: blue\n- launch: Friday\n');

/**
 * Message actions in a real browser: a client user attaches a file (upload progress, straight to the
 * object store) and mentions a team member; the agency's open client page shows it live and downloads
 * the same bytes; a refused message keeps its draft; staff edit and delete their own message within
 * the window and the client's open thread shows "edited" and "deleted" live; "seen by" names the
 * client once they have read it.
 */
describe('message actions in a real browser', () => {
  const suite = browserSuite('message-actions', PORT);
  let owner: Person;
  let client: Person;
  const globex = { id: '', workspaceId: '' };

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Actions Agency' });
    owner = agency.owner;
    await addStaff(suite.platform, agency.tenantId, 'manager', 'Mia Manager');
    const api = new Api(suite.platform.url).as(await passwordToken(owner.email, owner.password));
    globex.id = (
      await api.post<{ id: string }>('/clients', {
        name: 'Globex',
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Globex',
          email: 'grace@globex.test',
          role: 'decision-maker',
        },
      })
    ).body.id;
    globex.workspaceId = (
      await api.post<{ workspace: { id: string } }>(`/clients/${globex.id}/portal`)
    ).body.workspace.id;
    client = await addClientUser(suite.platform, agency.tenantId, globex.id, 'Grace Client', {
      workspaceIds: [globex.workspaceId],
    });
  }, 120_000);

  const item = (page: Page, text: string) => byTestId(page, 'message-item').filter({ hasText: text });

  it('attach, mention, download; edit and delete within the window, live on the other side; seen by', async () => {
    const staffPage = await suite.signIn(owner, { landing: /\/app/, context: { acceptDownloads: true } });
    await staffPage.goto(`${suite.base}/app/clients/${globex.id}`);
    await byTestId(staffPage, 'messages-panel').first().waitFor();

    const clientPage = await suite.signIn(client, { landing: /\/portal/ });
    await clientPage.goto(`${suite.base}/portal/workspaces/${globex.workspaceId}`);
    await byTestId(clientPage, 'workspace-tab-messages').click();
    await byTestId(clientPage, 'messages-panel').waitFor();

    // A refused message keeps its draft (and its file) in the composer.
    await byTestId(clientPage, 'composer-file-input').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: NOTES,
    });
    await byTestId(clientPage, 'composer-file-ready').waitFor();
    const tooLong = 'x'.repeat(5001);
    await byTestId(clientPage, 'message-composer').fill(tooLong);
    await byTestId(clientPage, 'message-send').click();
    await byTestId(clientPage, 'message-send-error').waitFor();
    expect(await byTestId(clientPage, 'message-composer').inputValue()).toBe(tooLong);
    expect(await byTestId(clientPage, 'composer-file').count()).toBe(1);

    // A mention from the picker: the agency's team, by name.
    await byTestId(clientPage, 'message-composer').fill('Here are the notes');
    await byTestId(clientPage, 'composer-mention').click();
    await byTestId(clientPage, 'mention-option').filter({ hasText: 'Mia Manager' }).click();
    expect(await byTestId(clientPage, 'message-composer').inputValue()).toBe(
      'Here are the notes @Mia Manager ',
    );
    await checkLayout(clientPage, 'message-actions-composer-phone', PHONE, [
      byTestId(clientPage, 'composer-attach'),
      byTestId(clientPage, 'composer-mention'),
      byTestId(clientPage, 'message-send'),
    ]);
    await clientPage.setViewportSize(DESKTOP);
    await byTestId(clientPage, 'message-send').click();
    await item(clientPage, 'Here are the notes').waitFor();
    expect(await byTestId(clientPage, 'message-composer').inputValue()).toBe('');
    expect(await byTestId(clientPage, 'composer-file').count()).toBe(0);

    // The agency's open page: live, with the file and the mention; the download holds the same bytes.
    const arrived = item(staffPage, 'Here are the notes');
    await arrived.waitFor({ timeout: 15_000 });
    await arrived.locator('[data-testid="message-mention"]').filter({ hasText: '@Mia Manager' }).waitFor();
    const [download] = await Promise.all([
      staffPage.waitForEvent('download'),
      arrived.locator('[data-testid="message-attachment"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('notes.txt');
    expect((await readFile(await download.path())).equals(NOTES)).toBe(true);
    // Not the author: no edit or delete on the client's message.
    expect(await arrived.locator('[data-testid="message-edit"]').count()).toBe(0);

    // Staff write twice, fix the first and take back the second, within the window.
    const composer = byTestId(staffPage, 'message-composer').first();
    await composer.fill('The launch is on Thursday');
    await byTestId(staffPage, 'message-send').first().click();
    await item(staffPage, 'The launch is on Thursday').waitFor();
    await composer.fill('Ignore this one');
    await byTestId(staffPage, 'message-send').first().click();
    await item(clientPage, 'Ignore this one').waitFor({ timeout: 15_000 });

    // While edited, the item shows a text box instead of its text: it is followed by its id.
    const firstId = await item(staffPage, 'The launch is on Thursday').getAttribute('data-message-id');
    const first = staffPage.locator(`[data-testid="message-item"][data-message-id="${firstId ?? ''}"]`);
    await first.locator('[data-testid="message-edit"]').click();
    await first.locator('[data-testid="message-edit-input"]').fill('The launch is on Friday');
    await first.locator('[data-testid="message-edit-save"]').click();
    const edited = item(clientPage, 'The launch is on Friday');
    await edited.locator('[data-testid="message-edited"]').waitFor({ timeout: 15_000 });

    const second = item(staffPage, 'Ignore this one');
    await second.locator('[data-testid="message-delete"]').click();
    await checkLayout(staffPage, 'message-actions-staff-phone', PHONE, [
      byTestId(staffPage, 'message-delete-confirm-button'),
    ]);
    await staffPage.setViewportSize(DESKTOP);
    await byTestId(staffPage, 'message-delete-confirm-button').click();
    await byTestId(staffPage, 'message-deleted').waitFor();
    await byTestId(clientPage, 'message-deleted').waitFor({ timeout: 15_000 });
    expect(await item(clientPage, 'Ignore this one').count()).toBe(0);
    await checkLayout(clientPage, 'message-actions-client-desktop', DESKTOP);
    await checkLayout(clientPage, 'message-actions-client-phone', PHONE, [
      byTestId(clientPage, 'message-attachment').first(),
    ]);

    // The client's open thread marked the conversation read: the agency sees who has seen it.
    await staffPage.reload();
    await byTestId(staffPage, 'messages-seen-by')
      .filter({ hasText: 'Grace Client' })
      .waitFor({ timeout: 15_000 });
    await checkLayout(staffPage, 'message-actions-staff-desktop', DESKTOP);
  }, 180_000);
});
