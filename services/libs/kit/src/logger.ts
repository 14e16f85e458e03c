import { pino, type Logger, type LoggerOptions } from 'pino';
import { currentCorrelationId } from './context.js';
import { activeTraceIds } from './telemetry/tracing.js';

export type { Logger } from 'pino';

/**
 * JSON logger whose every line carries the service name and, inside a request or event,
 * its correlation id, and inside a traced span its `trace_id` and `span_id` (the names the
 * OpenTelemetry log data model and most log backends use to link a line to its trace). Token-like and personal fields are redacted wherever they appear.
 */
export function createLogger(service: string, level: LoggerOptions['level'] = 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'message',
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const correlationId = currentCorrelationId();
      const traceIds = activeTraceIds();
      if (!correlationId) return traceIds ?? {};
      return traceIds ? { correlationId, ...traceIds } : { correlationId };
    },
    redact: {
      paths: [
        'authorization',
        '*.authorization',
        'headers.authorization',
        'token',
        '*.token',
        'accessToken',
        '*.accessToken',
        'password',
        '*.password',
        'secret',
        '*.secret',
        'email',
        '*.email',
        'phone',
        '*.phone',
      ],
      censor: '[redacted]',
    },
  });
}
