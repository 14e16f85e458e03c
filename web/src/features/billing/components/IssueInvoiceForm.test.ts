import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { problem, serveGateway } from '../../../test-support/gateway';
import IssueInvoiceForm from './IssueInvoiceForm.vue';

describe('the invoice form', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'fr';
  });

  function mountForm() {
    return mount(IssueInvoiceForm, {
      props: { clientId: 'c1' },
      global: { plugins: [i18n] },
      attachTo: document.body,
    });
  }

  it('shows the server’s field errors in French and clears each one when its field is edited', async () => {
    serveGateway({
      'POST /api/clients/c1/invoices': () =>
        problem(400, {
          code: 'INVALID_ARGUMENT',
          detail: 'The invoice could not be issued: check the highlighted fields',
          violations: [
            { field: 'lines.0.unit_price_minor', message: 'must be at most 1000000', code: 'too_big' },
            { field: 'lines.0.description', message: 'is too long', code: 'too_long' },
          ],
        }),
    });
    const form = mountForm();
    await form.get('[data-testid="invoice-line-description"]').setValue('Brand workshop');
    await form.get('[data-testid="invoice-line-unit-price"]').setValue('750');
    await form.get('form').trigger('submit');
    await flushPromises();

    const banner = form.get('[data-testid="invoice-form-error"]').text();
    expect(banner).toContain('Certaines valeurs ne sont pas valides');
    expect(banner).not.toContain('could not be issued');
    expect(form.findAll('.field-error')).toHaveLength(2);
    expect(form.findAll('.field-invalid')).toHaveLength(2);
    expect(form.html()).not.toContain('must be at most');

    await form.get('[data-testid="invoice-line-unit-price"]').setValue('75');
    expect(form.findAll('.field-error')).toHaveLength(1);
    await form.get('[data-testid="invoice-line-description"]').setValue('Workshop');
    expect(form.findAll('.field-error')).toHaveLength(0);
    expect(form.findAll('[aria-invalid="true"]')).toHaveLength(0);
    form.unmount();
  });

  it('checks the due date in the app’s language', async () => {
    const sent = serveGateway({
      'POST /api/clients/c1/invoices': ({ body }) =>
        new Response(JSON.stringify({ id: 'i1', number: 'INV-2026-0001', ...(body as object) }), {
          status: 201,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const form = mountForm();
    const due = form.get('[data-testid="invoice-form-due-date"]');
    expect(due.attributes('placeholder')).toBe('jj/mm/aaaa');
    expect(due.attributes('lang')).toBe('fr');
    await form.get('[data-testid="invoice-line-description"]').setValue('Logo');
    await form.get('[data-testid="invoice-line-unit-price"]').setValue('1200');
    await due.setValue('31/02/2027');
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(form.get('#invoice-due-date-error').text()).toBe('Saisissez une date au format jj/mm/aaaa');
    expect(sent).toHaveLength(0);

    await due.setValue('28/02/2027');
    expect(form.find('#invoice-due-date-error').exists()).toBe(false);
    await form.get('form').trigger('submit');
    await flushPromises();
    expect((sent[0]?.body as { dueDate: string }).dueDate).toBe('2027-02-28');
    expect(form.get('[data-testid="invoice-issued"]').text()).toContain('INV-2026-0001');
    form.unmount();
  });
});
