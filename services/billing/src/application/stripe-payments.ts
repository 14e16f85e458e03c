import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import { DomainError, type Logger } from '@client-portal/kit';
import type { BillingConfig } from '../config.js';

/** What billing puts in a PaymentIntent's metadata and reads back from the webhook's copy of it. */
export interface IntentMetadata {
  tenant: string;
  client: string;
  checkout: string;
  /** `<documentId>:<amountMinor>` joined by commas (Stripe metadata values are strings of ≤ 500 chars). */
  allocations: string;
}

/** The part of a `payment_intent.*` event billing acts on. */
export interface IntentEvent {
  id: string;
  type: string;
  created: number;
  intent: { id: string; amount: number; currency: string; status: string; metadata: Record<string, string> };
}

/**
 * Stripe, through the official SDK: stripe-mock locally, api.stripe.com in production. The SDK loads
 * on the first payment, refund or webhook (about 4 MB a billing replica keeps only once it takes cards).
 */
export class StripePayments {
  private sdk?: Promise<{ stripe: Stripe; apiVersion: string }>;

  constructor(
    private readonly config: Pick<
      BillingConfig,
      | 'STRIPE_API_URL'
      | 'STRIPE_SECRET_KEY'
      | 'STRIPE_WEBHOOK_SECRET'
      | 'STRIPE_WEBHOOK_TOLERANCE_SECONDS'
      | 'STRIPE_LOCAL_WEBHOOK_URL'
    >,
    private readonly logger: Logger,
  ) {}

  private client(): Promise<{ stripe: Stripe; apiVersion: string }> {
    this.sdk ??= import('stripe').then(({ default: StripeSdk }) => {
      // The SDK takes host, port and protocol separately; an empty URL keeps its default (api.stripe.com).
      const api = this.config.STRIPE_API_URL ? new URL(this.config.STRIPE_API_URL) : undefined;
      const stripe = new StripeSdk(this.config.STRIPE_SECRET_KEY, {
        ...(api
          ? {
              host: api.hostname,
              port: api.port || (api.protocol === 'https:' ? 443 : 80),
              protocol: api.protocol === 'https:' ? 'https' : 'http',
            }
          : {}),
        maxNetworkRetries: 2,
        timeout: 20_000,
        telemetry: false,
      });
      return { stripe, apiVersion: StripeSdk.API_VERSION };
    });
    return this.sdk;
  }

  /**
   * Creates the PaymentIntent and confirms it with the card the portal collected. The idempotency key
   * (the checkout id) makes a retried request create no second intent.
   */
  async charge(input: {
    checkoutId: string;
    amountMinor: number;
    currency: string;
    paymentMethod: string;
    metadata: IntentMetadata;
    description: string;
  }): Promise<{ id: string; status: string; amount: number; currency: string; metadata: IntentMetadata }> {
    const { stripe } = await this.client();
    try {
      const intent = await stripe.paymentIntents.create(
        {
          amount: input.amountMinor,
          currency: input.currency.toLowerCase(),
          // Cards confirmed on the spot: no redirect-based methods (they would need a return URL).
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          description: input.description,
          metadata: { ...input.metadata },
        },
        { idempotencyKey: `checkout:${input.checkoutId}` },
      );
      const confirmed = await stripe.paymentIntents.confirm(
        intent.id,
        { payment_method: input.paymentMethod },
        { idempotencyKey: `confirm:${input.checkoutId}` },
      );
      return {
        id: confirmed.id,
        status: confirmed.status,
        amount: input.amountMinor,
        currency: input.currency,
        metadata: input.metadata,
      };
    } catch (error) {
      throw this.refusal(error, 'The card payment was not accepted');
    }
  }

  async refund(input: {
    paymentIntentId: string;
    amountMinor: number;
    idempotencyKey: string;
    metadata: Record<string, string>;
  }): Promise<string> {
    const { stripe } = await this.client();
    try {
      const refund = await stripe.refunds.create(
        { payment_intent: input.paymentIntentId, amount: input.amountMinor, metadata: input.metadata },
        { idempotencyKey: input.idempotencyKey },
      );
      return refund.id;
    } catch (error) {
      throw this.refusal(error, 'Stripe refused the refund');
    }
  }

