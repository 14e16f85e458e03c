// `npm run fuzz`: the long local fuzzing run (docs/fuzzing.md). The same two suites CI runs, with the
// full sizes (CP_FUZZ=full): schemathesis against the gateway's OpenAPI document as anonymous, the
// owner and a client user, with more examples per operation, the coverage phase and a longer
// wall-clock cap and a random seed (printed; CP_FUZZ_SEED replays it); the gRPC fuzzing with more
// malformed messages per method. Arguments go to jest (`npm run fuzz -- e2e/fuzz.e2e.test.ts`).
// `npm run fuzz -- --install` only installs schemathesis (prints the path of `st`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureSchemathesis } from './schemathesis-install.js';

const args = process.argv.slice(2);
if (args.includes('--install')) {
  process.stdout.write(`${ensureSchemathesis()}\n`);
  process.exit(0);
}
ensureSchemathesis();
const repo = process.cwd();
const result = spawnSync(
  process.execPath,
  [
    path.join(repo, 'node_modules/jest/bin/jest.js'),
    // Alone: both suites load the machine.
    '--runInBand',
    '--testTimeout=3600000',
    ...(args.length > 0 ? args : ['e2e/fuzz.e2e.test.ts', 'e2e/grpc-fuzz.e2e.test.ts']),
  ],
  { cwd: repo, stdio: 'inherit', env: { ...process.env, CP_FUZZ: process.env.CP_FUZZ ?? 'full' } },
);
process.exit(result.status ?? 1);
