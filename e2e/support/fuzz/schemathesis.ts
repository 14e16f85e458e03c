import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@client-portal/kit';
import { ensureSchemathesis } from '../../../deploy/fuzz/schemathesis-install.js';

/**
 * The checks every fuzzed answer must pass: no 5xx, the declared media type, a declared status (every
 * operation declares `default`, so any 4xx is allowed), and a body that matches its declared schema
 * (the success schema for 2xx, the Problem schema for errors).
 */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
];

/** How much fuzzing: small and reproducible in CI, larger and random for `npm run fuzz`. */
export interface FuzzSize {
  maxExamples: number;
  /** Wall-clock cap of one schemathesis run (seconds); the run stops, reporting what it tested. */
  maxTime: number;
  seed: number;
  phases: string;
}

export function fuzzSize(): FuzzSize {
  const full = process.env.CP_FUZZ === 'full';
  const seed = process.env.CP_FUZZ_SEED
    ? Number(process.env.CP_FUZZ_SEED)
    : full
      ? Math.floor(Math.random() * 2 ** 31)
      : 20261130;
  // CI: the fuzzing phase only (the coverage phase's boundary cases take minutes); full: both.
  return full
    ? // Within the access token's five minutes (each run starts with a fresh one): past them every
      // request would get 401 and test nothing.
      { maxExamples: 60, maxTime: 270, seed, phases: 'coverage,fuzzing' }
    : // A safety bound, not the expected time: on a quiet machine each caller's run ends well before
      // (every operation tried); on a loaded one it stops there, reporting what it tested.
      { maxExamples: 3, maxTime: 45, seed, phases: 'fuzzing' };
}

/** What one schemathesis run reported (its JSON run report, cut to what the test reads). */
export interface FuzzReport {
  exitCode: number;
  seed: number;
  operations: { selected: number; tested: number; errored: number; skipped: number };
  testCases: { generated: number; with_failures: number; unique_failures: number; errored: number };
  failures: { title: string; count: number; operations: string[] }[];
  errors: { title: string; count: number }[];
  stopReason: string;
  /** schemathesis' own console output: the failures with a curl command reproducing each. */
  output: string;
}

export interface FuzzRun {
  /** The gateway's base URL (http://127.0.0.1:port). */
  baseUrl: string;
  /** A bearer token, or none for the anonymous run. */
  token?: string;
  /** `--include-by` expressions on the operation (ORed): which routes this caller fuzzes. */
  includeBy?: string[];
  excludeBy?: string[];
  /** Real ids by path parameter name: the fuzzer uses them half the time, so requests reach real data. */
  dictionaries?: Record<string, string[]>;
  size: FuzzSize;
}

function toml(value: string): string {
  return JSON.stringify(value);
}

/**
 * Runs schemathesis against the gateway's OpenAPI document (`/api/openapi.json`, as a client would
 * download it) and returns its report. The live stream (`GET /events`) never ends, so it is left to
 * its own tests.
 */
export async function runSchemathesis(run: FuzzRun): Promise<FuzzReport> {
  const executable = ensureSchemathesis();
  const dir = mkdtempSync(path.join(tmpdir(), 'cp-fuzz-'));
  try {
    // The hooks: a serializer for the one raw-bytes body (a PDF to verify).
    const config: string[] = [
      `hooks = ${toml(path.join(repoRoot(), 'e2e', 'support', 'fuzz', 'hooks.py'))}`,
      '',
    ];
    for (const [name, values] of Object.entries(run.dictionaries ?? {})) {
      config.push(`[dictionaries.${name}]`, `values = [${values.map(toml).join(', ')}]`, '');
    }
    if (run.dictionaries && Object.keys(run.dictionaries).length > 0) {
      config.push('[parameters]');
      for (const name of Object.keys(run.dictionaries))
        config.push(`"path.${name}" = { dictionary = ${toml(name)}, probability = 0.5 }`);
    }
    const configFile = path.join(dir, 'schemathesis.toml');
    writeFileSync(configFile, `${config.join('\n')}\n`);
    const reportFile = path.join(dir, 'report.json');
    const args = [
      '--config-file',
      configFile,
      'run',
      `${run.baseUrl}/api/openapi.json`,
      '--checks',
      CHECKS.join(','),
      '--phases',
      run.size.phases,
      '--max-examples',
      String(run.size.maxExamples),
      '--max-time',
      String(run.size.maxTime),
      '--seed',
      String(run.size.seed),
      '--workers',
      '4',
      '--request-timeout',
      '20',
      '--exclude-path',
      '/events',
      '--generation-database',
      'none',
      '--suppress-health-check',
      'all',
      '--no-color',
      '--output-truncate',
      'true',
      '--report',
      'json',
      '--report-json-path',
      reportFile,
      ...(run.token ? ['--header', `Authorization: Bearer ${run.token}`] : []),
      ...(run.includeBy ?? []).flatMap((expression) => ['--include-by', expression]),
      ...(run.excludeBy ?? []).flatMap((expression) => ['--exclude-by', expression]),
      // Replaying one finding: CP_FUZZ_PATH narrows every caller's run to the paths it matches (as an
      // exclusion of every other path: schemathesis ORs its inclusions with the callers' --include-by).
      ...(process.env.CP_FUZZ_PATH ? ['--exclude-path-regex', `^(?!.*(?:${process.env.CP_FUZZ_PATH}))`] : []),
    ];
    const output: string[] = [];
    const exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn(executable, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        resolve(code ?? 1);
      });
    });
    const text = output.join('');
    let document: Record<string, unknown>;
    try {
      document = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`schemathesis wrote no report (exit ${exitCode}):\n${text}`, { cause: error });
    }
    return {
      exitCode,
      seed: document.seed as number,
      operations: document.operations as FuzzReport['operations'],
      testCases: document.test_cases as FuzzReport['testCases'],
      failures: document.failures as FuzzReport['failures'],
      errors: document.errors as FuzzReport['errors'],
      stopReason: document.stop_reason as string,
      output: text,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line for the log: how much was fuzzed. */
export function summary(caller: string, report: FuzzReport): string {
  return (
    `${caller}: ${report.operations.tested}/${report.operations.selected} operations, ` +
    `${report.testCases.generated} test cases, ${report.testCases.with_failures} with failures, ` +
    `${report.errors.length} errors, seed ${report.seed}, ${report.stopReason}`
  );
}