  /**
   * The event in a webhook delivery, if its Stripe-Signature is valid for our endpoint secret: an HMAC
   * SHA-256 of `<t>.<raw body>` in a `v1=` entry, with `t` within the tolerance. Anything else is refused
   * (INVALID_ARGUMENT → 400) before a byte of it is trusted.
   */
  async verify(payload: Buffer, signature: string): Promise<IntentEvent> {
    const { stripe } = await this.client();
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(
        payload,
        signature,
        this.config.STRIPE_WEBHOOK_SECRET,
        this.config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'invalid signature';
      throw DomainError.invalid(
        `The webhook's Stripe-Signature is missing or not valid: ${detail}`,
        [{ field: 'Stripe-Signature', message: 'Missing or not valid', code: 'invalid_value' }],
        'stripe.signature_invalid',
      );
    }
    const object = event.data.object as unknown as Partial<IntentEvent['intent']> & { object?: string };
    return {
      id: event.id,
      type: event.type,
      created: event.created,
      intent: {
        id: object.id ?? '',
        amount: object.amount ?? 0,
        currency: object.currency ?? '',
        status: object.status ?? '',
        metadata: object.metadata ?? {},
      },
    };
  }

  get sendsLocalWebhooks(): boolean {
    return this.config.STRIPE_LOCAL_WEBHOOK_URL !== '';
  }

  /**
   * LOCAL/DEV/TEST ONLY (off unless STRIPE_LOCAL_WEBHOOK_URL is set): plays the part of Stripe's servers,
   * which stripe-mock does not. Builds the `payment_intent.succeeded` event Stripe would send for this
   * confirmed intent, signs it with the endpoint secret exactly as Stripe does, and POSTs it to the
   * gateway's public webhook URL, so the payment is recorded by the production path. Returns the event
   * and the signed delivery (tests replay it).
   */
  async sendSucceededWebhook(intent: {
    id: string;
    amount: number;
    currency: string;
    metadata: IntentMetadata;
  }): Promise<{ payload: string; signature: string; status: number }> {
    const { stripe, apiVersion } = await this.client();
    const created = Math.floor(Date.now() / 1000);
    const event = {
      id: `evt_${randomBytes(12).toString('hex')}`,
      object: 'event',
      api_version: apiVersion,
      created,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: `confirm:${intent.metadata.checkout}` },
      type: 'payment_intent.succeeded',
      data: {
        object: {
          id: intent.id,
          object: 'payment_intent',
          amount: intent.amount,
          amount_received: intent.amount,
          currency: intent.currency.toLowerCase(),
          status: 'succeeded',
          livemode: false,
          created,
          metadata: intent.metadata,
        },
      },
    };
    const payload = JSON.stringify(event);
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: this.config.STRIPE_WEBHOOK_SECRET,
      timestamp: created,
    });
    const response = await fetch(this.config.STRIPE_LOCAL_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: payload,
      signal: AbortSignal.timeout(20_000),
    });
    if (!response.ok)
      this.logger.warn({ status: response.status, event: event.id }, 'local webhook delivery refused');
    return { payload, signature, status: response.status };
  }

  private refusal(error: unknown, message: string): DomainError {
    // The SDK's errors carry their class name as `type` (no need to load the SDK to tell them apart).
    const refused = error as Partial<{ type: string; message: string; code: string }> | null;
    if (refused?.type === 'StripeCardError' || refused?.type === 'StripeInvalidRequestError')
      return DomainError.precondition(
        `${message}: ${refused.message ?? ''}`,
        `stripe.${refused.code ?? 'refused'}`,
      );
    this.logger.error({ err: error }, 'Stripe call failed');
    return new DomainError('UNAVAILABLE', `${message}: Stripe could not be reached, try again`);
  }
}
