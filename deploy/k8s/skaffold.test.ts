// CI checks of skaffold.yaml with the pinned Skaffold (built from source on first use: several minutes,
// once per machine) and helm: the file parses strictly for every profile, has one artifact per
// Dockerfile, profiles replace whole sections, and `skaffold render` wires each built image into the
// chart, rendering manifests the Kubernetes schemas accept. No cluster and no Docker engine needed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  buildArgsOf,
  dockerfiles,
  localLayout,
  parseManifests,
  repo,
  run,
  strictDecode,
  tool,
  validateOffline,
  type Manifest,
} from './helpers.js';

interface Artifact {
  image: string;
  context?: string;
  docker?: { dockerfile?: string; buildArgs?: Record<string, string> };
}
interface HelmRelease {
  name: string;
  chartPath: string;
  namespace?: string;
  valuesFiles?: string[];
  setValueTemplates?: Record<string, string>;
}
interface Pipeline {
  build?: { artifacts?: Artifact[]; tagPolicy?: Record<string, unknown>; local?: { push?: boolean } };
  deploy?: { helm?: { releases?: HelmRelease[] } };
  portForward?: {
    resourceType: string;
    resourceName: string;
    namespace?: string;
    port: number;
    localPort?: number;
  }[];
}
interface SkaffoldConfig extends Pipeline {
  apiVersion: string;
  kind: string;
  profiles?: (Pipeline & { name: string; patches?: unknown[]; activation?: unknown[] })[];
}

const config = parseYaml(readFileSync(path.join(repo, 'skaffold.yaml'), 'utf8')) as SkaffoldConfig;
const imageOf = (component: string) => `client-portal/${component}`;
const valuesKeyOf = (component: string) =>
  component === 'web' ? 'web.image' : `services.${component}.image`;

let skaffold: string;
let helm: string;
let home: string;

async function skaffoldRun(args: string[]) {
  // A home of its own: no usage metrics, no update check, nothing written to the user's ~/.skaffold.
  return run(skaffold, [...args, '--update-check=false'], {
    env: {
      ...process.env,
      HOME: home,
      PATH: `${path.dirname(helm)}${path.delimiter}${process.env.PATH ?? ''}`,
    },
  });
}

