import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let cachedRoot: string | undefined;

/**
 * The monorepo root: the nearest folder above the working directory whose package.json declares
 * workspaces. Sources avoid `import.meta` so the same code runs under tsx (ESM) and jest (CJS).
 * In a container, REPO_ROOT names it directly.
 */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  const fromEnvironment = process.env.REPO_ROOT;
  if (fromEnvironment) return (cachedRoot = path.resolve(fromEnvironment));
  let directory = process.cwd();
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (parsed.workspaces) return (cachedRoot = directory);
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`No monorepo root above ${process.cwd()}; set REPO_ROOT`);
    directory = parent;
  }
}

/** Resolves a file inside an installed package, from ESM and CJS alike. */
export function resolvePackageFile(specifier: string): string {
  return createRequire(path.join(repoRoot(), 'package.json')).resolve(specifier);
}
