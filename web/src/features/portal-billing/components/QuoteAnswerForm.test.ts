import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClientDocument } from '../../../api/quote-answers';
import { i18n } from '../../../i18n';
import { problem, serveGateway } from '../../../test-support/gateway';
import QuoteAnswerForm from './QuoteAnswerForm.vue';

const party = {
  name: '',
  legalName: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  taxId: '',
  email: '',
  phone: '',
};
const quote: ClientDocument = {
  id: 'q1',
  kind: 'quote',
  number: 'QUO-2026-0007',
  status: 'issued',
  displayStatus: 'issued',
  clientId: 'c1',
  clientName: 'Globex',
  issueDate: '2026-11-02',
  dueDate: '2026-12-31',
  currency: 'EUR',
  seller: party,
  buyer: party,
  lines: [],
  subtotalMinor: '150000',
  taxMinor: '30000',
  totalMinor: '180000',
  paidMinor: '0',
  amountDueMinor: '180000',
  notes: '',
  terms: '',
  answer: null,
  revision: 1,
  version: 1,
  answerable: true,
};

describe('the quote answer form', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'en';
  });

  const mountForm = () =>
    mount(QuoteAnswerForm, {
      props: { document: quote },
      global: { plugins: [i18n] },
      attachTo: document.body,
    });

  it('asks for the typed name before confirming, then sends the answer once confirmed', async () => {
    const sent = serveGateway({
      'POST /api/quotes/q1/accept': () =>
        new Response(JSON.stringify({ document: { ...quote, status: 'accepted' }, evidence: {} }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const form = mountForm();
    await form.get('[data-testid="quote-accept"]').trigger('click');
    expect(form.get('[data-testid="quote-signer-name-error"]').text()).toBe('Type your full name to sign');
    expect(form.find('[data-testid="quote-answer-confirm"]').exists()).toBe(false);

    await form.get('[data-testid="quote-signer-name"]').setValue('Grace Hopper');
    await form.get('[data-testid="quote-accept"]').trigger('click');
    expect(form.get('[data-testid="quote-answer-confirm"]').text()).toContain(
      'Accept quote QUO-2026-0007 for €1,800.00, signed “Grace Hopper”?',
    );
    expect(sent).toHaveLength(0);
    await form.get('[data-testid="quote-answer-confirm-button"]').trigger('click');
    await flushPromises();
    expect(sent.map((request) => [request.method, request.url.pathname, request.body])).toEqual([
      ['POST', '/api/quotes/q1/accept', { signerName: 'Grace Hopper', comment: '' }],
    ]);
    expect(form.emitted('answered')).toHaveLength(1);
    form.unmount();
  });

  it('names the refused rule in the reader’s language (an expired quote, in French)', async () => {
    i18n.global.locale.value = 'fr';
    serveGateway({
      'POST /api/quotes/q1/reject': () =>
        problem(409, { code: 'FAILED_PRECONDITION', reason: 'quote.expired', detail: 'This quote expired' }),
    });
    const form = mountForm();
    await form.get('[data-testid="quote-signer-name"]').setValue('Grace Hopper');
    await form.get('[data-testid="quote-reject"]').trigger('click');
    await form.get('[data-testid="quote-answer-confirm-button"]').trigger('click');
    await flushPromises();
    expect(form.get('[data-testid="quote-answer-error"]').text()).toContain('Ce devis a expiré');
    expect(form.emitted('answered')).toBeUndefined();
    form.unmount();
  });
});
