// CI checks of the container images that can run without a Docker engine: every Dockerfile linted with
// hadolint and held to the rules that matter here (multi-stage, non-root numeric user, no HEALTHCHECK,
// no floating `latest`, no tsx in production), one Dockerfile for every Node service (build arguments
// SERVICE and PORT), and the production bundle each service image runs (deploy/k8s/bundle.mjs, the
// Dockerfile's build step) built with esbuild,
// checked to import only production dependencies, started against the real infrastructure and stopped
// with SIGTERM as Kubernetes does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import mongoose from 'mongoose';
import { freePort, serviceTestEnvironment, uniqueName } from '@client-portal/testing';
import {
  buildArgsOf,
  dockerfiles,
  SERVICES_DOCKERFILE,
  dockerInstructions,
  localLayout,
  repo,
  run,
  serviceFolders,
  tool,
  type Instruction,
} from './helpers.js';

/** The user each image runs as, which the chart's runAsUser repeats (node's 1000, nginx-unprivileged's 101). */
const IMAGE_USERS: Record<string, string> = { web: '101', services: '1000' };

interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/** Splits a Dockerfile into stages, resolving the global ARG defaults in FROM lines. */
function stagesOf(text: string): { stages: Stage[]; globalArgs: Record<string, string> } {
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of dockerInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = instruction.argument.split(/\s+/);
      const resolved = image.replace(
        /\$\{?(\w+)\}?/g,
        (_whole, variable: string) => globalArgs[variable] ?? '',
      );
      stages.push({
        image: resolved,
        ...(as?.toUpperCase() === 'AS' && name ? { name } : {}),
        instructions: [],
      });
    } else if (stages.length === 0 && instruction.keyword === 'ARG') {
      const [variable = '', value = ''] = instruction.argument.split('=');
      globalArgs[variable] = value;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { stages, globalArgs };
}

const read = (file: string) => readFileSync(file, 'utf8');

