// @ts-check
// Shared by `npm start` and `npm test`: installs npm dependencies on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withProgress } from './infra.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export async function ensureDependencies() {
  const marker = path.join(repo, 'node_modules', '.package-lock.json');
  const lock = path.join(repo, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  await withProgress('installing npm dependencies (npm ci)', async () => {
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`npm ci failed with exit code ${result.status}`);
  });
}
