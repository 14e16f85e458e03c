#!/usr/bin/env node
// @ts-check
// `npm test`: installs what is missing, runs the web app's vitest suite, brings up the real
// infrastructure, runs every jest suite, each runner with a JSON report (.vitest-report.json,
// .jest-report.json, counted by test-report.mjs for this script and .ci/run), prints the counts, and
// stops only the components this run started (set CP_KEEP_INFRA=1 to keep them for the next run).
// Arguments go to jest (`npm test -- services/crm`); `npm test -- web` runs only the web app's tests.
// Two jest phases: every suite on two workers, then the isolated suites (`*.isolated.test.ts`: chaos,
// replicas — they kill services and restart Kafka) one at a time, alone on the infrastructure.
// Bounded in CI (CI=true, or CP_BROWSER_SUITES=core): the browser journeys run their core set
// (CORE_BROWSER_SUITES), the others run locally with every `npm test` (CP_BROWSER_SUITES=all in CI).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, repo } from './bootstrap.mjs';
import { down, green, red, report as reportError, up } from './infra.mjs';
import { countTests, ISOLATED_REPORT, JEST_REPORT, VITEST_REPORT } from './test-report.mjs';

/**
 * The browser journeys CI runs (the others run with every local `npm test`): the staff app's clients,
 * documents and payments, the portal home, files, deliverables and conversations, access and the
 * webhooks settings — one per area a buyer checks first. The API suites of every area run everywhere.
 */
export const CORE_BROWSER_SUITES = [
  'browser',
  'clients',
  'clientlist',
  'documents',
  'payments',
  'home',
  'files',
  'deliverables',
  'conversations',
  'access',
  'webhooks',
];
const ISOLATED = '\\.isolated\\.test\\.ts$';

const args = process.argv.slice(2);
/** @param {string} arg whether a command-line argument names the web app */
const names = (arg) => arg === 'web' || arg.startsWith('web/');
const runVitest = args.length === 0 || args.some(names);
const jestArgs = args.filter((arg) => !names(arg));
const runJest = args.length === 0 || jestArgs.length > 0;

await ensureDependencies();
rmSync(JEST_REPORT, { force: true });
rmSync(VITEST_REPORT, { force: true });
rmSync(ISOLATED_REPORT, { force: true });
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
    const browserSuites = process.env.CP_BROWSER_SUITES ?? (process.env.CI ? 'core' : 'all');
    const skipped =
      browserSuites === 'core' && jestArgs.length === 0
        ? [`/e2e/(?!(${CORE_BROWSER_SUITES.join('|')})\\.browser\\.)[^/]*\\.browser\\.e2e\\.test\\.ts$`]
        : [];
    /** @param {string} report @param {string[]} extra */
    const jest = (report, extra) =>
      spawnSync(
        process.execPath,
        [
          path.join(repo, 'node_modules/jest/bin/jest.js'),
          '--json',
          `--outputFile=${report}`,
          ...(process.env.CI ? ['--ci'] : []),
          ...extra,
        ],
        { cwd: repo, stdio: 'inherit' },
      ).status;
    if (jestArgs.length > 0) {
      // A chosen set: one run, alone on the infrastructure when it names an isolated suite.
      const isolated = jestArgs.some((arg) => arg.includes('isolated'));
      status = status || jest(JEST_REPORT, [...(isolated ? ['--runInBand'] : []), ...jestArgs]);
    } else {
      const main = jest(JEST_REPORT, [
        '--testPathIgnorePatterns',
        '/node_modules/',
        '/dist/',
        ISOLATED,
        ...skipped,
      ]);
      if (skipped.length > 0)
        process.stderr.write(`browser journeys: the core set (${CORE_BROWSER_SUITES.length})\n`);
      const isolated = jest(ISOLATED_REPORT, [
        '--runInBand',
        '--passWithNoTests',
        '--testPathPatterns',
        ISOLATED,
      ]);
      status = status || main || isolated;
    }
  } catch (error) {
    reportError(error);
    status = 1;
  } finally {
    if (started.length > 0 && process.env.CP_KEEP_INFRA !== '1') await down(started);
  }
}

const counts = countTests({ jest: runJest, vitest: runVitest, isolated: runJest && jestArgs.length === 0 });
const ok = counts.failed === 0 && status === 0;
const line = `${counts.passed} passed, ${counts.failed} failed`;
process.stderr.write(`\n${ok ? green(line) : red(line)}\n`);
process.exit(ok ? 0 : status || 1);
