// What the deployment checks share: the pinned tools (built by tools.mjs), helm rendering, offline
// validation of the rendered manifests, and the repository's own view of the platform's components.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '@client-portal/kit';

export const repo = repoRoot();
export const chart = path.join(repo, 'charts/client-portal');
export const environments = path.join(repo, 'deploy/environments');

export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without blocking jest's event loop (tool builds take minutes the first time). */
export function run(
  command: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string; showStderr?: boolean } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repo,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Progress lines of a first build, so a long beforeAll shows it is alive.
      if (options.showStderr) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ status: code ?? 1, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The path of a pinned tool, fetched or built on first use (deploy/k8s/tools.mjs). */
export async function tool(name: 'helm' | 'skaffold' | 'hadolint' | 'strict-decode'): Promise<string> {
  const result = await run(process.execPath, [path.join(repo, 'deploy/k8s/tools.mjs'), 'path', name], {
    showStderr: true,
  });
  if (result.status !== 0) throw new Error(`could not get ${name}:\n${result.stderr}`);
  return result.stdout.trim();
}

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** Parses a multi-document YAML stream, dropping empty documents; a YAML error fails loudly. */
export function parseManifests(text: string): Manifest[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0)
        throw new Error(document.errors.map((error) => error.message).join('\n'));
      return document.toJS() as unknown;
    })
    .filter((value): value is Manifest => value !== null && typeof value === 'object');
}

/** A values file of its own, for the cases that must be rejected. */
export function temporaryValues(name: string, content: string): { file: string; cleanup: () => void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'client-portal-values-'));
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return {
    file,
    cleanup: () => {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface ValidationResult {
  kind: string;
  name: string;
  errors: string[];
}

/** Validates manifests against the Kubernetes OpenAPI schemas offline (deploy/k8s/validate.mjs). */
export async function validateOffline(manifests: Manifest[]): Promise<ValidationResult[]> {
  const result = await run(process.execPath, [path.join(repo, 'deploy/k8s/validate.mjs')], {
    input: JSON.stringify(manifests),
  });
  if (result.status !== 0) throw new Error(`validate.mjs failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as ValidationResult[];
}

/**
 * Decodes a YAML stream strictly with the Kubernetes API's Go types (deploy/k8s/tools/strict-decode):
 * an unknown or misspelt field is an error there, while the schema validation above lets it through.
 */
export async function strictDecode(yaml: string): Promise<{ kind: string; name: string; error?: string }[]> {
  const decoder = await tool('strict-decode');
  const result = await run(decoder, [], { input: yaml });
  if (result.status !== 0) throw new Error(`strict-decode failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as { kind: string; name: string; error?: string }[];
}

interface Layout {
  services: { name: string; grpcPort: number }[];
  gateway: { name: string; httpPort: number; partnerGrpcPort: number };
}

/** What `npm start` runs (deploy/local/services.json): the six services and the gateway, with ports. */
export function localLayout(): Layout {
  return JSON.parse(readFileSync(path.join(repo, 'deploy/local/services.json'), 'utf8')) as Layout;
}

/** The deployable folders of services/ (libs holds libraries). */
export function serviceFolders(): string[] {
  return readdirSync(path.join(repo, 'services'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'libs')
    .filter((entry) => existsSync(path.join(repo, 'services', entry.name, 'src', 'main.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** The one Dockerfile every Node service's image is built from (build arguments SERVICE and PORT). */
export const SERVICES_DOCKERFILE = path.join(repo, 'services', 'Dockerfile');

/** Every image's Dockerfile, by component name: the services share one, the web app has its own. */
export function dockerfiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of serviceFolders()) files.set(name, SERVICES_DOCKERFILE);
  files.set('web', path.join(repo, 'web', 'Dockerfile'));
  return files;
}

/** The build arguments of a component's image: which service, and the port it listens on. */
export function buildArgsOf(component: string): Record<string, string> | undefined {
  const layout = localLayout();
  if (component === layout.gateway.name) return { SERVICE: component, PORT: String(layout.gateway.httpPort) };
  const service = layout.services.find((candidate) => candidate.name === component);
  return service ? { SERVICE: component, PORT: String(service.grpcPort) } : undefined;
}

export interface Instruction {
  keyword: string;
  argument: string;
  line: number;
}

/** A Dockerfile's instructions with continuation lines joined and comments dropped (no heredocs here). */
export function dockerInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const first = lines[index] ?? '';
    if (/^\s*(#|$)/.test(first)) continue;
    const start = index;
    let joined = first;
    while (joined.endsWith('\\') && index + 1 < lines.length) {
      index++;
      const next = lines[index] ?? '';
      if (/^\s*#/.test(next)) continue;
      joined = `${joined.slice(0, -1)} ${next.trim()}`;
    }
    const match = /^\s*(\S+)\s*(.*)$/.exec(joined);
    if (match?.[1])
      instructions.push({ keyword: match[1].toUpperCase(), argument: match[2] ?? '', line: start + 1 });
  }
  return instructions;
}
