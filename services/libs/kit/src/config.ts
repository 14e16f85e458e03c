import { z } from 'zod';

/** Raised at boot when the environment does not satisfy a service's config schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment against a zod object schema whose keys are the variable names.
 * Every bad variable is reported at once, so an operator fixes them in one pass.
 */
export function loadConfig<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  environment: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  // Empty strings are treated as unset so `VAR=` in a .env file falls back to the default.
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = environment[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const received = input[variable];
    return received === undefined
      ? `${variable}: ${issue.message} (not set)`
      : `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** Reusable field types for configuration schemas. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  url: () => z.url({ message: 'must be a URL' }),
  mongoUrl: () =>
    z.string().regex(/^mongodb(\+srv)?:\/\//, { message: 'must be a mongodb:// or mongodb+srv:// URL' }),
  brokers: () =>
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((broker) => broker.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, { message: 'each broker must be host:port' })).min(1)),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  positiveInt: (fallback: number) => z.coerce.number().int().positive().default(fallback),
  boolean: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .transform((value) => value === 'true' || value === '1' || value === 'yes')
      .default(fallback),
};

/** Variables every service reads: where it listens and which infrastructure it talks to. */
export const serviceEnvironment = {
  LOG_LEVEL: env.logLevel(),
  GRPC_HOST: z.string().default('127.0.0.1'),
  MONGO_URL: env.mongoUrl(),
  KAFKA_BROKERS: env.brokers(),
};

/**
 * Traces and metrics (docs/operations.md), read by every service and the gateway. Unset, nothing is
 * exported and no metrics port is opened.
 */
export const telemetryEnvironment = {
  /** The OpenTelemetry collector's OTLP/HTTP base URL (`http://otel-collector:4318`); spans go to `/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.union([env.url(), z.literal('')]).default(''),
  /** Share of new traces kept (0–1]; a caller's sampling decision is always followed. */
  OTEL_TRACES_SAMPLE_RATIO: z.coerce.number().gt(0).max(1).default(1),
  /** Prometheus scrapes `GET /metrics` on this port; unset: no metrics port. 0 binds a free port (tests). */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
};
