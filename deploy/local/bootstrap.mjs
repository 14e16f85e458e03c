// @ts-check
// Shared by `npm start` and `npm test`: installs npm dependencies on a fresh clone.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withProgress } from './infra.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Installs exactly package-lock.json (`npm ci`) when node_modules was not installed from the current lock
 * file. The lock file lists every platform's optional binaries (@swc/core-darwin-arm64, …), so `npm ci`
 * accepts it, and unlike `npm install` it never rewrites it: starting leaves the working tree clean.
 */
export async function ensureDependencies() {
  const marker = path.join(repo, 'node_modules', '.client-portal-lock-hash');
  const lockHash = () =>
    createHash('sha256')
      .update(readFileSync(path.join(repo, 'package-lock.json')))
      .digest('hex');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === lockHash()) return;
  await withProgress('installing npm dependencies', async () => {
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`npm ci failed with exit code ${String(result.status)}`);
  });
  writeFileSync(marker, lockHash());
}

// Run directly (by .ci/run): install, and leave the marker `npm start` and `npm test` check.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await ensureDependencies();