describe('the Dockerfiles', () => {
  const files = dockerfiles();
  /** Each Dockerfile once: the services' shared one and the web app's. */
  const unique: [string, string][] = [
    ['services', SERVICES_DOCKERFILE],
    ['web', files.get('web') ?? ''],
  ];

  it('exist for every service folder and the web app, the services sharing one', () => {
    expect([...files.keys()].sort()).toEqual([...serviceFolders(), 'web'].sort());
    for (const [name, file] of files) expect([name, existsSync(file)]).toEqual([name, true]);
    expect(new Set(serviceFolders().map((name) => files.get(name)))).toEqual(new Set([SERVICES_DOCKERFILE]));
    // No per-service copy left behind to drift.
    expect(
      serviceFolders().filter((name) => existsSync(path.join(repo, 'services', name, 'Dockerfile'))),
    ).toEqual([]);
  });

  it(
    'pass hadolint without a finding',
    async () => {
      const hadolint = await tool('hadolint');
      const result = await run(hadolint, ['--no-color', ...unique.map(([, file]) => file)]);
      expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
      expect(result.status).toBe(0);
    },
    5 * 60_000,
  );

  it.each(unique)(
    '%s: multi-stage, pinned base images, numeric non-root user, no HEALTHCHECK, no tsx',
    (name, file) => {
      const { stages } = stagesOf(read(file));
      expect(stages.length).toBeGreaterThanOrEqual(2);
      const stageNames = new Set<string>();
      for (const stage of stages) {
        if (!stageNames.has(stage.image)) {
          // A registry image: tagged (or by digest), never the floating `latest`.
          expect([stage.image, /^[^\s:@]+(:[\w.-]+|@sha256:[0-9a-f]{64})$/.test(stage.image)]).toEqual([
            stage.image,
            true,
          ]);
          expect(stage.image).not.toMatch(/:latest$/);
        }
        if (stage.name) stageNames.add(stage.name);
      }
      const all = stages.flatMap((stage) => stage.instructions);
      expect(all.filter((instruction) => instruction.keyword === 'HEALTHCHECK')).toEqual([]);
      const final = stages.at(-1)?.instructions ?? [];
      const users = final.filter((instruction) => instruction.keyword === 'USER');
      expect(users.at(-1)?.argument).toBe(`${IMAGE_USERS[name]}:${IMAGE_USERS[name]}`);
      const start = final.filter((instruction) => ['CMD', 'ENTRYPOINT'].includes(instruction.keyword));
      expect(start.length).toBeGreaterThan(0);
      for (const instruction of start) {
        // Exec form: the process is PID 1 and receives SIGTERM itself.
        expect(instruction.argument.startsWith('[')).toBe(true);
        expect(instruction.argument).not.toMatch(/tsx/);
      }
    },
  );

  it('build any service from the build arguments SERVICE and PORT, which every service has', () => {
    const text = read(SERVICES_DOCKERFILE);
    const { stages } = stagesOf(text);
    const argumentsOf = (stage: Stage | undefined, keyword: string) =>
      (stage?.instructions ?? [])
        .filter((instruction) => instruction.keyword === keyword)
        .map((instruction) => instruction.argument);
    const stage = (name: string) => stages.find((candidate) => candidate.name === name);
    // SERVICE has no default: an image of an unnamed service cannot be built by accident.
    for (const name of ['build', 'dependencies'])
      expect([name, argumentsOf(stage(name), 'ARG').includes('SERVICE')]).toEqual([name, true]);
    expect(argumentsOf(stage('build'), 'COPY')).toContain('services/${SERVICE} services/${SERVICE}');
    expect(argumentsOf(stage('build'), 'RUN')).toContain('node deploy/k8s/bundle.mjs "${SERVICE}" /out');
    // Exactly the locked versions of the service's production dependencies.
    expect(argumentsOf(stage('dependencies'), 'RUN').join('\n')).toMatch(
      /npm ci --omit=dev --workspace "services\/\$\{SERVICE\}"/,
    );
    const final = stages.at(-1);
    expect(argumentsOf(final, 'ARG')).toContain('PORT');
    expect(argumentsOf(final, 'EXPOSE')).toEqual(['${PORT}']);
    expect(argumentsOf(final, 'CMD')).toEqual([
      '["node", "--max-semi-space-size=2", "--optimize-for-size", "dist/main.mjs"]',
    ]);
    expect(argumentsOf(final, 'ENV').join(' ')).toMatch(/REPO_ROOT=\/app/);
    expect(argumentsOf(final, 'COPY').some((argument) => /^proto\s/.test(argument))).toBe(true);
    expect(
      stages
        .flatMap((candidate) => argumentsOf(candidate, 'RUN'))
        .filter((command) => /\btsx\b/.test(command)),
    ).toEqual([]);
    // Every service's build arguments name its folder and its port from deploy/local/services.json.
    const layout = localLayout();
    for (const name of serviceFolders()) {
      const port =
        name === layout.gateway.name
          ? layout.gateway.httpPort
          : layout.services.find((s) => s.name === name)?.grpcPort;
      expect([name, buildArgsOf(name)]).toEqual([name, { SERVICE: name, PORT: String(port) }]);
      expect(existsSync(path.join(repo, 'services', name, 'src', 'main.ts'))).toBe(true);
    }
  });

  it('bundle with the esbuild version of package-lock.json', () => {
    const lock = JSON.parse(read(path.join(repo, 'package-lock.json'))) as {
      packages: Record<string, { version?: string }>;
    };
    const locked = lock.packages['node_modules/esbuild']?.version;
    expect(/ARG ESBUILD_VERSION=(\S+)/.exec(read(SERVICES_DOCKERFILE))?.[1]).toBe(locked);
  });

  it('copy only what the build context lets through (.dockerignore is an allow-list)', () => {
    const ignore = read(path.join(repo, '.dockerignore'))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignore[0]).toBe('*');
    for (const excluded of ['**/node_modules', '**/dist']) expect(ignore).toContain(excluded);
    const allowed = ignore
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).replace(/\/$/, ''));
    for (const [name, file] of files) {
      const buildArgs = buildArgsOf(name) ?? {};
      for (const instruction of dockerInstructions(read(file))) {
        if (instruction.keyword !== 'COPY' || instruction.argument.startsWith('--from')) continue;
        const sources = instruction.argument
          .replace(/\$\{(\w+)\}/g, (_whole, variable: string) => buildArgs[variable] ?? '')
          .split(/\s+/)
          .slice(0, -1);
        for (const source of sources.filter((entry) => entry !== '.')) {
          const admitted = allowed.some((entry) => source === entry || source.startsWith(`${entry}/`));
          expect([name, source, admitted, existsSync(path.join(repo, source))]).toEqual([
            name,
            source,
            true,
            true,
          ]);
        }
      }
    }
  });
});

/** The packages a workspace may import at run time: its dependencies and those of the workspaces it uses. */
function productionDependencies(workspace: string): Set<string> {
  const lock = JSON.parse(read(path.join(repo, 'package-lock.json'))) as {
    packages: Record<string, { dependencies?: Record<string, string>; resolved?: string; link?: boolean }>;
  };
  const found = new Set<string>();
  const visit = (folder: string) => {
    for (const dependency of Object.keys(lock.packages[folder]?.dependencies ?? {})) {
      if (found.has(dependency)) continue;
      found.add(dependency);
      const entry = lock.packages[`node_modules/${dependency}`];
      if (entry?.link && entry.resolved) visit(entry.resolved);
    }
  };
  visit(workspace);
  return found;
}