beforeAll(async () => {
  helm = await tool('helm');
  await tool('strict-decode');
  skaffold = await tool('skaffold');
  home = mkdtempSync(path.join(os.tmpdir(), 'client-portal-skaffold-'));
  mkdirSync(path.join(home, '.skaffold'));
  writeFileSync(
    path.join(home, '.skaffold', 'config'),
    'global:\n  collect-metrics: false\n  update-check: false\n',
  );
}, 40 * 60_000);

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('skaffold.yaml', () => {
  it('uses the v4 schema', () => {
    expect(config.apiVersion).toMatch(/^skaffold\/v4beta\d+$/);
    expect(config.kind).toBe('Config');
  });

  it('builds one artifact per component from the repository root, the services from one Dockerfile', () => {
    const expected = [...dockerfiles().entries()].map(([component, file]) => {
      const buildArgs = buildArgsOf(component);
      return {
        image: imageOf(component),
        context: '.',
        docker: { dockerfile: path.relative(repo, file), ...(buildArgs ? { buildArgs } : {}) },
      };
    });
    const sortByImage = (artifacts: Artifact[]) =>
      [...artifacts].sort((a, b) => a.image.localeCompare(b.image));
    expect(sortByImage(config.build?.artifacts ?? [])).toEqual(sortByImage(expected));
  });

  it('has profiles dev and prod that replace whole sections, never patch by list index', () => {
    expect((config.profiles ?? []).map((profile) => profile.name).sort()).toEqual(['dev', 'prod']);
    for (const profile of config.profiles ?? []) {
      expect([profile.name, profile.patches]).toEqual([profile.name, undefined]);
      // A profile's release list replaces the base one whole: each is complete and uses its own values.
      const releases = profile.deploy?.helm?.releases ?? [];
      expect(releases).toHaveLength(1);
      expect(releases[0]).toMatchObject({
        name: 'client-portal',
        chartPath: 'charts/client-portal',
        valuesFiles: [`deploy/environments/${profile.name}.yaml`],
      });
    }
  });

  it('sets every component image from its artifact, in the base and in each profile', () => {
    const releases = [config, ...(config.profiles ?? [])].flatMap(
      (pipeline) => pipeline.deploy?.helm?.releases ?? [],
    );
    expect(releases.length).toBeGreaterThan(1);
    for (const release of releases) {
      const expected = Object.fromEntries(
        [...dockerfiles().keys()].map((component) => [
          valuesKeyOf(component),
          `{{.IMAGE_FULLY_QUALIFIED_${imageOf(component).replace(/[^A-Za-z0-9]/g, '_')}}}`,
        ]),
      );
      expect(release.setValueTemplates).toEqual(expected);
    }
  });

  it('port-forwards the gateway (REST and the partner gRPC API) and the web app in dev', () => {
    const dev = config.profiles?.find((profile) => profile.name === 'dev');
    const forwards = (dev?.portForward ?? []).map((forward) => [
      forward.resourceType,
      forward.resourceName,
      forward.port,
    ]);
    expect(forwards).toEqual([
      ['service', 'client-portal-gateway', 8080],
      ['service', 'client-portal-web', 8080],
      ['service', 'client-portal-gateway', localLayout().gateway.partnerGrpcPort],
    ]);
  });

  it.each([['(base)'], ['dev'], ['prod']])(
    'parses strictly with profile %s (skaffold diagnose)',
    async (profile) => {
      const result = await skaffoldRun([
        'diagnose',
        '--yaml-only',
        ...(profile === '(base)' ? [] : ['-p', profile]),
      ]);
      expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({
        status: 0,
        stderr: '',
      });
      const effective = parseYaml(result.stdout) as SkaffoldConfig;
      expect(effective.build?.artifacts).toHaveLength(dockerfiles().size);
      if (profile === 'dev') expect(effective.portForward).toHaveLength(3);
    },
  );

  it('rejects an unknown field (so the parse above means something)', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'client-portal-skaffold-typo-'));
    try {
      const file = path.join(folder, 'skaffold.yaml');
      writeFileSync(
        file,
        readFileSync(path.join(repo, 'skaffold.yaml'), 'utf8').replace('chartPath:', 'chartPth:'),
      );
      const result = await skaffoldRun(['diagnose', '--yaml-only', '-f', file]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/chartPth/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([['dev'], ['prod']])(
    'renders the chart with the images it builds, as valid manifests (skaffold render -p %s)',
    async (profile) => {
      const builds = [...dockerfiles().keys()].map((component) => ({
        imageName: imageOf(component),
        tag: `registry.test/${imageOf(component)}:built-${component}`,
      }));
      const folder = mkdtempSync(path.join(os.tmpdir(), 'client-portal-skaffold-builds-'));
      try {
        const buildsFile = path.join(folder, 'builds.json');
        const output = path.join(folder, 'rendered.yaml');
        writeFileSync(buildsFile, JSON.stringify({ builds }));
        const result = await skaffoldRun([
          'render',
          '-p',
          profile,
          '--offline=true',
          '--digest-source=none',
          '--build-artifacts',
          buildsFile,
          '--output',
          output,
        ]);
        expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({
          status: 0,
          stderr: '',
        });
        const text = readFileSync(output, 'utf8');
        const manifests = parseManifests(text);
        const deployments = manifests.filter((manifest) => manifest.kind === 'Deployment') as (Manifest & {
          spec: { template: { spec: { containers: { image: string }[] } } };
        })[];
        const images = Object.fromEntries(
          deployments.map((deployment): [string, string | undefined] => [
            deployment.metadata.labels?.['app.kubernetes.io/component'] ?? '(none)',
            deployment.spec.template.spec.containers[0]?.image,
          ]),
        );
        expect(images).toEqual(
          Object.fromEntries(
            builds.map((build) => [build.imageName.replace('client-portal/', ''), build.tag]),
          ),
        );
        const invalid = (await validateOffline(manifests)).filter((entry) => entry.errors.length > 0);
        expect(invalid).toEqual([]);
        expect((await strictDecode(text)).filter((entry) => entry.error)).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
