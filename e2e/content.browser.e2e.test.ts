import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { as, staff } from '@client-portal/testing';
import { createServiceClient } from '@client-portal/contracts';
import { defaultPortalSettings } from '../services/portal/src/domain/portal-settings.js';
import { PortalSettingsRepository } from '../services/portal/src/store/portal-settings.repository.js';
import { byTestId, checkLayout, DESKTOP, PHONE } from './support/browser.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18098;

/**
 * Links, embeds, notes and the timeline of a workspace (issue 10, content slice): a member of staff adds
 * a link (a javascript: address refused next to the field), an embed from an allowed host (one off the
 * allow-list refused naming the host), a client-visible note and an internal note; the client's user
 * sees the link, the sandboxed iframe and only the client-visible note, the timeline lists them, and a
 * note staff add while the client's screen is open appears on it live.
 */
describe('workspace content in a real browser', () => {
  const suite = browserSuite('content', PORT);
  let tenantId: string;
  let member: Person;
  let contact: Person;
  let workspaceId: string;
  const { base } = suite;

  beforeAll(async () => {
    tenantId = (await createTenant(suite.platform, { name: 'Pixel Agency' })).tenantId;
    member = await addStaff(suite.platform, tenantId, 'member', 'Mia Member');
    const portalRuntime = suite.platform.runtimes.get('portal');
    const identityRuntime = suite.platform.runtimes.get('identity');
    if (!portalRuntime || !identityRuntime) throw new Error('portal and identity must run');
    // The workspace (as an admin enabling the portal would) and its client user, added to it.
    const clientId = randomUUID();
    const portal = createServiceClient('portal', `127.0.0.1:${portalRuntime.grpcPort}`);
    workspaceId = (
      await portal.enablePortal({ clientId, clientName: 'Globex' }, as(staff(tenantId, 'admin')))
    ).id;
    portal.close();
    contact = await addClientUser(suite.platform, tenantId, clientId, 'Dana Client');
    await identityRuntime.connection
      .collection<{ _id: string }>('external_users')
      .updateOne({ _id: contact.userId }, { $set: { workspaceIds: [workspaceId] } });
    // The tenant's embed allow-list (the portal settings screen belongs to the home slice).
    const settings = new PortalSettingsRepository(portalRuntime.connection);
    await settings.save(
      { ...defaultPortalSettings(tenantId), embedAllowList: ['www.youtube.com'], version: 1 },
      0,
    );
  }, 240_000);

  async function openWorkspaceAs(person: Person): Promise<Page> {
    const page = await suite.signIn(person);
    await page.goto(`${base}/portal/workspaces/${workspaceId}`);
    await byTestId(page, 'workspace-title').waitFor({ timeout: 30_000 });
    return page;
  }

  it('staff share a link, an embed and notes; the client sees what is meant for them, live', async () => {
    const page = await openWorkspaceAs(member);
    page.on('dialog', (dialog) => void dialog.accept());

    // A link: javascript: refused next to the field, nothing added; then an https link.
    await byTestId(page, 'workspace-tab-links').click();
    await byTestId(page, 'links-empty').waitFor();
    await byTestId(page, 'link-add').click();
    await byTestId(page, 'link-title').fill('Brand guidelines');
    await byTestId(page, 'link-url').fill('javascript:alert(document.cookie)');
    await byTestId(page, 'link-save').click();
    const urlError = page.locator(`#link-form-${workspaceId}-url-error`);
    await urlError.waitFor();
    expect(await urlError.innerText()).toContain('javascript:');
    expect(await byTestId(page, 'link-item').count()).toBe(0);
    await byTestId(page, 'link-url').fill('https://brand.example.com/guidelines');
    await byTestId(page, 'link-description').fill('Logos, colours and fonts');
    await byTestId(page, 'link-save').click();
    await byTestId(page, 'link-item').filter({ hasText: 'Brand guidelines' }).waitFor();

    // An embed: a host off the allow-list is refused naming it; an allowed one is framed.
    await byTestId(page, 'workspace-tab-embeds').click();
    await byTestId(page, 'embed-add').click();
    await byTestId(page, 'embed-title').fill('Walkthrough video');
    await byTestId(page, 'embed-url').fill('https://evil.example.com/page');
    await byTestId(page, 'embed-save').click();
    const embedError = page.locator(`#embed-form-${workspaceId}-url-error`);
    await embedError.waitFor();
    expect(await embedError.innerText()).toContain('evil.example.com');
    await byTestId(page, 'embed-url').fill('https://www.youtube.com/embed/aqz-KE-bpKQ');
    await byTestId(page, 'embed-save').click();
    await byTestId(page, 'embed-frame').waitFor({ state: 'attached' });

    // Notes: one for the client (two lines), one internal.
    await byTestId(page, 'workspace-tab-notes').click();
    await byTestId(page, 'note-add').click();
    await byTestId(page, 'note-title').fill('Kick-off summary');
    await byTestId(page, 'note-body').fill('We agreed on the scope.\nNext call on Monday.');
    await byTestId(page, 'note-visible').check();
    await byTestId(page, 'note-save').click();
    await byTestId(page, 'note-item').filter({ hasText: 'Kick-off summary' }).waitFor();
    await byTestId(page, 'note-add').click();
    await byTestId(page, 'note-title').fill('Budget worries');
    await byTestId(page, 'note-body').fill('Internal: the client pays late.');
    await byTestId(page, 'note-internal').check();
    await byTestId(page, 'note-save').click();
    await byTestId(page, 'note-item').filter({ hasText: 'Budget worries' }).waitFor();
    await checkLayout(page, 'content-staff-notes-phone', PHONE, [byTestId(page, 'note-add')]);
    await checkLayout(page, 'content-staff-notes-desktop', DESKTOP, [byTestId(page, 'note-add')]);

    // The staff timeline lists all four, the internal note marked.
    await byTestId(page, 'workspace-tab-timeline').click();
    await byTestId(page, 'timeline-entry').filter({ hasText: 'Budget worries' }).waitFor({ timeout: 15_000 });
    await byTestId(page, 'timeline-entry').filter({ hasText: 'Brand guidelines' }).waitFor();

    // The client: the link, the sandboxed iframe, only the client-visible note.
    const client = await openWorkspaceAs(contact);
    await byTestId(client, 'workspace-tab-links').click();
    const anchor = byTestId(client, 'link-anchor').filter({ hasText: 'Brand guidelines' });
    await anchor.waitFor();
    expect(await anchor.getAttribute('href')).toBe('https://brand.example.com/guidelines');
    expect(await anchor.getAttribute('rel')).toContain('noopener');
    expect(await byTestId(client, 'link-add').count()).toBe(0);

    await byTestId(client, 'workspace-tab-embeds').click();
    const frame = byTestId(client, 'embed-frame');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups');
    expect(await frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(await frame.getAttribute('loading')).toBe('lazy');
    expect(await frame.getAttribute('src')).toBe('https://www.youtube.com/embed/aqz-KE-bpKQ');

    await byTestId(client, 'workspace-tab-notes').click();
    await byTestId(client, 'note-item').filter({ hasText: 'Kick-off summary' }).waitFor();
    expect(await byTestId(client, 'note-text').first().innerText()).toBe(
      'We agreed on the scope.\nNext call on Monday.',
    );
    expect(await client.locator('main').innerText()).not.toContain('Budget worries');
    expect(await byTestId(client, 'note-add').count()).toBe(0);

    // Live: a note staff add appears on the client's open Notes tab without a reload.
    await byTestId(page, 'workspace-tab-notes').click();
    await byTestId(page, 'note-add').click();
    await byTestId(page, 'note-title').fill('Launch date');
    await byTestId(page, 'note-body').fill('We launch on the 15th.');
    await byTestId(page, 'note-save').click();
    await byTestId(client, 'note-item').filter({ hasText: 'Launch date' }).waitFor({ timeout: 5_000 });
    await checkLayout(client, 'content-client-notes-phone', PHONE, []);
    await client.setViewportSize(DESKTOP);

    // The client's timeline: what was shared with them, never the internal note.
    await byTestId(client, 'workspace-tab-timeline').click();
    await byTestId(client, 'timeline-entry').filter({ hasText: 'Kick-off summary' }).waitFor();
    await byTestId(client, 'timeline-entry').filter({ hasText: 'Brand guidelines' }).waitFor();
    await byTestId(client, 'timeline-entry').filter({ hasText: 'Walkthrough video' }).waitFor();
    expect(await client.locator('main').innerText()).not.toContain('Budget worries');
    await checkLayout(client, 'content-client-timeline-phone', PHONE, []);
    await checkLayout(client, 'content-client-embeds-desktop', DESKTOP, []);
  });
});
