import type * as protoLoader from '@grpc/proto-loader';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { z } from 'zod';
import {
  principalKeyEnvironment,
  principalSignerFromConfig,
  principalVerifierFromConfig,
  type PrincipalSigner,
  type PrincipalVerifier,
} from './auth/principal-token.js';
import { env, serviceEnvironment, telemetryEnvironment } from './config.js';
import { EventConsumer, type EventSubscriptions } from './events/consumer.js';
import { topicOf, type EventEnvelope, type EventSchemaRegistry } from './events/envelope.js';
import { EventOutbox } from './events/outbox.js';
import { createKafka, ensureTopics } from './events/kafka.js';
import { OutboxRelay } from './events/relay.js';
import { createGrpcServer, type GrpcServer, type GrpcServiceRegistration } from './grpc/server.js';
import { Lifecycle } from './lifecycle.js';
import { createLogger, type Logger } from './logger.js';
import { connectMongo } from './mongo/connection.js';
import type { IndexedStore } from './mongo/store.js';
import { untilReady } from './startup.js';
import { metricsFor, serveMetrics } from './telemetry/metrics.js';
import { startTracing } from './telemetry/tracing.js';

/** The environment every service reads; a service adds its own variables to it. */
export function serviceConfigShape(service: string, defaultGrpcPort: number) {
  return {
    ...serviceEnvironment,
    ...telemetryEnvironment,
    GRPC_PORT: env.port(defaultGrpcPort),
    MONGO_DATABASE: z.string().min(1).default(service),
    /** Prepended to every topic name: one cluster can host several environments (or test runs). */
    KAFKA_TOPIC_PREFIX: z.string().default(''),
    KAFKA_CONSUMER_GROUP: z.string().min(1).default(service),
    /** Who may sign the principal of calls to this service: issuer:public-key pairs (docs/kit.md). */
    PRINCIPAL_PUBLIC_KEYS: principalKeyEnvironment.publicKeys(),
    /** gRPC server reflection, for grpcurl and friends: handy in development, off in production. */
    GRPC_REFLECTION: env.boolean(true),
    /**
     * Whether the service creates the topics it writes and reads (and its dead-letter topic). Turn it off
     * where topics are managed outside the services (an operator, `npm start`); it then waits for them.
     */
    KAFKA_CREATE_TOPICS: env.boolean(true),
    /** How long start-up waits for MongoDB, Kafka and the topics before the process gives up. */
    STARTUP_WAIT_SECONDS: env.positiveInt(120),
  };
}
export type ServiceConfig = z.infer<z.ZodObject<ReturnType<typeof serviceConfigShape>>>;

export interface ServiceRuntimeOptions<Produced extends EventEnvelope> {
  service: string;
  config: ServiceConfig;
  /** The schemas of the events this service produces: its outbox writes only what fits them. */
  produces: EventSchemaRegistry<Produced>;
  /** Collections whose documents carry an outbox, relayed to `<service>.events`. */
  outboxCollections: string[];
  logger?: Logger;
}

/**
 * What every service's main does, in the same order: config → logger → mongo → kafka (+ outbox relay)
 * → indexes → gRPC with health and reflection → consumers → SERVING. Stop runs the reverse.
 */
export class ServiceRuntime<Produced extends EventEnvelope = EventEnvelope> {
  readonly lifecycle: Lifecycle;
  /** Builds this service's outbox entries, for its own topic, checked against their schemas. */
  readonly outbox: EventOutbox<Produced>;
  private grpcServer: GrpcServer | undefined;
  private boundPort = 0;
  /** Where Prometheus scrapes this service (METRICS_PORT); 0 when it serves no metrics. */
  metricsPort = 0;

  private constructor(
    readonly service: string,
    readonly config: ServiceConfig,
    readonly logger: Logger,
    readonly connection: Connection,
    readonly kafka: Kafka,
    readonly relay: OutboxRelay,
    /** Verifies the signed principal of every gRPC call to this service. */
    readonly principals: PrincipalVerifier,
    produces: EventSchemaRegistry<Produced>,
  ) {
    this.lifecycle = new Lifecycle(logger);
    this.outbox = new EventOutbox(service, this.topic(topicOf(service)), produces);
  }

  /** A topic's name in this environment (with the configured prefix). */
  topic(name: string): string {
    return `${this.config.KAFKA_TOPIC_PREFIX}${name}`;
  }

