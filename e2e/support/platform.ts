import type { ServiceRuntime } from '@client-portal/kit';
import { freePort, infrastructure, serviceTestEnvironment, uniqueName } from '@client-portal/testing';
import { loadBillingConfig, startBilling, type BillingOptions } from '@client-portal/billing';
import { loadCrmConfig, startCrm } from '@client-portal/crm';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@client-portal/gateway';
import { loadIdentityConfig, startIdentity } from '@client-portal/identity';
import { loadMessagingConfig, startMessaging } from '@client-portal/messaging';
import {
  loadNotificationConfig,
  startNotification,
  type NotificationOptions,
} from '@client-portal/notification';
import { loadPortalConfig, startPortal } from '@client-portal/portal';

export const SERVICE_NAMES = ['identity', 'crm', 'portal', 'billing', 'messaging', 'notification'] as const;
export type PlatformService = (typeof SERVICE_NAMES)[number];

/**
 * The whole platform in one process, on fixed ports, sharing one namespace (database prefix, topic
 * prefix, consumer groups) so nothing is shared with other tests. A service can be stopped and
 * started again on the same port and database, as a crashed pod would be.
 */
/**
 * The gateway settings of a test that calls anonymous and token routes many times from one address
 * (the authorisation matrix, the fuzzer): the per-address limits lifted so no answer is a 429.
 */
export const NO_ADDRESS_LIMITS = {
  PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
  SIGN_IN_RATE_LIMIT_PER_MINUTE: '100000',
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000',
};

export class Platform {
  readonly runtimes = new Map<PlatformService, ServiceRuntime>();
  gateway!: RunningGateway;

  /** Recurring slice: billing's extra settings (scheduler interval, clock, party directory). */
  private billing: { environment: Record<string, string>; options: BillingOptions } = {
    environment: {},
    options: {},
  };

  /** Join-links slice: identity's extra settings (the join limits). */
  private identityEnvironment: Record<string, string> = {};

  /** Delivery and preferences slices: notification's extra settings (its SMTP server, retry budget,
   * SMS provider, digest job interval) and options (the digest job's clock). */
  private notification: { environment: Record<string, string>; options: NotificationOptions } = {
    environment: {},
    options: {},
  };

  /** Observability slice: settings every service and the gateway get (OTLP endpoint, metrics port). */
  private commonEnvironment: Record<string, string> = {};

  private constructor(
    readonly namespace: string,
    private readonly ports: Record<PlatformService, number>,
    /** Known before billing starts: billing's local Stripe webhook sender posts to the gateway. */
    private readonly httpPort: number,
  ) {}

