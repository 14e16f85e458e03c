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
 * Installs from package-lock.json when node_modules was not installed from the current lock file. `npm install`
 * rather than `npm ci`: the registry our machines reach answers 404 for other platforms' optional
 * binaries (@swc/core-darwin-arm64, …), so they never enter the lock file and `npm ci` refuses it as out
 * of sync; `npm install` installs exactly the locked versions and skips those.
 */
export async function ensureDependencies() {
  const marker = path.join(repo, 'node_modules', '.client-portal-lock-hash');
  const lockHash = () =>
    createHash('sha256')
      .update(readFileSync(path.join(repo, 'package-lock.json')))
      .digest('hex');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === lockHash()) return;
  await withProgress('installing npm dependencies', async () => {
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`npm install failed with exit code ${String(result.status)}`);
  });
  writeFileSync(marker, lockHash());
}

// Run directly (by .ci/run): install, and leave the marker `npm start` and `npm test` check.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await ensureDependencies();
