import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { passwordToken, waitForMail } from '@client-portal/testing';
import type { BillingDocument } from '../services/billing/src/domain/document.js';
import { DocumentFixtures } from './support/acceptance-fixtures.js';
import { byTestId, checkLayout, DESKTOP, expectText, logIn, PHONE } from './support/browser.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18089;

/**
 * The client opens the portal's billing, the Quotes tab, a quote; downloads its PDF, comments, accepts
 * it with their typed name and sees the evidence; the public verification page says the downloaded
 * PDF is the accepted one (and a changed file is not). Staff see the evidence and the comment.
 * Quotes are issued through the documents fixture until the documents API issues them.
 */
describe('quote acceptance in a real browser', () => {
  const suite = browserSuite('acceptance', PORT);
  let contact: Person;
  let manager: Person;
  let ownerEmail: string;
  let quote: BillingDocument;
  const { base } = suite;

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Pixel Agency' });
    ownerEmail = agency.owner.email;
    manager = await addStaff(suite.platform, agency.tenantId, 'manager', 'Mia Manager');
    // The client through the REST API, as the owner would create it.
    const token = await passwordToken(agency.owner.email, agency.owner.password);
    const created = await fetch(`${suite.platform.url}/api/clients`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Globex' }),
    });
    const clientId = ((await created.json()) as { id: string }).id;
    contact = await addClientUser(suite.platform, agency.tenantId, clientId, 'Grace Hopper');
    const fixtures = new DocumentFixtures(suite.platform);
    const common = { tenantId: agency.tenantId, tenantName: 'Pixel Agency', clientId, clientName: 'Globex' };
    quote = await fixtures.issue({ ...common, issueDate: '2026-11-02' });
    await fixtures.issue({ ...common, kind: 'invoice', issueDate: '2026-10-15' });
  }, 240_000);

  async function openAppAs(page: Page, person: Person): Promise<void> {
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
  }

  it('the client accepts a quote with their typed name; the public page verifies the downloaded PDF', async () => {
    const page = await (await suite.browser.newContext({ acceptDownloads: true })).newPage();
    await page.setViewportSize(DESKTOP);
    await openAppAs(page, contact);
    await page.waitForURL(/\/portal/, { timeout: 30_000 });
    await byTestId(page, 'portal-billing-link').click();

    // One tab per kind the client has: quotes and invoices, no proformas.
    await byTestId(page, 'billing-tab-quote').waitFor();
    await byTestId(page, 'billing-tab-invoice').waitFor();
    expect(await byTestId(page, 'billing-tab-proforma').count()).toBe(0);
    await byTestId(page, 'billing-tab-quote').click();
    await expectText(byTestId(page, 'billing-document-row'), quote.number);
    // The quarter filter: Q4 2026 holds the quote, Q3 nothing.
    await byTestId(page, 'billing-year').selectOption('2026');
    await byTestId(page, 'billing-quarter').selectOption('3');
    await byTestId(page, 'billing-period-empty').waitFor();
    await byTestId(page, 'billing-quarter').selectOption('4');
    await expectText(byTestId(page, 'billing-document-row'), quote.number);
    await checkLayout(page, 'acceptance-desktop-billing-list', DESKTOP);
    await checkLayout(page, 'acceptance-phone-billing-list', PHONE, [
      byTestId(page, 'billing-tab-invoice'),
      byTestId(page, 'billing-year'),
      byTestId(page, 'billing-document-link').first(),
    ]);
    await page.setViewportSize(DESKTOP);

    // The quote: download its PDF.
    await byTestId(page, 'billing-document-link').first().click();
    await expectText(byTestId(page, 'billing-document-number'), quote.number);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'billing-document-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${quote.number}.pdf`);
    const pdfPath = await download.path();
    const pdf = await readFile(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // A comment, shown in the thread and e-mailed to the agency.
    await byTestId(page, 'comment-send').click();
    await page.locator('#comment-body-error').waitFor();
    await byTestId(page, 'comment-input').fill('Can phase 2 start in January?');
    await byTestId(page, 'comment-send').click();
    await expectText(byTestId(page, 'comment-body'), 'Can phase 2 start in January?');

    // Accepting needs the typed name; the confirmation states what is recorded.
    await byTestId(page, 'quote-accept').click();
    await byTestId(page, 'quote-signer-name-error').waitFor();
    await byTestId(page, 'quote-signer-name').fill('Grace Hopper');
    await byTestId(page, 'quote-answer-comment').fill('Go ahead.');
    await checkLayout(page, 'acceptance-phone-quote', PHONE, [
      byTestId(page, 'billing-document-download'),
      byTestId(page, 'quote-signer-name'),
      byTestId(page, 'quote-accept'),
      byTestId(page, 'quote-reject'),
      byTestId(page, 'comment-send'),
    ]);
    await checkLayout(page, 'acceptance-desktop-quote', DESKTOP);
    await byTestId(page, 'quote-accept').click();
    await byTestId(page, 'quote-answer-confirm').waitFor();
    await byTestId(page, 'quote-answer-confirm-button').click();

    // The evidence summary: the acceptance id and the SHA-256 of exactly the PDF downloaded.
    await byTestId(page, 'acceptance-summary').waitFor();
    await expectText(byTestId(page, 'billing-document-status'), 'Accepted');
    const acceptanceId = ((await byTestId(page, 'acceptance-id').textContent()) ?? '').trim();
    expect(acceptanceId).toMatch(/^[0-9a-f-]{36}$/);
    const sha = ((await byTestId(page, 'acceptance-sha').textContent()) ?? '').trim();
    expect(sha).toBe(createHash('sha256').update(pdf).digest('hex'));
    await checkLayout(page, 'acceptance-phone-evidence', PHONE, [byTestId(page, 'acceptance-verify-link')]);
    await checkLayout(page, 'acceptance-desktop-evidence', DESKTOP);

    // The public verification page, without logging in: the downloaded file is the accepted one.
    const visitor = await (await suite.browser.newContext()).newPage();
    await visitor.setViewportSize(DESKTOP);
    await visitor.goto(`${base}/verify/${acceptanceId}`);
    await expectText(byTestId(visitor, 'verify-number'), quote.number);
    await expectText(byTestId(visitor, 'verify-signer'), 'Grace Hopper');
    await byTestId(visitor, 'verify-file').setInputFiles(pdfPath);
    await byTestId(visitor, 'verify-submit').click();
    await byTestId(visitor, 'verify-verdict').waitFor();
    expect(await byTestId(visitor, 'verify-verdict').getAttribute('data-matches')).toBe('true');
    await expectText(byTestId(visitor, 'verify-verdict'), 'This is the accepted PDF');
    await checkLayout(visitor, 'acceptance-desktop-verify', DESKTOP);
    await checkLayout(visitor, 'acceptance-phone-verify', PHONE, [
      byTestId(visitor, 'verify-file'),
      byTestId(visitor, 'verify-submit'),
    ]);
    // A changed file is told apart.
    const changed = Buffer.from(pdf);
    changed[changed.length - 20] = (changed[changed.length - 20] ?? 0) ^ 1;
    await byTestId(visitor, 'verify-file').setInputFiles({
      name: 'changed.pdf',
      mimeType: 'application/pdf',
      buffer: changed,
    });
    await byTestId(visitor, 'verify-submit').click();
    await visitor.locator('[data-testid="verify-verdict"][data-matches="false"]').waitFor();

    // The agency is told by e-mail, and its staff page shows the evidence and the comment.
    await waitForMail(ownerEmail, { subject: `accepted quote ${quote.number}`, timeoutMs: 30_000 });
    const staff = await (await suite.browser.newContext()).newPage();
    await staff.setViewportSize(DESKTOP);
    await openAppAs(staff, manager);
    await staff.waitForURL(/\/app\//, { timeout: 30_000 });
    await staff.goto(`${base}/app/billing/documents/${quote.id}`);
    await expectText(byTestId(staff, 'quote-evidence-id'), acceptanceId, 30_000);
    await expectText(byTestId(staff, 'comment-body'), 'Can phase 2 start in January?');
    await checkLayout(staff, 'acceptance-desktop-staff', DESKTOP);
    await checkLayout(staff, 'acceptance-phone-staff', PHONE, [byTestId(staff, 'quote-revise')]);
  });
});
