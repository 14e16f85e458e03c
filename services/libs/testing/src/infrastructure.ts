import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@client-portal/kit';

/** Where the real components the tests use are reachable. */
export interface Infrastructure {
  mongoUrl: string;
  kafkaBrokers: string[];
  keycloakUrl: string;
  smtpUrl: string;
  mailpitUrl: string;
  /** The SMS simulator's API (deploy/local/tools/sms-simulator), where Keycloak's sign-in codes go. */
  smsUrl: string;
  stripeApiUrl: string;
  /** The S3-compatible object store (S3Proxy locally). */
  s3Url: string;
}

export const INFRASTRUCTURE_VARIABLES = [
  'MONGO_URL',
  'KAFKA_BROKERS',
  'KEYCLOAK_URL',
  'SMTP_URL',
  'MAILPIT_URL',
  'SMS_URL',
  'STRIPE_API_URL',
  'S3_URL',
] as const;

/** The local scripts' ports, moved like theirs by CLIENT_PORTAL_PORT_OFFSET (a second instance). */
export function localPorts(): Record<string, number> {
  const offset = Number(process.env.CLIENT_PORTAL_PORT_OFFSET ?? 0);
  const ports = JSON.parse(readFileSync(path.join(repoRoot(), 'deploy/local/ports.json'), 'utf8')) as Record<
    string,
    number
  >;
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + offset]));
}

/** Reads the endpoints that global setup exported, falling back to the local scripts' ports. */
export function infrastructure(): Infrastructure {
  const ports = localPorts();
  const variable = (name: string, fallback: string) => process.env[name] ?? fallback;
  return {
    mongoUrl: variable('MONGO_URL', `mongodb://127.0.0.1:${ports.mongo}`),
    kafkaBrokers: variable('KAFKA_BROKERS', `127.0.0.1:${ports.kafka}`)
      .split(',')
      .map((broker) => broker.trim()),
    keycloakUrl: variable('KEYCLOAK_URL', `http://127.0.0.1:${ports.keycloak}`),
    smtpUrl: variable('SMTP_URL', `smtp://127.0.0.1:${ports.smtp}`),
    mailpitUrl: variable('MAILPIT_URL', `http://127.0.0.1:${ports.mailpitHttp}`),
    smsUrl: variable('SMS_URL', `http://127.0.0.1:${ports.sms}`),
    stripeApiUrl: variable('STRIPE_API_URL', `http://127.0.0.1:${ports.stripe}`),
    s3Url: variable('S3_URL', `http://127.0.0.1:${ports.s3}`),
  };
}

/** A database name no other test (or earlier run) uses, so tests never see each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
