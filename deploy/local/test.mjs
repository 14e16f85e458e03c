#!/usr/bin/env node
// @ts-check
// `npm test`: installs what is missing, runs the web app's vitest suite, brings up the real
// infrastructure, runs every jest suite, each runner with a JSON report (.vitest-report.json,
// .jest-report.json, counted by test-report.mjs for this script and .ci/run), prints the counts, and
// stops only the components this run started (set CP_KEEP_INFRA=1 to keep them for the next run).
// Arguments go to jest (`npm test -- services/crm`); `npm test -- web` runs only the web app's tests.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, repo } from './bootstrap.mjs';
import { down, green, red, report as reportError, up } from './infra.mjs';
import { countTests, JEST_REPORT, VITEST_REPORT } from './test-report.mjs';

const args = process.argv.slice(2);
/** @param {string} arg whether a command-line argument names the web app */
const names = (arg) => arg === 'web' || arg.startsWith('web/');
const runVitest = args.length === 0 || args.some(names);
const jestArgs = args.filter((arg) => !names(arg));
const runJest = args.length === 0 || jestArgs.length > 0;

await ensureDependencies();
rmSync(JEST_REPORT, { force: true });
rmSync(VITEST_REPORT, { force: true });
/** @type {number | null} */
let status = 0;

// The web app's stores, composables and components: no infrastructure needed, so they go first.
if (runVitest) {
  const vitest = spawnSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--root',
      path.join(repo, 'web'),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${VITEST_REPORT}`,
    ],
    { cwd: repo, stdio: 'inherit' },
  );
  status = vitest.status;
}

if (runJest) {
  const started = await up();
  try {
    // The browser test drives the built web app, served by the gateway.
    await (await import('./platform.mjs')).buildWeb();
    const jest = spawnSync(
      process.execPath,
      [
        path.join(repo, 'node_modules/jest/bin/jest.js'),
        '--json',
        `--outputFile=${JEST_REPORT}`,
        ...(process.env.CI ? ['--ci'] : []),
        ...jestArgs,
      ],
      { cwd: repo, stdio: 'inherit' },
    );
    status = status || jest.status;
  } catch (error) {
    reportError(error);
    status = 1;
  } finally {
    if (started.length > 0 && process.env.CP_KEEP_INFRA !== '1') await down(started);
  }
}

const counts = countTests({ jest: runJest, vitest: runVitest });
const ok = counts.failed === 0 && status === 0;
const line = `${counts.passed} passed, ${counts.failed} failed`;
process.stderr.write(`\n${ok ? green(line) : red(line)}\n`);
process.exit(ok ? 0 : status || 1);
