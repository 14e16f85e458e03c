import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { byTestId, checkBothLayouts, expectText } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { addStaff, createTenant, type Person } from './support/people.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18115;

/**
 * Webhooks in a real browser: an admin subscribes a receiver (a refusal shown next to the field first),
 * copies the secret shown once, sends a ping, reads the delivery log with its attempt, and disables
 * the endpoint.
 */
describe('partner webhooks in a real browser', () => {
  let receiver: Server;
  let receiverUrl = '';
  const pings: string[] = [];
  const suite = browserSuite('webhooks', PORT, {
    notification: {
      environment: {
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        WEBHOOK_SCAN_MS: '200',
        WEBHOOK_RETRY_SCHEDULE_MS: '500',
      },
    },
  });
  let admin: Person;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        pings.push(Buffer.concat(chunks).toString('utf8'));
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const agency = await createTenant(suite.platform, { name: 'Hooks Browser Agency' });
    admin = await addStaff(suite.platform, agency.tenantId, 'admin', 'Adam Admin');
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('subscribes an endpoint, shows the secret once, pings it and shows the delivery log', async () => {
    const page = await suite.signIn(admin, { landing: /\/app/ });
    await page.goto(`${suite.base}/app/settings/webhooks`);
    await byTestId(page, 'webhooks-empty').waitFor({ timeout: 30_000 });

    // No event type chosen: said next to the checkboxes, nothing created.
    await page.locator('#webhook-url').fill(receiverUrl);
    await byTestId(page, 'webhook-create-submit').click();
    await byTestId(page, 'webhook-event-types-error').waitFor();
    expect(await byTestId(page, 'webhook-endpoint').count()).toBe(0);

    await byTestId(page, 'webhook-type-invoice.paid').check();
    await byTestId(page, 'webhook-type-client.created').check();
    await page.locator('#webhook-description').fill('Accounting sync');
    await byTestId(page, 'webhook-create-submit').click();
    await expectText(byTestId(page, 'webhook-secret-value'), 'whsec_');
    await checkBothLayouts(page, 'webhooks-secret', [byTestId(page, 'webhook-secret-done')]);
    await byTestId(page, 'webhook-secret-done').click();
    expect(await byTestId(page, 'webhook-secret').count()).toBe(0);

    const endpoint = byTestId(page, 'webhook-endpoint');
    await expectText(endpoint, receiverUrl);
    await endpoint.locator('[data-testid="webhook-ping"]').click();
    await endpoint.locator('[data-testid="webhook-log"]').click();
    // The ping arrives, and the log shows it delivered (re-opened until the attempt is recorded).
    const deadline = Date.now() + 20_000;
    for (;;) {
      const status = endpoint.locator('[data-testid="webhook-delivery-status"]').first();
      if ((await status.count()) > 0 && /Delivered/.test(await status.innerText())) break;
      if (Date.now() > deadline) throw new Error('the ping was not shown delivered');
      await endpoint.locator('[data-testid="webhook-log"]').click();
      await page.waitForTimeout(300);
      await endpoint.locator('[data-testid="webhook-log"]').click();
      await page.waitForTimeout(300);
    }
    expect(pings.some((body) => body.includes('webhook.ping'))).toBe(true);
    await checkBothLayouts(page, 'webhooks-log', [
      endpoint.locator('[data-testid="webhook-resend"]').first(),
    ]);

    await endpoint.locator('[data-testid="webhook-toggle"]').click();
    await expectText(endpoint.locator('[data-testid="webhook-state"]'), 'Disabled');
  }, 120_000);
});
