import type { Page } from 'playwright-core';
import { passwordToken } from '@client-portal/testing';
import { DocumentRepository } from '../services/billing/src/store/document.repository.js';
import { byTestId, checkLayout, DESKTOP, logIn, PHONE } from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18092;

/**
 * An admin switches the catalog on, a manager adds two products, the client browses the portal
 * catalog and places an order, and staff turn the order into a quote draft: Debian's Chromium,
 * Keycloak's own login pages, the built web app.
 */
describe('the catalog and a client order in a real browser', () => {
  const suite = browserSuite('catalog', PORT);
  let tenantId: string;
  let admin: Person;
  let manager: Person;
  let client: Person;
  const { base } = suite;

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Pixel Agency', password: 'Owner-Pass-2026' });
    tenantId = agency.tenantId;
    admin = await addStaff(suite.platform, tenantId, 'admin', 'Ada Admin');
    manager = await addStaff(suite.platform, tenantId, 'manager', 'Mia Manager');
    const owner = new Api(suite.platform.url).as(
      await passwordToken(agency.owner.email, agency.owner.password),
    );
    const clientId = (await owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    client = await addClientUser(suite.platform, tenantId, clientId, 'Grace Hopper');
  }, 240_000);

  async function openAppAs(person: Person): Promise<Page> {
    const page = await (await suite.browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
    return page;
  }

  it('admin switches the catalog on, a manager adds products, the client orders, staff make a quote draft', async () => {
    // The admin turns the portal catalog on.
    const adminPage = await openAppAs(admin);
    await adminPage.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await byTestId(adminPage, 'nav-catalog').click();
    await byTestId(adminPage, 'catalog-empty').waitFor();
    await byTestId(adminPage, 'catalog-switch-toggle').check();
    await byTestId(adminPage, 'catalog-switch-state')
      .filter({ hasText: 'Clients can browse the catalog' })
      .waitFor();

    // A manager adds two products; a bad price is refused next to its field first.
    const managerPage = await openAppAs(manager);
    await managerPage.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await byTestId(managerPage, 'nav-catalog').click();
    // A manager sees the switch but cannot flip it (billing.configure is an admin's).
    await byTestId(managerPage, 'catalog-switch-state').filter({ hasText: 'Clients can browse' }).waitFor();
    expect(await byTestId(managerPage, 'catalog-switch-toggle').isDisabled()).toBe(true);
    const products = [
      { name: 'Design day', reference: 'DES-DAY', unit: 'day', price: '650', tax: '20', kind: 'service' },
      {
        name: 'Font licence',
        reference: 'FONT-1',
        unit: 'unit',
        price: '19.99',
        tax: '5.5',
        kind: 'product',
      },
    ];
    for (const [index, product] of products.entries()) {
      await byTestId(managerPage, 'product-add').click();
      await byTestId(managerPage, 'product-name').fill(product.name);
      await byTestId(managerPage, 'product-reference').fill(product.reference);
      await byTestId(managerPage, 'product-kind').selectOption(product.kind);
      await byTestId(managerPage, 'product-unit').fill(product.unit);
      await byTestId(managerPage, 'product-price').fill(index === 0 ? 'abc' : product.price);
      await byTestId(managerPage, 'product-tax').fill(product.tax);
      await byTestId(managerPage, 'product-save').click();
      if (index === 0) {
        await managerPage.locator('#product-price-error').waitFor();
        await byTestId(managerPage, 'product-price').fill(product.price);
        await checkLayout(managerPage, 'catalog-phone-product-form', PHONE, [
          byTestId(managerPage, 'product-save'),
        ]);
        await managerPage.setViewportSize(DESKTOP);
        await byTestId(managerPage, 'product-save').click();
      }
      await byTestId(managerPage, 'catalog-row-name').filter({ hasText: product.name }).waitFor();
    }
    await byTestId(managerPage, 'catalog-row-price').filter({ hasText: '€650.00' }).waitFor();
    await checkLayout(managerPage, 'catalog-desktop-staff', DESKTOP, [byTestId(managerPage, 'product-add')]);
    await checkLayout(managerPage, 'catalog-phone-staff', PHONE, [byTestId(managerPage, 'product-add')]);
    await managerPage.setViewportSize(DESKTOP);

    // The client finds the catalog in the portal menu and orders 1.5 design days and 3 licences.
    const clientPage = await openAppAs(client);
    await clientPage.waitForURL(/\/portal/, { timeout: 30_000 });
    await byTestId(clientPage, 'portal-catalog-link').click();
    await byTestId(clientPage, 'portal-product').first().waitFor();
    const design = byTestId(clientPage, 'portal-product').filter({ hasText: 'Design day' });
    await design.locator('[data-testid="portal-product-quantity"]').fill('1.5');
    await design.locator('[data-testid="portal-product-add"]').click();
    const font = byTestId(clientPage, 'portal-product').filter({ hasText: 'Font licence' });
    await font.locator('[data-testid="portal-product-quantity"]').fill('3');
    await font.locator('[data-testid="portal-product-add"]').click();
    // 975.00 + 20 % and 59.97 + 5.5 % (3.30): 1,233.27.
    await byTestId(clientPage, 'portal-cart-total').filter({ hasText: '€1,233.27' }).waitFor();
    await byTestId(clientPage, 'portal-order-note').fill('Before the launch, please.');
    await checkLayout(clientPage, 'catalog-phone-portal', PHONE, [
      byTestId(clientPage, 'portal-order-place'),
    ]);
    await clientPage.setViewportSize(DESKTOP);
    await byTestId(clientPage, 'portal-order-place').click();
    await byTestId(clientPage, 'portal-order-confirm').filter({ hasText: '€1,233.27' }).waitFor();
    await byTestId(clientPage, 'portal-order-confirm-yes').click();
    const year = new Date().getUTCFullYear();
    await byTestId(clientPage, 'portal-order-placed')
      .filter({ hasText: `ORD-${year}-0001` })
      .waitFor();
    await byTestId(clientPage, 'portal-order-status').filter({ hasText: 'New' }).waitFor();
    await checkLayout(clientPage, 'catalog-desktop-portal', DESKTOP, []);

    // Staff open the order from the orders page and turn it into a quote draft.
    await byTestId(managerPage, 'nav-catalog-orders').click();
    await byTestId(managerPage, 'orders-row')
      .filter({ hasText: `ORD-${year}-0001` })
      .waitFor();
    await byTestId(managerPage, 'orders-row-open').first().click();
    await byTestId(managerPage, 'order-detail').waitFor();
    await byTestId(managerPage, 'order-note').filter({ hasText: 'Before the launch' }).waitFor();
    await byTestId(managerPage, 'order-total').filter({ hasText: '€1,233.27' }).waitFor();
    await checkLayout(managerPage, 'catalog-phone-order', PHONE, [byTestId(managerPage, 'order-convert')]);
    await managerPage.setViewportSize(DESKTOP);
    await byTestId(managerPage, 'order-convert-kind').selectOption('quote');
    await byTestId(managerPage, 'order-convert').click();
    await byTestId(managerPage, 'order-done').filter({ hasText: 'a quote draft' }).waitFor();
    await byTestId(managerPage, 'order-status').filter({ hasText: 'Converted' }).waitFor();
    await checkLayout(managerPage, 'catalog-desktop-order', DESKTOP, []);

    const orderId = (await byTestId(managerPage, 'order-detail').getAttribute('data-order-id')) ?? '';
    const billing = suite.platform.runtimes.get('billing');
    if (!billing) throw new Error('billing is not running');
    const drafts = await new DocumentRepository(billing.connection).list(
      tenantId,
      { kind: 'quote' },
      DocumentRepository.listOrder.read({ pageSize: 10 }),
    );
    expect(
      drafts.documents.map(({ status, source, totalMinor }) => ({ status, source, totalMinor })),
    ).toEqual([{ status: 'draft', source: { kind: 'order', id: orderId }, totalMinor: 123_327 }]);

    // The client sees the order converted (live update, or on the next visit).
    await clientPage.reload();
    await byTestId(clientPage, 'portal-order-status').filter({ hasText: 'Converted' }).waitFor();
  });
});
