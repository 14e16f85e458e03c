import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentCorrelationId } from './context.js';
import { activeTraceIds } from './telemetry/tracing.js';

export type { Logger } from 'pino';

/**
 * JSON logger whose every line carries the service name and, inside a request or event,
 * its correlation id, and inside a traced span its `trace_id` and `span_id` (the names the
 * OpenTelemetry log data model and most log backends use to link a line to its trace). Token-like and
 * personal fields (authorization, token, accessToken, password, secret, email, phone) are redacted at
 * the top level of a line and one level down (`{ user: { email } }`); log no deeper object holding them.
 * Lines go to stdout unless a destination is given (tests).
 */
export function createLogger(
  service: string,
  level: LoggerOptions['level'] = 'info',
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
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
  };
  return destination ? pino(options, destination) : pino(options);
}
