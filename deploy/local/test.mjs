#!/usr/bin/env node
// @ts-check
// `npm test`: installs what is missing, brings up the real infrastructure, runs every jest suite with
// a JSON report (.jest-report.json, read by .ci/run), prints the counts, and stops only the components
// this run started (set CP_KEEP_INFRA=1 to keep them for the next run).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, repo } from './bootstrap.mjs';
import { down, green, red, report as reportError, up } from './infra.mjs';

const report = path.join(repo, '.jest-report.json');

await ensureDependencies();
const started = await up();
rmSync(report, { force: true });
/** @type {number | null} */
let status = 1;
try {
  // The browser test drives the built web app, served by the gateway.
  await (await import('./platform.mjs')).buildWeb();
  const jest = spawnSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/jest/bin/jest.js'),
      '--json',
      `--outputFile=${report}`,
      ...(process.env.CI ? ['--ci'] : []),
      ...process.argv.slice(2),
    ],
    { cwd: repo, stdio: 'inherit' },
  );
  status = jest.status;
} catch (error) {
  reportError(error);
} finally {
  if (started.length > 0 && process.env.CP_KEEP_INFRA !== '1') await down(started);
}

const counts = summarize();
const line = `${counts.passed} passed, ${counts.failed} failed`;
process.stderr.write(`\n${counts.failed === 0 && status === 0 ? green(line) : red(line)}\n`);
process.exit(status ?? 1);

/** Counts from jest's JSON report; a suite that failed to run counts as one failure. */
function summarize() {
  if (!existsSync(report)) return { passed: 0, failed: 1 };
  const result = JSON.parse(readFileSync(report, 'utf8'));
  return { passed: result.numPassedTests, failed: result.numFailedTests + result.numRuntimeErrorTestSuites };
}