  static async start<Produced extends EventEnvelope>(
    options: ServiceRuntimeOptions<Produced>,
  ): Promise<ServiceRuntime<Produced>> {
    const { service, config } = options;
    // Keys are checked before connecting to anything: a refused key fails the boot at once.
    const principals = principalVerifierFromConfig(config.PRINCIPAL_PUBLIC_KEYS);
    const logger = options.logger ?? createLogger(service, config.LOG_LEVEL);
    // Tracing first, so start-up's own calls are traced and its shutdown (a final flush) runs last.
    const stopTracing = await startTracing({
      service,
      endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
      sampleRatio: config.OTEL_TRACES_SAMPLE_RATIO,
      logger,
    });
    // MongoDB and Kafka may come up after the service (a fresh machine, a pod scheduled first): each
    // step waits for its dependency within STARTUP_WAIT_SECONDS instead of exiting at the first refusal.
    const waiting = { logger, budgetMs: config.STARTUP_WAIT_SECONDS * 1000 };
    const connection = await untilReady(
      'mongo',
      () =>
        connectMongo({
          url: config.MONGO_URL,
          database: config.MONGO_DATABASE,
          logger,
          autoIndex: false,
        }),
      waiting,
    );
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: service, logger });
    if (config.KAFKA_CREATE_TOPICS)
      await untilReady(
        'kafka',
        () => ensureTopics(kafka, [`${config.KAFKA_TOPIC_PREFIX}${topicOf(service)}`]),
        waiting,
      );
    const relay = new OutboxRelay({
      kafka,
      connection,
      collections: options.outboxCollections,
      logger,
      service,
    });
    await untilReady('kafka producer', () => relay.start(), waiting);
    const runtime = new ServiceRuntime(
      service,
      config,
      logger,
      connection,
      kafka,
      relay,
      principals,
      options.produces,
    );
    runtime.lifecycle.onShutdown('tracing', stopTracing);
    runtime.lifecycle.onShutdown('mongo', () => connection.close());
    runtime.lifecycle.onShutdown('outbox relay', () => relay.stop());
    const metrics = metricsFor(service);
    const removeBacklog = metrics.addBacklogSource(() => relay.backlog());
    runtime.lifecycle.onShutdown('outbox backlog metric', removeBacklog);
    if (config.METRICS_PORT !== undefined) {
      const server = await serveMetrics({
        host: config.GRPC_HOST,
        port: config.METRICS_PORT,
        metrics,
        logger,
      });
      runtime.metricsPort = server.port;
      runtime.lifecycle.onShutdown('metrics server', () => server.close());
    }
    return runtime;
  }

  /**
   * Creates every store's collections and declared indexes (idempotent), before the service serves:
   * a list never runs without the index it was written for.
   */
  async ensureIndexes(stores: IndexedStore[]): Promise<void> {
    const started = Date.now();
    await Promise.all(stores.map((store) => store.ensureIndexes()));
    this.logger.info({ stores: stores.length, ms: Date.now() - started }, 'indexes ensured');
  }

  /** Serves the gRPC APIs (plus health and reflection), NOT_SERVING until ready(). Returns the port. */
  async serveGrpc(
    packageDefinitions: protoLoader.PackageDefinition[],
    services: GrpcServiceRegistration[],
  ): Promise<number> {
    const server = createGrpcServer({
      serviceName: this.service,
      logger: this.logger,
      host: this.config.GRPC_HOST,
      port: this.config.GRPC_PORT,
      packageDefinitions,
      services,
      principals: this.principals,
      reflection: this.config.GRPC_REFLECTION,
    });
    this.boundPort = await server.start();
    server.setServing(false);
    this.grpcServer = server;
    this.lifecycle.onShutdown('grpc server', () => server.shutdown(5_000));
    return this.boundPort;
  }

  /**
   * Signs the principal of this service's calls to other services, as issuer `<service>`, with the
   * key from its PRINCIPAL_SIGNING_KEY (declared by the services that call others).
   */
  principalSigner(signingKey: string): PrincipalSigner {
    return principalSignerFromConfig(this.service, signingKey);
  }

  get grpcPort(): number {
    return this.boundPort;
  }

  /** Consumes other services' topics (named without prefix) with the idempotent consumer. */
  async consume<Consumed extends EventEnvelope>(
    options: EventSubscriptions<Consumed> & {
      /** Attempts before dead-lettering, and the first retry delay (doubling each time). */
      maxAttempts?: number;
      retryDelayMs?: number;
      /** Partitions handled at once (order is kept within a partition); 1 unless said otherwise. */
      partitionsConsumedConcurrently?: number;
    },
  ): Promise<EventConsumer<Consumed>> {
    const consumer = new EventConsumer({
      kafka: this.kafka,
      connection: this.connection,
      groupId: this.config.KAFKA_CONSUMER_GROUP,
      topics: options.topics.map((topic) => this.topic(topic)),
      schemas: options.schemas,
      handlers: options.handlers,
      logger: this.logger,
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
      ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
      ...(options.partitionsConsumedConcurrently === undefined
        ? {}
        : { partitionsConsumedConcurrently: options.partitionsConsumedConcurrently }),
      createTopics: this.config.KAFKA_CREATE_TOPICS,
      startupBudgetMs: this.config.STARTUP_WAIT_SECONDS * 1000,
      service: this.service,
    });
    await consumer.start();
    this.lifecycle.onShutdown(`consumer ${this.config.KAFKA_CONSUMER_GROUP}`, () => consumer.stop());
    return consumer;
  }

  ready(): void {
    this.grpcServer?.setServing(true);
    this.logger.info({ grpcPort: this.boundPort }, `${this.service} serving`);
  }

  stop(): Promise<void> {
    return this.lifecycle.shutdown('stop requested');
  }
}
