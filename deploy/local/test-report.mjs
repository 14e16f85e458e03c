#!/usr/bin/env node
// @ts-check
// Test counts for `npm test` and .ci/run, from the JSON reports the runners leave at the repo root:
// jest's (.jest-report.json, every service, deploy and e2e suite) and vitest's (.vitest-report.json,
// the web app's stores and components; vitest writes the same jest-compatible counters). A report
// that is missing counts as one failure: the runner did not get to the end. Run directly, it prints
// "<passed> <failed>" for shell scripts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const JEST_REPORT = path.join(repo, '.jest-report.json');
export const VITEST_REPORT = path.join(repo, '.vitest-report.json');
/** The isolated suites' phase (chaos, replicas: run one at a time after the others). */
export const ISOLATED_REPORT = path.join(repo, '.jest-isolated-report.json');

/**
 * @param {string} file
 * @returns {{ passed: number, failed: number }}
 */
function countReport(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const result = JSON.parse(readFileSync(file, 'utf8'));
  // A test file that could not even load has no test results of its own: count it once.
  /** @type {Array<{ status?: string, assertionResults?: unknown[] }>} */
  const files = Array.isArray(result.testResults) ? result.testResults : [];
  const brokenFiles =
    result.numRuntimeErrorTestSuites ??
    files.filter((entry) => entry.status === 'failed' && (entry.assertionResults ?? []).length === 0).length;
  return { passed: result.numPassedTests ?? 0, failed: (result.numFailedTests ?? 0) + brokenFiles };
}

/**
 * @param {{ jest?: boolean, vitest?: boolean, isolated?: boolean }} ran which runners this run used
 * @returns {{ passed: number, failed: number }}
 */
export function countTests(ran = { jest: true, vitest: true, isolated: true }) {
  const reports = [
    ran.jest !== false ? JEST_REPORT : null,
    ran.vitest !== false ? VITEST_REPORT : null,
    ran.isolated !== false ? ISOLATED_REPORT : null,
  ];
  return reports
    .filter((file) => file !== null)
    .map(countReport)
    .reduce((sum, counts) => ({ passed: sum.passed + counts.passed, failed: sum.failed + counts.failed }), {
      passed: 0,
      failed: 0,
    });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const counts = countTests();
  console.log(`${counts.passed} ${counts.failed}`);
}
