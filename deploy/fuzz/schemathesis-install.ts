import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Pinned: a new version may add checks; raising it is a deliberate change (docs/fuzzing.md). */
export const SCHEMATHESIS_VERSION = '4.32.5';

/** Under the build cache (as infra.mjs's HOME), so every worktree and run shares one install. */
const home = process.env.CLIENT_PORTAL_HOME ?? path.join(os.homedir(), '.cache', 'client-portal');
const venv = path.join(home, 'fuzz', `schemathesis-${SCHEMATHESIS_VERSION}`);
const marker = path.join(venv, '.installed');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 600_000 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${String(result.status)}`);
}

/**
 * The `st` executable of the pinned schemathesis, installed from PyPI with the machine's python3 into a
 * virtual environment the first time (about 30 s), so a fresh machine (CI) gets it without a step of its
 * own; afterwards only the marker is read. A half-finished install (no marker) is removed and done
 * again, so an interrupted run never leaves a broken tool behind.
 */
export function ensureSchemathesis(): string {
  const executable = path.join(venv, 'bin', 'st');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === SCHEMATHESIS_VERSION && existsSync(executable))
    return executable;
  process.stderr.write(`installing schemathesis ${SCHEMATHESIS_VERSION} into ${venv}\n`);
  rmSync(venv, { recursive: true, force: true });
  mkdirSync(path.dirname(venv), { recursive: true });
  run('python3', ['-m', 'venv', venv]);
  run(path.join(venv, 'bin', 'pip'), [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    `schemathesis==${SCHEMATHESIS_VERSION}`,
  ]);
  writeFileSync(marker, SCHEMATHESIS_VERSION);
  return executable;
}
