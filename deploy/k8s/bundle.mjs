#!/usr/bin/env node
// @ts-check
// Bundles one component's src/main.ts into <out>/main.mjs for its container image, so production runs
// plain `node`, not tsx. The workspace libraries (@client-portal/*, TypeScript sources) are compiled in;
// every npm package stays an import, installed next to the bundle by `npm install --omit=dev`.
// Writes <out>/externals.json: the npm packages the bundle imports (the chart test checks that each is a
// production dependency of the component, or the image would fail at start).
//   node deploy/k8s/bundle.mjs <service> [out folder, default dist/<service>]
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

/** @returns {Map<string, string>} workspace package name → its entry file (package.json "exports"."."). */
function workspaceEntries() {
  /** @type {Map<string, string>} */
  const entries = new Map();
  for (const parent of ['services', 'services/libs']) {
    for (const folder of readdirSync(path.join(repo, parent))) {
      const manifestPath = path.join(repo, parent, folder, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = /** @type {{ name: string, exports?: Record<string, string> }} */ (
        JSON.parse(readFileSync(manifestPath, 'utf8'))
      );
      const entry = manifest.exports?.['.'];
      if (entry) entries.set(manifest.name, path.join(repo, parent, folder, entry));
    }
  }
  return entries;
}

/** The package an import names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. @param {string} specifier */
export function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * @param {string} service a folder of services/
 * @param {string} [out] the output folder
 * @returns {Promise<{ file: string, externals: string[] }>}
 */
export async function bundle(service, out = path.join(repo, 'dist', service)) {
  const entryPoint = path.join(repo, 'services', service, 'src', 'main.ts');
  if (!existsSync(entryPoint)) throw new Error(`${entryPoint} does not exist`);
  const workspaces = workspaceEntries();
  const builtins = new Set(builtinModules);
  /** @type {Set<string>} */
  const externals = new Set();
  const file = path.join(out, 'main.mjs');
  await build({
    entryPoints: [entryPoint],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // Keeps stack traces and log fields readable.
    keepNames: true,
    logLevel: 'warning',
    tsconfig: path.join(repo, 'tsconfig.json'),
    plugins: [
      {
        name: 'workspace-in-packages-out',
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) => {
            const name = packageOf(args.path);
            const workspaceEntry = workspaces.get(name);
            if (workspaceEntry) {
              if (name !== args.path) return { errors: [{ text: `${args.path}: import ${name} itself` }] };
              return { path: workspaceEntry };
            }
            if (!args.path.startsWith('node:') && !builtins.has(name)) externals.add(name);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const sorted = [...externals].sort();
  writeFileSync(path.join(out, 'externals.json'), `${JSON.stringify(sorted, null, 2)}\n`);
  return { file, externals: sorted };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [service, out] = process.argv.slice(2);
  if (!service) {
    process.stderr.write('Usage: node deploy/k8s/bundle.mjs <service> [out folder]\n');
    process.exit(1);
  }
  bundle(service, out && path.resolve(out)).then(
    ({ file, externals }) =>
      process.stdout.write(`${path.relative(process.cwd(), file)} (imports ${externals.join(', ')})\n`),
    (/** @type {unknown} */ error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
