import { config } from 'zod';

/**
 * The app's Content-Security-Policy allows no eval (docs/security.md). zod (through the event
 * catalogue) probes `new Function('')` once to decide whether to compile its parsers; under the
 * policy the probe fails quietly but the browser still reports a violation. jitless skips the probe:
 * zod then interprets its schemas, which is all the app needs. Imported first by main.ts.
 */
config({ jitless: true });