/** The standard grpc.health.v1 check, as the kubelet's gRPC probe makes it. */
async function grpcServing(port: number): Promise<boolean> {
  type Health = grpc.Client & {
    Check(
      request: { service: string },
      options: grpc.CallOptions,
      callback: (error: grpc.ServiceError | null, answer?: { status: string }) => void,
    ): void;
  };
  const definition = protoLoader.loadSync(healthProtoPath, { keepCase: true, enums: String });
  const loaded = grpc.loadPackageDefinition(definition) as unknown as {
    grpc: {
      health: { v1: { Health: new (address: string, credentials: grpc.ChannelCredentials) => Health } };
    };
  };
  const client = new loaded.grpc.health.v1.Health(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  try {
    return await new Promise<boolean>((resolve) => {
      client.Check({ service: '' }, { deadline: Date.now() + 2000 }, (error, answer) => {
        resolve(!error && answer?.status === 'SERVING');
      });
    });
  } finally {
    client.close();
  }
}

describe('the production bundles the service images run', () => {
  // Inside the repository so that the bundles' imports resolve to its node_modules, as in the image.
  const out = path.join(repo, 'node_modules', '.cache', `client-portal-bundles-${process.pid}`);
  const namespace = uniqueName('bundle');
  const children: ChildProcess[] = [];

  beforeAll(() => mkdirSync(out, { recursive: true }));
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(out, { recursive: true, force: true });
    const environment = serviceTestEnvironment('any', namespace);
    const connection = await mongoose.createConnection(environment.MONGO_URL ?? '').asPromise();
    try {
      for (const service of localLayout().services) {
        await connection.useDb(`${namespace}_${service.name}`).dropDatabase();
      }
    } finally {
      await connection.close();
    }
  });

  it.each(serviceFolders())(
    '%s: bundles, imports only production dependencies, serves, and stops on SIGTERM within the grace period',
    async (name) => {
      const bundled = await run(process.execPath, [
        path.join(repo, 'deploy/k8s/bundle.mjs'),
        name,
        path.join(out, name),
      ]);
      expect(bundled.stderr).toBe('');
      expect(bundled.status).toBe(0);
      const externals = JSON.parse(read(path.join(out, name, 'externals.json'))) as string[];
      const allowed = productionDependencies(`services/${name}`);
      expect(externals.filter((dependency) => !allowed.has(dependency))).toEqual([]);
      // The bundle sits in /app/dist and resolves /app/node_modules only: a copy npm nests under a
      // workspace (a version conflict) would not be the one it loads.
      const lock = JSON.parse(read(path.join(repo, 'package-lock.json'))) as {
        packages: Record<string, unknown>;
      };
      expect(
        Object.keys(lock.packages).filter((entry) => /^(services|web)\/.*node_modules\//.test(entry)),
      ).toEqual([]);
      expect(read(path.join(out, name, 'main.mjs'))).not.toMatch(/from ["']@client-portal\//);

      // As in the image: plain node, REPO_ROOT naming where proto/ is, any working directory.
      const port = await freePort();
      const environment: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        REPO_ROOT: repo,
        ...serviceTestEnvironment(name, namespace),
        LOG_LEVEL: 'warn',
        ...(name === 'gateway'
          ? { HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port), KAFKA_CONSUMER_GROUP: `${namespace}.gateway` }
          : { GRPC_PORT: String(port) }),
      };
      const child = spawn(process.execPath, ['--enable-source-maps', path.join(out, name, 'main.mjs')], {
        cwd: os.tmpdir(),
        env: environment,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => {
          resolve(code);
        }),
      );

      const ready = async () =>
        name === 'gateway'
          ? fetch(`http://127.0.0.1:${port}/api/health`).then(
              (response) => response.ok,
              () => false,
            )
          : grpcServing(port);
      const deadline = Date.now() + 60_000;
      let serving = false;
      while (!serving && Date.now() < deadline && child.exitCode === null) {
        serving = await ready();
        if (!serving) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect({ serving, output: serving ? '' : output }).toEqual({ serving: true, output: '' });

      const stopping = Date.now();
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'timeout'>((resolve) =>
          setTimeout(() => {
            resolve('timeout');
          }, 25_000),
        ),
      ]);
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
      expect(Date.now() - stopping).toBeLessThan(25_000);
    },
    120_000,
  );
});
