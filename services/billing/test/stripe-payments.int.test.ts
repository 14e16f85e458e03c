import { createLogger, DomainError } from '@client-portal/kit';
import { infrastructure } from '@client-portal/testing';
import { StripePayments } from '../src/application/stripe-payments.js';

/** Billing's Stripe adapter against stripe-mock (the real Stripe API's shapes and validation). */
const payments = (apiUrl: string) =>
  new StripePayments(
    {
      STRIPE_API_URL: apiUrl,
      STRIPE_SECRET_KEY: 'sk_test_adapter',
      STRIPE_WEBHOOK_SECRET: 'whsec_adapter_test',
      STRIPE_WEBHOOK_TOLERANCE_SECONDS: 300,
      STRIPE_LOCAL_WEBHOOK_URL: '',
    },
    createLogger('billing', 'silent'),
  );

const failure = async (promise: Promise<unknown>): Promise<DomainError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('StripePayments', () => {
  it('refunds through Stripe and answers its id', async () => {
    const stripe = payments(infrastructure().stripeApiUrl);
    const id = await stripe.refund({
      paymentIntentId: 'pi_adapter',
      amountMinor: 1_500,
      idempotencyKey: 'refund:adapter:1',
      metadata: { payment: 'p1' },
    });
    expect(id).toMatch(/^re_/);
  });

  it('turns a request Stripe refuses into a failed precondition that says why', async () => {
    const refused = await failure(
      payments(infrastructure().stripeApiUrl).refund({
        paymentIntentId: 'pi_adapter',
        amountMinor: Number.NaN,
        idempotencyKey: 'refund:adapter:2',
        metadata: {},
      }),
    );
    expect(refused.code).toBe('FAILED_PRECONDITION');
    expect(refused.message).toMatch(/^Stripe refused the refund: .*amount/);
  });

  it('answers UNAVAILABLE when Stripe cannot be reached', async () => {
    const refused = await failure(
      payments('http://127.0.0.1:9').refund({
        paymentIntentId: 'pi_adapter',
        amountMinor: 100,
        idempotencyKey: 'refund:adapter:3',
        metadata: {},
      }),
    );
    expect(refused.code).toBe('UNAVAILABLE');
  }, 60_000);

  it('trusts a webhook only with a valid signature', async () => {
    const stripe = payments(infrastructure().stripeApiUrl);
    await expect(stripe.verify(Buffer.from('{}'), 't=1,v1=00')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'stripe.signature_invalid',
    });
  });
});