  static async start(
    options: {
      httpPort?: number;
      webDist?: string;
      billing?: { environment?: Record<string, string>; options?: BillingOptions };
      identity?: { environment?: Record<string, string> };
      notification?: { environment?: Record<string, string>; options?: NotificationOptions };
      /** More gateway variables (hardening: tighter limits so a test reaches them quickly). */
      gateway?: { environment?: Record<string, string> };
      /** Settings for every service and the gateway alike. */
      environment?: Record<string, string>;
    } = {},
  ): Promise<Platform> {
    const ports = Object.fromEntries(
      await Promise.all(SERVICE_NAMES.map(async (name) => [name, await freePort()] as const)),
    ) as Record<PlatformService, number>;
    const platform = new Platform(uniqueName('e2e'), ports, options.httpPort ?? (await freePort()));
    platform.billing = {
      environment: options.billing?.environment ?? {},
      options: options.billing?.options ?? {},
    };
    platform.identityEnvironment = options.identity?.environment ?? {};
    platform.commonEnvironment = options.environment ?? {};
    platform.notification = {
      environment: options.notification?.environment ?? {},
      options: options.notification?.options ?? {},
    };
    // All six at once, as pods start: each waits for what it needs (topics, other services) by itself,
    // and the waits (index builds, consumer group joins) overlap.
    await Promise.all(SERVICE_NAMES.map((name) => platform.startService(name)));
    const gatewayEnvironment = serviceTestEnvironment('gateway', platform.namespace);
    const environment = {
      ...gatewayEnvironment,
      HTTP_PORT: String(platform.httpPort),
      WEB_DIST: options.webDist ?? '',
      // The app uploads to and downloads from the object store with presigned URLs: its CSP allows it.
      WEB_CONNECT_ORIGINS: gatewayEnvironment.S3_URL ?? '',
      ...platform.commonEnvironment,
      ...Object.fromEntries(
        SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_GRPC_ADDRESS`, `127.0.0.1:${ports[name]}`]),
      ),
      ...options.gateway?.environment,
    };
    platform.gateway = await startGateway(loadGatewayConfig(environment));
    return platform;
  }

  environment(name: PlatformService): Record<string, string> {
    return {
      ...serviceTestEnvironment(name, this.namespace),
      GRPC_PORT: String(this.ports[name]),
      IDENTITY_GRPC_ADDRESS: `127.0.0.1:${this.ports.identity}`,
      WEB_URL: 'http://127.0.0.1:8080',
      // notify-events: the due-task scan every second, so a task due today is reminded during a test.
      TASK_DUE_SCAN_MS: '1000',
      // Payments: Stripe is stripe-mock; billing plays Stripe's webhook delivery to this gateway.
      STRIPE_API_URL: infrastructure().stripeApiUrl,
      STRIPE_LOCAL_WEBHOOK_URL: `http://127.0.0.1:${this.httpPort}/api/webhooks/stripe`,
      ...this.commonEnvironment,
    };
  }

  async startService(name: PlatformService): Promise<void> {
    const environment = this.environment(name);
    const starters: Record<PlatformService, () => Promise<ServiceRuntime>> = {
      identity: () => startIdentity(loadIdentityConfig({ ...environment, ...this.identityEnvironment })),
      crm: () => startCrm(loadCrmConfig(environment)),
      portal: () => startPortal(loadPortalConfig(environment)),
      billing: () =>
        startBilling(
          loadBillingConfig({ ...environment, ...this.billing.environment }),
          this.billing.options,
        ),
      messaging: () => startMessaging(loadMessagingConfig(environment)),
      notification: () =>
        startNotification(
          loadNotificationConfig({ ...environment, ...this.notification.environment }),
          this.notification.options,
        ),
    };
    this.runtimes.set(name, await starters[name]());
  }

  async stopService(name: PlatformService): Promise<void> {
    await this.runtimes.get(name)?.stop();
    this.runtimes.delete(name);
  }

  /**
   * A second billing replica on the same database, topic and consumer group, as a second pod would be
   * (recurring slice: exactly-once with two replicas). The caller stops it.
   */
  async startBillingReplica(): Promise<ServiceRuntime> {
    const environment = { ...this.environment('billing'), ...this.billing.environment, GRPC_PORT: '0' };
    return startBilling(loadBillingConfig(environment), this.billing.options);
  }

  /**
   * A second notification replica on the same database, topic and consumer group (preferences slice:
   * a digest goes once with two replicas running the job). The caller stops it.
   */
  async startNotificationReplica(): Promise<ServiceRuntime> {
    const environment = {
      ...this.environment('notification'),
      ...this.notification.environment,
      GRPC_PORT: '0',
    };
    return startNotification(loadNotificationConfig(environment), this.notification.options);
  }

  /**
   * A second replica of any service (replicas slice): the same database, topic prefix and consumer
   * group as the first, on its own gRPC port, as a second pod would be. The caller stops it.
   */
  async startReplica(name: PlatformService): Promise<ServiceRuntime> {
    const environment = { ...this.environment(name), GRPC_PORT: '0' };
    const starters: Record<PlatformService, () => Promise<ServiceRuntime>> = {
      identity: () => startIdentity(loadIdentityConfig({ ...environment, ...this.identityEnvironment })),
      crm: () => startCrm(loadCrmConfig(environment)),
      portal: () => startPortal(loadPortalConfig(environment)),
      billing: () => this.startBillingReplica(),
      messaging: () => startMessaging(loadMessagingConfig(environment)),
      notification: () => this.startNotificationReplica(),
    };
    return starters[name]();
  }

  /**
   * A second gateway (replicas slice), as a second pod would be: its own HTTP port and its own consumer
   * group (each gateway replica must see every live event), calling the services at `grpcPorts`
   * (another replica of each, or the first ones when a service is not named).
   */
  async startGatewayReplica(
    grpcPorts: Partial<Record<PlatformService, number>> = {},
  ): Promise<RunningGateway> {
    const environment = {
      ...serviceTestEnvironment('gateway', this.namespace),
      HTTP_PORT: String(await freePort()),
      WEB_DIST: '',
      KAFKA_CONSUMER_GROUP: `${this.namespace}.gateway-${uniqueName('replica')}`,
      ...Object.fromEntries(
        SERVICE_NAMES.map((name) => [
          `${name.toUpperCase()}_GRPC_ADDRESS`,
          `127.0.0.1:${grpcPorts[name] ?? this.ports[name]}`,
        ]),
      ),
    };
    return startGateway(loadGatewayConfig(environment));
  }

  get url(): string {
    return this.gateway.url;
  }

  /**
   * Stops the gateway and every service at once: each waits for its Kafka consumer's pending fetch
   * (about four seconds), so one after the other cost some 25 s per test file.
   */
  async stop(): Promise<void> {
    await Promise.all([
      this.gateway.stop(),
      ...[...this.runtimes.values()].map(async (runtime) => {
        await runtime.connection.dropDatabase().catch(() => undefined);
        await runtime.stop();
      }),
    ]);
  }
}
