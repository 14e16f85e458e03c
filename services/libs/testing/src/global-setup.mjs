// @ts-check
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { dockerSocketPresent, startWithTestcontainers } from './containers.mjs';

const VARIABLES = [
  'MONGO_URL',
  'KAFKA_BROKERS',
  'KEYCLOAK_URL',
  'SMTP_URL',
  'MAILPIT_URL',
  'SMS_URL',
  'STRIPE_API_URL',
  'S3_URL',
];

/**
 * Makes sure the real components are reachable before any test runs, and exports their addresses to
 * the test workers: external ones from the environment, containers where a Docker engine answers, the
 * repository's own local scripts otherwise (idempotent: running components are left as they are).
 * @param {{ rootDir: string }} globalConfig
 */
export default async function globalSetup(globalConfig) {
  const repo = globalConfig.rootDir;
  const mode = process.env.CP_INFRA ?? 'auto';
  const external = ['MONGO_URL', 'KAFKA_BROKERS', 'KEYCLOAK_URL', 'SMTP_URL'].every(
    (name) => process.env[name],
  );
  let source;
  if (external) {
    source = 'external, from the environment';
  } else if (
    mode === 'testcontainers' ||
    (mode === 'auto' && dockerSocketPresent() && (await dockerAnswers()))
  ) {
    const started = await startWithTestcontainers(repo);
    Object.assign(process.env, started.environment);
    /** @type {{ stopContainers?: () => Promise<void> }} */ (globalThis).stopContainers = started.stop;
    source = 'testcontainers';
  } else {
    const script = path.join(repo, 'deploy/local/infra.mjs');
    execFileSync(process.execPath, [script, 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const exported = execFileSync(process.execPath, [script, 'env'], { encoding: 'utf8' });
    for (const line of exported.split('\n')) {
      const match = /^export ([A-Z_]+)=(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) process.env[match[1]] ??= match[2];
    }
    source = 'started by deploy/local/infra.mjs';
  }
  process.stderr.write(`\nReal components for this test run (${source}):\n`);
  for (const name of VARIABLES) process.stderr.write(`  ${name}=${process.env[name] ?? '(unset)'}\n`);
}

async function dockerAnswers() {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
