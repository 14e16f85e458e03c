import { spawn } from 'node:child_process';
import path from 'node:path';
import { serviceTestEnvironment, uniqueName, freePort } from '@client-portal/testing';
import { rssMegabytes } from './soak.scenario.js';

const out = process.argv[2] ?? '';
const service = process.argv[3] ?? 'crm';
const flagSets = [['--max-semi-space-size=2', '--optimize-for-size'], ['--max-semi-space-size=1', '--optimize-for-size']];
for (const flags of flagSets) {
  const port = await freePort();
  const child = spawn(process.execPath, [...flags, path.join(out, service, 'main.mjs')], {
    env: { ...process.env, ...serviceTestEnvironment(service as never, uniqueName('rss')), LOG_LEVEL: 'info', GRPC_PORT: String(port), IDENTITY_GRPC_ADDRESS: '127.0.0.1:1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const t0 = Date.now();
  while (!log.includes(`${service} serving`) && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 10_000));
  console.log(service, flags.join(' ') || '(none)', rssMegabytes(child.pid ?? 0), log.split('\n').filter((l) => /^(MEM|SPACES|CODE)/.test(l)).join('\n'));
  child.kill('SIGKILL');
}
process.exit(0);
