#!/usr/bin/env node
// @ts-check
// The local infrastructure without Docker: fetches, builds, starts, probes and stops Kafka, Keycloak
// (with the extensions of deploy/keycloak/extensions, built by Maven), PostgreSQL and FerretDB on it (the
// MongoDB-wire server), Mailpit (SMTP), the SMS simulator, stripe-mock and S3Proxy (the S3-compatible
// object store) on 127.0.0.1.
// Plain Node with no dependencies, so it runs on a fresh clone before `npm install`.
//
//   node deploy/local/infra.mjs up [component...]     idempotent; restarts only what is down
//   node deploy/local/infra.mjs down [component...]
//   node deploy/local/infra.mjs status
//   node deploy/local/infra.mjs logs [component] [-f] [-n lines]
//   node deploy/local/infra.mjs env                     prints the connection variables
//
// Where MONGO_URL, KAFKA_BROKERS, KEYCLOAK_URL, SMTP_URL (or SMS_URL, STRIPE_API_URL, S3_URL) are set, that
// component is external: nothing is started and the address is only probed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chownSync,
  cpSync,
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyDevRealm } from '../keycloak/dev-realm.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

/**
 * Added to every local port (ports.json, and the services' and gateway's in services.json), so that a
 * second instance runs beside the first: CLIENT_PORTAL_PORT_OFFSET=1000 with its own CLIENT_PORTAL_HOME.
 */
export const PORT_OFFSET = (() => {
  const text = process.env.CLIENT_PORTAL_PORT_OFFSET ?? '0';
  const offset = Number(text);
  if (!Number.isInteger(offset) || offset < 0 || offset > 10_000)
    throw new Error(`CLIENT_PORTAL_PORT_OFFSET must be a whole number from 0 to 10000, not "${text}"`);
  return offset;
})();

/** The infrastructure's ports on this machine (ports.json plus the offset). */
export const ports = /** @type {Record<string, number>} */ (
  Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(path.join(here, 'ports.json'), 'utf8'))).map(([name, port]) => [
      name,
      Number(port) + PORT_OFFSET,
    ]),
  )
);
/** Where the web app is served (the gateway), which Keycloak must accept as a redirect target. */
const gatewayPort =
  Number(JSON.parse(readFileSync(path.join(here, 'services.json'), 'utf8')).gateway.httpPort) + PORT_OFFSET;

export const HOME = process.env.CLIENT_PORTAL_HOME ?? path.join(os.homedir(), '.cache', 'client-portal');
const DIST = path.join(HOME, 'dist');
export const RUN = path.join(HOME, 'run');
export const LOGS = path.join(HOME, 'logs');

const VERSIONS = {
  kafka: '3.9.1',
  keycloak: '26.5.6',
  ferretdb: '1.24.2',
  mailpit: '1.30.1',
  stripeMock: '0.197.0',
  s3proxy: '4.1.0',
};
const REALM_FILE = path.join(repo, 'deploy/keycloak/client-portal-realm.json');
/** Keycloak themes as code (the client portal's login theme), copied into the local Keycloak. */
const THEMES_DIR = path.join(repo, 'deploy/keycloak/themes');
/** Keycloak extensions as code (Maven projects), built into provider jars for the local Keycloak. */
const EXTENSIONS_DIR = path.join(repo, 'deploy/keycloak/extensions');
/** The SMS simulator (Twilio Messages API), the local stand-in for the SMS provider. */
const SMS_SIMULATOR = path.join(here, 'tools/sms-simulator/server.mjs');

// ---------------------------------------------------------------------------------------------- output

const tty = process.stderr.isTTY === true;
/** @param {string} text */
const say = (text) => process.stderr.write(`${text}\n`);
const paint = (/** @type {number} */ code, /** @type {string} */ text) =>
  tty ? `\u001b[${code}m${text}\u001b[0m` : text;
export const green = (/** @type {string} */ text) => paint(32, text);
export const red = (/** @type {string} */ text) => paint(31, text);
export const dim = (/** @type {string} */ text) => paint(2, text);

/**
 * Runs a long step with a live progress line (a spinner and the elapsed time on a terminal, a line
 * every 15 s otherwise, so CI logs show it is alive), then its duration.
 * @template T
 * @param {string} label
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withProgress(label, work) {
  const started = Date.now();
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let frame = 0;
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
  if (!tty) say(`… ${label}`);
  const timer = setInterval(
    () => {
      if (tty)
        process.stderr.write(`\r${frames[frame++ % frames.length]} ${label} ${dim(seconds())}\u001b[K`);
      else say(`… ${label} (still working, ${seconds()})`);
    },
    tty ? 100 : 15_000,
  );
  try {
    const result = await work();
    clearInterval(timer);
    if (tty) process.stderr.write('\r\u001b[K');
    say(`${green('✔')} ${label} ${dim(seconds())}`);
    return result;
  } catch (error) {
    clearInterval(timer);
    if (tty) process.stderr.write('\r\u001b[K');
    say(`${red('✖')} ${label} ${dim(seconds())}`);
    throw error;
  }
}

/** @param {string} file @param {number} lines */
export function tail(file, lines) {
  if (!existsSync(file)) return '(no log yet)';
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .slice(-lines - 1)
    .join('\n');
}

export class StepError extends Error {
  /** @param {string} message @param {string} [logFile] */
  constructor(message, logFile) {
    super(message);
    this.logFile = logFile;
  }
}

// ---------------------------------------------------------------------------------------- processes

/**
 * Runs a build or fetch command, its output going to a log file that is shown when it fails.
 * @param {string} command @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, log: string }} options
 */
function run(command, args, options) {
  mkdirSync(path.dirname(options.log), { recursive: true });
  const fd = openSync(options.log, 'a');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', fd, fd],
    });
    child.on('error', (error) => {
      closeSync(fd);
      reject(new StepError(`${command} could not start: ${error.message}`, options.log));
    });
    child.on('exit', (code) => {
      closeSync(fd);
      if (code === 0) resolve(undefined);
      else reject(new StepError(`${command} ${args.join(' ')} exited with ${code}`, options.log));
    });
  });
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} name @returns {number | undefined} the recorded pid, alive or not */
function recordedPid(name) {
  const file = path.join(RUN, name, 'pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** @param {string} name */
export function pidOf(name) {
  const pid = recordedPid(name);
  return pid !== undefined && (alive(pid) || groupAlive(pid)) ? pid : undefined;
}

/** Whether any process of the group a component was started in is still running. @param {number} pid */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a component detached in its own process group, so it outlives this script and can be
 * stopped with its children (kc.sh starts a JVM) by signalling the group.
 * @param {string} name @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env]
 * @param {{ uid: number, gid: number, cwd: string }} [as] run as this user (PostgreSQL refuses root)
 */
export function launch(name, command, args, env, as) {
  mkdirSync(path.join(RUN, name), { recursive: true });
  mkdirSync(LOGS, { recursive: true });
  const log = path.join(LOGS, `${name}.log`);
  const fd = openSync(log, 'a');
  writeFileSync(fd, `\n===== ${new Date().toISOString()} starting ${name}: ${command} ${args.join(' ')}\n`);
  const child = spawn(command, args, {
    cwd: as?.cwd ?? path.join(RUN, name),
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', fd, fd],
    ...(as ? { uid: as.uid, gid: as.gid } : {}),
  });
  closeSync(fd);
  if (child.pid === undefined) throw new StepError(`${name}: ${command} could not be started`, log);
  writeFileSync(path.join(RUN, name, 'pid'), `${child.pid}\n`);
  child.unref();
  return child.pid;
}

/**
 * Stops a component's whole process group: a launcher script (kc.sh) may have exited while the JVM it
 * started runs on, and that JVM must not be left behind holding the port.
 * @param {string} name
 */
export async function terminate(name) {
  const pid = recordedPid(name);
  if (pid === undefined || !(alive(pid) || groupAlive(pid))) {
    rmSync(path.join(RUN, name, 'pid'), { force: true });
    return false;
  }
  const signal = (/** @type {NodeJS.Signals} */ which) => {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, which);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  const running = () => alive(pid) || groupAlive(pid);
  const deadline = Date.now() + 30_000;
  while (running() && Date.now() < deadline) await sleep(200);
  if (running()) signal('SIGKILL');
  while (running()) await sleep(100);
  rmSync(path.join(RUN, name, 'pid'), { force: true });
  return true;
}

export const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------------------------------- probes

/**
 * Opens a TCP connection, writes a request and resolves with the first complete length-prefixed reply.
 * @param {string} host @param {number} port @param {Buffer} request
 * @param {(data: Buffer) => boolean} complete
 * @returns {Promise<Buffer>}
 */
function exchange(host, port, request, complete) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    /** @type {Buffer[]} */
    const chunks = [];
    socket.setTimeout(3000);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const data = Buffer.concat(chunks);
      if (complete(data)) {
        socket.destroy();
        resolve(data);
      }
    });
    socket.on('timeout', () => {
      socket.destroy();
      reject(new Error('timed out'));
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('connection closed')));
  });
}

const lengthPrefixed = (/** @type {number} */ offset) => (/** @type {Buffer} */ data) =>
  data.length >= 4 && data.length >= data.readInt32LE(0) + offset;

/** A MongoDB wire-protocol `ping` (OP_MSG) that must answer `ok: 1`. @param {string} host @param {number} port */
async function pingMongo(host, port) {
  const body = [
    Buffer.from([0x10]),
    Buffer.from('ping\0'),
    int32le(1),
    Buffer.from([0x02]),
    Buffer.from('$db\0'),
    int32le(6),
    Buffer.from('admin\0'),
    Buffer.from([0]),
  ];
  const document = Buffer.concat(body);
  const bson = Buffer.concat([int32le(document.length + 4), document]);
  const message = Buffer.concat([int32le(0), Buffer.from([0]), bson]);
  const header = Buffer.concat([int32le(16 + message.length), int32le(1), int32le(0), int32le(2013)]);
  const reply = await exchange(host, port, Buffer.concat([header, message]), lengthPrefixed(0));
  const okAt = reply.indexOf(Buffer.from([0x01, 0x6f, 0x6b, 0x00]));
  if (okAt < 0 || reply.readDoubleLE(okAt + 4) !== 1) throw new Error('ping did not answer ok: 1');
}

/** A Kafka ApiVersions request, answered by a broker only once its listeners accept clients. @param {string} host @param {number} port */
async function pingKafka(host, port) {
  const clientId = Buffer.from('infra-probe');
  const payload = Buffer.alloc(10 + clientId.length);
  payload.writeInt16BE(18, 0);
  payload.writeInt16BE(0, 2);
  payload.writeInt32BE(7, 4);
  payload.writeInt16BE(clientId.length, 8);
  clientId.copy(payload, 10);
  const size = Buffer.alloc(4);
  size.writeInt32BE(payload.length, 0);
  const reply = await exchange(
    host,
    port,
    Buffer.concat([size, payload]),
    (data) => data.length >= 4 && data.length >= data.readInt32BE(0) + 4,
  );
  if (reply.readInt32BE(4) !== 7 || reply.readInt16BE(8) !== 0)
    throw new Error(`ApiVersions answered error ${reply.readInt16BE(8)}`);
}

/** @param {string} url @param {Record<string, string>} [headers] */
export async function httpOk(url, headers) {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(3000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

/** @param {string} host @param {number} port */
export function tcpOpen(host, port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2000);
    socket.on('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.on('timeout', () => {
      socket.destroy();
      reject(new Error('timed out'));
    });
    socket.on('error', reject);
  });
}

/** @param {number} value */
function int32le(value) {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32LE(value, 0);
  return buffer;
}

/** @param {string} text */
function hostPort(text) {
  const url = new URL(text.includes('://') ? text : `tcp://${text}`);
  return { host: url.hostname, port: Number(url.port) };
}

// ------------------------------------------------------------------------------------- installation

/**
 * @param {string} tool @param {string[]} versionArgs @param {RegExp} pattern
 * @param {string} minimum e.g. "1.24" @param {string} hint
 */
async function requireTool(tool, versionArgs, pattern, minimum, hint) {
  const output = await new Promise((resolve) => {
    const child = spawn(tool, versionArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', () => resolve(''));
    child.on('exit', () => resolve(text));
  });
  const match = pattern.exec(String(output));
  if (!match) throw new StepError(`${tool} is required but was not found. ${hint}`);
  const [major = 0, minor = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const [wantMajor = 0, wantMinor = 0] = minimum.split('.').map(Number);
  if (major < wantMajor || (major === wantMajor && minor < wantMinor)) {
    throw new StepError(`${tool} ${major}.${minor} is too old: ${minimum} or newer is required. ${hint}`);
  }
}

const needJava = () =>
  requireTool(
    'java',
    ['-version'],
    /version "(\d+)(?:\.(\d+))?/,
    '17.0',
    'Install a JDK 17+ (apt-get install openjdk-17-jre-headless).',
  );
const needMaven = () =>
  requireTool('mvn', ['-v'], /Apache Maven (\d+)\.(\d+)/, '3.6', 'Install Maven (apt-get install maven).');
const needGo = () => requireTool('go', ['version'], /go(\d+)\.(\d+)/, '1.24', 'Install Go 1.24 or newer.');

/** A short hash of a folder's files, so a changed wrapper or pin rebuilds its cache entry. @param {string} folder */
function contentKey(folder) {
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) {
    const full = path.join(folder, file);
    if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 10);
}

/**
 * Produces a cache entry once: built into a temporary folder and renamed into place, so an
 * interrupted build never leaves a half-written entry that later runs would trust.
 * @param {string} entry @param {string} label @param {(into: string) => Promise<void>} build
 */
async function cached(entry, label, build) {
  if (existsSync(entry)) return entry;
  const partial = `${entry}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await withProgress(label, () => build(partial));
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  renameSync(partial, entry);
  return entry;
}

const goEnvironment = () => ({
  ...process.env,
  GOFLAGS: '-mod=readonly',
  GOTOOLCHAIN: 'local',
  CGO_ENABLED: '0',
});
const buildLog = (/** @type {string} */ name) => path.join(LOGS, `build-${name}.log`);

/** @param {string} name @param {string} version @param {string} packagePath */
async function goBinary(name, version, packagePath) {
  const folder = path.join(here, 'tools', name);
  const entry = path.join(DIST, `${name}-${version}-${contentKey(folder)}`);
  await cached(entry, `building ${name} ${version} (Go, first time only)`, async (into) => {
    await needGo();
    await run('go', ['build', '-trimpath', '-o', path.join(into, name), packagePath], {
      cwd: folder,
      env: goEnvironment(),
      log: buildLog(name),
    });
  });
  return path.join(entry, name);
}

const mavenPom = path.join(here, 'tools/maven/pom.xml');

async function kafkaLibraries() {
  const entry = path.join(DIST, `kafka-${VERSIONS.kafka}`);
  await cached(
    entry,
    `fetching Kafka ${VERSIONS.kafka} jars from Maven Central (first time only)`,
    async (into) => {
      await needJava();
      await needMaven();
      await run(
        'mvn',
        [
          '-q',
          '-B',
          '-f',
          mavenPom,
          `-Dkafka.version=${VERSIONS.kafka}`,
          'dependency:copy-dependencies',
          '-DincludeScope=runtime',
          `-DoutputDirectory=${path.join(into, 'libs')}`,
        ],
        { log: buildLog('kafka') },
      );
    },
  );
  return path.join(entry, 'libs');
}

/**
 * Downloads a file from Maven Central and checks it against the SHA-1 Maven Central publishes next to
 * it (`<file>.sha1`), so a truncated or tampered download never lands in the cache.
 * @param {string} url @param {string} target
 */
async function fetchVerified(url, target) {
  const expected = await fetch(`${url}.sha1`, { signal: AbortSignal.timeout(30_000) }).then(
    async (answer) => {
      if (!answer.ok) throw new StepError(`${url}.sha1 answered ${answer.status}`);
      // The file holds the hex digest, sometimes followed by the file name.
      return (await answer.text()).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    },
  );
  const answer = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  if (!answer.ok || !answer.body) throw new StepError(`${url} answered ${answer.status}`);
  const hash = createHash('sha1');
  const fd = openSync(target, 'w');
  try {
    for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (answer.body)) {
      hash.update(chunk);
      writeFileSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  const actual = hash.digest('hex');
  if (actual !== expected)
    throw new StepError(`${path.basename(url)}: SHA-1 ${actual} does not match the published ${expected}`);
}

const S3PROXY_JAR = `s3proxy-${VERSIONS.s3proxy}-jar-with-dependencies.jar`;

/** S3Proxy's self-contained jar (org.gaul:s3proxy, classifier jar-with-dependencies). */
async function s3proxyJar() {
  const entry = path.join(DIST, `s3proxy-${VERSIONS.s3proxy}`);
  await cached(
    entry,
    `fetching S3Proxy ${VERSIONS.s3proxy} from Maven Central (first time only)`,
    async (into) => {
      await needJava();
      await fetchVerified(
        `https://repo.maven.apache.org/maven2/org/gaul/s3proxy/${VERSIONS.s3proxy}/${S3PROXY_JAR}`,
        path.join(into, S3PROXY_JAR),
      );
    },
  );
  return path.join(entry, S3PROXY_JAR);
}

/**
 * A hash of every file under a folder (sub-folders too, `target` build output aside): the key of a
 * Maven project's build, so a changed source rebuilds its jar and an unchanged one never does.
 * @param {string} folder
 */
function treeKey(folder) {
  const hash = createHash('sha256');
  /** @param {string} at */
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name === 'target') continue;
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile())
        hash.update(path.relative(folder, full)).update('\0').update(readFileSync(full));
    }
  };
  walk(folder);
  return hash.digest('hex').slice(0, 12);
}

/**
 * Builds a Keycloak extension (deploy/keycloak/extensions/<name>, a Maven project) into its provider
 * jar, once per content: Maven runs on a copy of the sources in the cache, so the repository never
 * holds build output. The jar is reproducible (project.build.outputTimestamp): the Helm chart's copy
 * (charts/client-portal/files/keycloak-providers) is checked against it.
 * @param {string} name
 */
export async function keycloakExtensionJar(name) {
  const sources = path.join(EXTENSIONS_DIR, name);
  const entry = path.join(DIST, `keycloak-extension-${name}-${treeKey(sources)}`);
  await cached(entry, `building the Keycloak extension ${name} (Maven)`, async (into) => {
    await needJava();
    await needMaven();
    const work = path.join(into, 'src');
    cpSync(sources, work, { recursive: true, filter: (source) => path.basename(source) !== 'target' });
    await run('mvn', ['-q', '-B', '-f', path.join(work, 'pom.xml'), 'package'], {
      log: buildLog(`keycloak-extension-${name}`),
    });
    renameSync(path.join(work, 'target', `${name}.jar`), path.join(into, `${name}.jar`));
    rmSync(work, { recursive: true, force: true });
  });
  return path.join(entry, `${name}.jar`);
}

/** Every extension's jar, built when needed. */
async function keycloakProviders() {
  if (!existsSync(EXTENSIONS_DIR)) return [];
  const names = readdirSync(EXTENSIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(EXTENSIONS_DIR, entry.name, 'pom.xml')))
    .map((entry) => entry.name)
    .sort();
  /** @type {string[]} */
  const jars = [];
  for (const name of names) jars.push(await keycloakExtensionJar(name));
  return jars;
}

/** What the providers folder should hold: a change restarts Keycloak (start-dev rebuilds with them). */
function providersStamp() {
  if (!existsSync(EXTENSIONS_DIR)) return '';
  return readdirSync(EXTENSIONS_DIR)
    .sort()
    .map((name) => `${name}:${treeKey(path.join(EXTENSIONS_DIR, name))}`)
    .join(',');
}

async function keycloakArchive() {
  const entry = path.join(DIST, `keycloak-${VERSIONS.keycloak}`);
  await cached(
    entry,
    `fetching Keycloak ${VERSIONS.keycloak} from Maven Central (first time only)`,
    async (into) => {
      await needJava();
      await needMaven();
      await run(
        'mvn',
        [
          '-q',
          '-B',
          '-f',
          mavenPom,
          'dependency:copy',
          `-Dartifact=org.keycloak:keycloak-quarkus-dist:${VERSIONS.keycloak}:zip`,
          `-DoutputDirectory=${into}`,
        ],
        { log: buildLog('keycloak') },
      );
    },
  );
  return path.join(entry, `keycloak-quarkus-dist-${VERSIONS.keycloak}.zip`);
}

/** @param {string} archive @param {string} into */
async function unzip(archive, into) {
  mkdirSync(into, { recursive: true });
  try {
    await run('unzip', ['-q', '-o', archive, '-d', into], { log: buildLog('keycloak') });
  } catch {
    // Python's zipfile drops the executable bit, restored below for the launch scripts.
    await run('python3', ['-m', 'zipfile', '-e', archive, into], { log: buildLog('keycloak') });
  }
  const bin = path.join(into, `keycloak-${VERSIONS.keycloak}`, 'bin');
  await run(
    'chmod',
    [
      '+x',
      ...readdirSync(bin)
        .filter((file) => file.endsWith('.sh'))
        .map((file) => path.join(bin, file)),
    ],
    { log: buildLog('keycloak') },
  );
}

// --------------------------------------------------------------------------------------- components

/**
 * @typedef {object} Component
 * @property {string} name
 * @property {string} title
 * @property {string} version
 * @property {string} externalVariable   set → external, nothing started
 * @property {() => string} address      what clients connect to
 * @property {() => Promise<void>} probe
 * @property {number} timeoutSeconds
 * @property {() => Promise<void>} install
 * @property {() => Promise<number>} start
 * @property {Record<string, () => string>} environment  connection variables for services and tests
 * @property {() => boolean} [stale]     running, but from outdated configuration: restart it
 * @property {() => Promise<string[]>} [configure]  once ready (started now or earlier): idempotent set-up
 */

// ------------------------------------------------------------------------------------------ postgres

/**
 * FerretDB's storage is PostgreSQL (see docs/decisions/embedded-store.md): FerretDB v1 pushes equality
 * filters down to it, where its SQLite backend reads every row of a collection for any query but an
 * `_id` lookup. The server comes from Debian's packages (installed on first use when running as root),
 * its cluster is ours: own data folder, own port, trust authentication on 127.0.0.1 only.
 */
const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder, or undefined. */
function postgresBin() {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const majors = readdirSync(POSTGRES_ROOT)
    .filter((entry) => /^\d+$/.test(entry) && existsSync(path.join(POSTGRES_ROOT, entry, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] === undefined ? undefined : path.join(POSTGRES_ROOT, majors[0], 'bin');
}

async function needPostgres() {
  const found = postgresBin();
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get'))
    throw new StepError(
      'PostgreSQL 13+ is required for FerretDB and was not found under /usr/lib/postgresql. Install it (apt-get install postgresql) or set MONGO_URL to a MongoDB-wire server.',
    );
  const log = buildLog('postgres');
  await withProgress("installing PostgreSQL from Debian's packages (first time only)", async () => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['update', '-q'], { env, log });
    await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], { env, log });
  });
  const installed = postgresBin();
  if (!installed) throw new StepError('PostgreSQL was installed but its binaries were not found', log);
  return installed;
}

/**
 * Where the cluster lives, and as whom it runs. PostgreSQL refuses to run as root: as root it runs as
 * the `postgres` user (created by Debian's package), in a folder that user can reach (root's home is
 * closed to it), named after this checkout's cache so two caches never share a cluster.
 */
function postgresPlacement() {
  if (process.getuid?.() !== 0) return { data: path.join(RUN, 'postgres', 'data'), user: undefined };
  const key = createHash('sha256').update(HOME).digest('hex').slice(0, 10);
  const ids = /** @type {(name: string) => number} */ (flag) =>
    Number(
      // `id` is in coreutils: no dependency, and no parsing of /etc/passwd by hand.
      String(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout).trim(),
    );
  const uid = ids('-u');
  const gid = ids('-g');
  if (!Number.isInteger(uid) || uid <= 0)
    throw new StepError('Running as root, PostgreSQL needs the "postgres" user (apt-get install postgresql)');
  return { data: path.join('/var/lib/postgresql/client-portal', key, 'data'), user: { uid, gid } };
}

/** @param {string} bin @param {string} tool @param {string[]} args @param {{ uid: number, gid: number } | undefined} user */
function runPostgresTool(bin, tool, args, user) {
  return new Promise((resolve, reject) => {
    const log = buildLog('postgres');
    mkdirSync(path.dirname(log), { recursive: true });
    const fd = openSync(log, 'a');
    const child = spawn(path.join(bin, tool), args, {
      cwd: '/',
      stdio: ['ignore', fd, fd],
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    child.on('error', (error) => {
      closeSync(fd);
      reject(new StepError(`${tool} could not start: ${error.message}`, log));
    });
    child.on('exit', (code) => {
      closeSync(fd);
      if (code === 0) resolve(undefined);
      else reject(new StepError(`${tool} ${args.join(' ')} exited with ${code}`, log));
    });
  });
}

const POSTGRES_PORT = ports.postgres ?? 15432;
const postgresUrl = () => `postgres://postgres@127.0.0.1:${POSTGRES_PORT}/postgres`;

/** @param {string} host @param {number} port */
async function pingPostgres(host, port) {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed');
  await new Promise((resolve, reject) => {
    const child = spawn(path.join(bin, 'pg_isready'), ['-q', '-h', host, '-p', String(port), '-t', '3'], {
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`pg_isready: ${code}`))));
  });
}

/** @type {Promise<number> | undefined} one start per run, shared by `up` and FerretDB's start */
let postgresLaunch;

/** FerretDB needs its PostgreSQL answering first (`up mongo` alone brings it up too). */
async function ensurePostgres() {
  const postgres = COMPONENTS.find((component) => component.name === 'postgres');
  if (!postgres) return;
  if (!postgresLaunch && (await probeOnce(postgres))) return;
  const pid = await postgres.start();
  await waitReady(postgres, Date.now() + postgres.timeoutSeconds * 1000, pid);
}

async function startPostgres() {
  const bin = await needPostgres();
  const { data, user } = postgresPlacement();
  // The parents stay traversable (the server runs as another user when we are root); the data folder
  // is the server's alone, as initdb requires.
  mkdirSync(path.dirname(data), { recursive: true, mode: 0o755 });
  if (!existsSync(data)) mkdirSync(data, { mode: 0o700 });
  if (user) chownSync(data, user.uid, user.gid);
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    await withProgress('creating the PostgreSQL cluster (first time only)', () =>
      runPostgresTool(
        bin,
        'initdb',
        ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
        user,
      ),
    );
  }
  mkdirSync(path.join(RUN, 'postgres'), { recursive: true });
  return launch(
    'postgres',
    path.join(bin, 'postgres'),
    [
      '-D',
      data,
      '-h',
      '127.0.0.1',
      '-p',
      String(POSTGRES_PORT),
      // Its socket in the data folder, not /var/run/postgresql (absent, or another cluster's).
      '-k',
      data,
      // Sized for a developer machine: a few services, each with a small connection pool.
      '-c',
      'max_connections=200',
      '-c',
      'shared_buffers=128MB',
      // Local data that a crash may lose: no fsync wait on every commit.
      '-c',
      'synchronous_commit=off',
    ],
    {},
    user ? { ...user, cwd: data } : undefined,
  );
}

/** @type {Component[]} */
export const COMPONENTS = [
  {
    name: 'postgres',
    title: "PostgreSQL (FerretDB's storage)",
    version: postgresBin()?.split(path.sep).at(-2) ?? 'apt',
    // A MongoDB-wire server from MONGO_URL needs no local storage either.
    externalVariable: 'MONGO_URL',
    address: () => postgresUrl(),
    probe: async () => {
      // With MONGO_URL the storage is that server's business: nothing local to probe.
      if (process.env.MONGO_URL) return;
      await pingPostgres('127.0.0.1', POSTGRES_PORT);
    },
    timeoutSeconds: 60,
    install: async () => {
      await needPostgres();
    },
    start: () => {
      postgresLaunch ??= startPostgres();
      return postgresLaunch;
    },
    environment: {},
  },
  {
    name: 'mongo',
    title: 'FerretDB (MongoDB wire, on PostgreSQL)',
    version: VERSIONS.ferretdb,
    externalVariable: 'MONGO_URL',
    address: () => process.env.MONGO_URL ?? `mongodb://127.0.0.1:${ports.mongo}`,
    probe: async () => {
      const url = process.env.MONGO_URL;
      if (url?.startsWith('mongodb+srv://')) return; // DNS seed lists are resolved by the driver, not here
      const { host, port } = url
        ? hostPort(url.replace(/^mongodb:\/\/[^@]*@/, 'mongodb://').split(',')[0] ?? url)
        : { host: '127.0.0.1', port: ports.mongo };
      await pingMongo(host, port || 27017);
    },
    timeoutSeconds: 60,
    install: async () => {
      await goBinary('ferretdb', VERSIONS.ferretdb, '.');
    },
    start: async () => {
      const binary = await goBinary('ferretdb', VERSIONS.ferretdb, '.');
      await ensurePostgres();
      mkdirSync(path.join(RUN, 'mongo'), { recursive: true });
      writeFileSync(path.join(RUN, 'mongo', 'backend'), 'postgresql\n');
      return launch('mongo', binary, [
        '--listen-addr',
        `127.0.0.1:${ports.mongo}`,
        '--postgresql-url',
        postgresUrl(),
      ]);
    },
    // A FerretDB started on SQLite (before PostgreSQL became its storage) is restarted on PostgreSQL.
    stale: () => {
      const marker = path.join(RUN, 'mongo', 'backend');
      return !existsSync(marker) || readFileSync(marker, 'utf8').trim() !== 'postgresql';
    },
    environment: { MONGO_URL: () => process.env.MONGO_URL ?? `mongodb://127.0.0.1:${ports.mongo}` },
  },
  {
    name: 'kafka',
    title: 'Apache Kafka (KRaft, one node)',
    version: VERSIONS.kafka,
    externalVariable: 'KAFKA_BROKERS',
    address: () => process.env.KAFKA_BROKERS ?? `127.0.0.1:${ports.kafka}`,
    probe: async () => {
      const { host, port } = hostPort(
        (process.env.KAFKA_BROKERS ?? `127.0.0.1:${ports.kafka}`).split(',')[0] ?? '',
      );
      await pingKafka(host, port);
    },
    timeoutSeconds: 120,
    install: async () => {
      await kafkaLibraries();
    },
    start: async () => {
      const libs = await kafkaLibraries();
      const folder = path.join(RUN, 'kafka');
      const data = path.join(folder, 'data');
      mkdirSync(folder, { recursive: true });
      const properties = path.join(folder, 'server.properties');
      writeFileSync(
        properties,
        [
          'process.roles=broker,controller',
          'node.id=1',
          `controller.quorum.voters=1@127.0.0.1:${ports.kafkaController}`,
          `listeners=PLAINTEXT://127.0.0.1:${ports.kafka},CONTROLLER://127.0.0.1:${ports.kafkaController}`,
          `advertised.listeners=PLAINTEXT://127.0.0.1:${ports.kafka}`,
          'controller.listener.names=CONTROLLER',
          'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
          'inter.broker.listener.name=PLAINTEXT',
          `log.dirs=${data}`,
          'num.partitions=3',
          'auto.create.topics.enable=true',
          'offsets.topic.replication.factor=1',
          'transaction.state.log.replication.factor=1',
          'transaction.state.log.min.isr=1',
          'group.initial.rebalance.delay.ms=0',
          'log.retention.hours=168',
          '',
        ].join('\n'),
      );
      const log4j = path.join(folder, 'log4j.properties');
      writeFileSync(
        log4j,
        [
          'log4j.rootLogger=WARN, stdout',
          'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
          'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
          'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
          'log4j.logger.kafka.server.BrokerServer=INFO',
          '',
        ].join('\n'),
      );
      const classpath = `${libs}/*`;
      if (!existsSync(path.join(data, 'meta.properties'))) {
        const log = path.join(LOGS, 'kafka.log');
        await run(
          'java',
          [
            '-cp',
            classpath,
            `-Dlog4j.configuration=file:${log4j}`,
            'kafka.tools.StorageTool',
            'format',
            '-t',
            createHash('sha256').update(HOME).digest('base64url').slice(0, 22),
            '-c',
            properties,
            '-g',
          ],
          { log },
        );
      }
      return launch('kafka', 'java', [
        '-Xms256m',
        '-Xmx768m',
        '-XX:+UseG1GC',
        `-Dlog4j.configuration=file:${log4j}`,
        '-cp',
        classpath,
        'kafka.Kafka',
        properties,
      ]);
    },
    environment: { KAFKA_BROKERS: () => process.env.KAFKA_BROKERS ?? `127.0.0.1:${ports.kafka}` },
  },
  {
    name: 'keycloak',
    title: 'Keycloak (dev mode, realm client-portal)',
    version: VERSIONS.keycloak,
    externalVariable: 'KEYCLOAK_URL',
    address: () => process.env.KEYCLOAK_URL ?? `http://127.0.0.1:${ports.keycloak}`,
    probe: async () => {
      const base = process.env.KEYCLOAK_URL ?? `http://127.0.0.1:${ports.keycloak}`;
      await httpOk(`${base}/realms/client-portal/.well-known/openid-configuration`);
    },
    // 40–70 s on two idle cores, but its first start (schema creation, realm import) on a busy machine
    // has taken over four minutes: waiting longer costs nothing when it is quick.
    timeoutSeconds: 480,
    // The realm is imported only into a fresh Keycloak: a changed realm file means a restart from the archive.
    // The provider jars are copied at start: changed extension sources mean a restart too.
    stale: () => {
      const hashFile = path.join(RUN, 'keycloak', 'realm.sha256');
      if (!existsSync(hashFile)) return false;
      const providersFile = path.join(RUN, 'keycloak', 'providers.stamp');
      const providers = existsSync(providersFile) ? readFileSync(providersFile, 'utf8').trim() : '';
      return (
        readFileSync(hashFile, 'utf8').trim() !==
          createHash('sha256').update(readFileSync(REALM_FILE)).digest('hex') ||
        providers !== providersStamp()
      );
    },
    install: async () => {
      await keycloakArchive();
      await keycloakProviders();
    },
    start: async () => {
      const archive = await keycloakArchive();
      const folder = path.join(RUN, 'keycloak');
      const home = path.join(folder, `keycloak-${VERSIONS.keycloak}`);
      // Keycloak imports a realm only when it does not exist yet; when the realm file changes, the
      // local Keycloak is recreated from the archive so the realm as code is what runs.
      const realmHash = createHash('sha256').update(readFileSync(REALM_FILE)).digest('hex');
      const hashFile = path.join(folder, 'realm.sha256');
      const installedHash = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : '';
      if (installedHash !== realmHash || !existsSync(path.join(home, 'bin', 'kc.sh'))) {
        rmSync(home, { recursive: true, force: true });
        await withProgress(
          `unpacking Keycloak ${VERSIONS.keycloak}${installedHash ? ' (realm file changed: fresh import)' : ''}`,
          () => unzip(archive, folder),
        );
        mkdirSync(path.join(home, 'data', 'import'), { recursive: true });
        writeFileSync(
          path.join(home, 'data', 'import', 'client-portal-realm.json'),
          readFileSync(REALM_FILE),
        );
        writeFileSync(hashFile, `${realmHash}\n`);
      }
      // The login theme (deploy/keycloak/themes/client-portal): copied at every start, so an edit needs
      // a restart of Keycloak; its caches are off in development (see docs/workspaces-branding.md).
      cpSync(THEMES_DIR, path.join(home, 'themes'), { recursive: true });
      // The extensions' provider jars (deploy/keycloak/extensions): start-dev re-augments Keycloak when
      // its providers folder changed, so a copy here is all it takes to load them.
      const providers = path.join(home, 'providers');
      mkdirSync(providers, { recursive: true });
      for (const file of readdirSync(providers).filter((file) => file.endsWith('.jar')))
        rmSync(path.join(providers, file));
      for (const jar of await keycloakProviders()) cpSync(jar, path.join(providers, path.basename(jar)));
      writeFileSync(path.join(folder, 'providers.stamp'), `${providersStamp()}\n`);
      return launch(
        'keycloak',
        path.join(home, 'bin', 'kc.sh'),
        [
          'start-dev',
          '--http-host=127.0.0.1',
          `--http-port=${ports.keycloak}`,
          `--http-management-port=${ports.keycloakManagement}`,
          `--hostname=http://127.0.0.1:${ports.keycloak}`,
          '--import-realm',
          '--spi-theme--static-max-age=-1',
          '--spi-theme--cache-themes=false',
          '--spi-theme--cache-templates=false',
          // Behind the chart's ingress Keycloak reads the client's address from X-Forwarded-For; the
          // same locally, so the per-IP limit of sign-in codes can be exercised from one machine.
          '--proxy-headers=xforwarded',
        ],
        {
          KC_BOOTSTRAP_ADMIN_USERNAME: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
          KC_BOOTSTRAP_ADMIN_PASSWORD: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
          JAVA_OPTS_KC_HEAP: '-Xms256m -Xmx1g',
          // Mailpit here, or the one SMTP_URL names (an offset Keycloak beside a shared Mailpit).
          CP_SMTP_HOST: process.env.SMTP_URL ? hostPort(process.env.SMTP_URL).host : '127.0.0.1',
          CP_SMTP_PORT: String(process.env.SMTP_URL ? hostPort(process.env.SMTP_URL).port : ports.smtp),
          // The login-code extension's SMS provider: the local simulator (Twilio Messages API).
          CP_SMS_API_URL: process.env.SMS_URL ?? `http://127.0.0.1:${ports.sms}`,
          // The realm's redirect URIs list the default ports; an offset instance adds its own gateway.
          ...(PORT_OFFSET === 0 ? {} : { CP_WEB_URL: `http://127.0.0.1:${gatewayPort}` }),
        },
      );
    },
    // The development-only clients (deploy/keycloak/dev-realm.json: the tests' password-grant client),
    // added through the admin API so that they never ship in the realm file the chart carries.
    configure: () =>
      applyDevRealm({
        url: `http://127.0.0.1:${ports.keycloak}`,
        username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
        password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
      }),
    environment: { KEYCLOAK_URL: () => process.env.KEYCLOAK_URL ?? `http://127.0.0.1:${ports.keycloak}` },
  },
  {
    name: 'mailpit',
    title: 'Mailpit (SMTP + HTTP API)',
    version: VERSIONS.mailpit,
    externalVariable: 'SMTP_URL',
    address: () =>
      process.env.SMTP_URL ?? `smtp://127.0.0.1:${ports.smtp} (API http://127.0.0.1:${ports.mailpitHttp})`,
    probe: async () => {
      const { host, port } = hostPort(process.env.SMTP_URL ?? `smtp://127.0.0.1:${ports.smtp}`);
      await tcpOpen(host, port);
      const api =
        process.env.MAILPIT_URL ??
        (process.env.SMTP_URL ? undefined : `http://127.0.0.1:${ports.mailpitHttp}`);
      if (api) await httpOk(`${api}/api/v1/info`);
    },
    timeoutSeconds: 60,
    install: async () => {
      await goBinary('mailpit', VERSIONS.mailpit, 'github.com/axllent/mailpit');
    },
    start: async () => {
      const binary = await goBinary('mailpit', VERSIONS.mailpit, 'github.com/axllent/mailpit');
      return launch('mailpit', binary, [
        '--smtp',
        `127.0.0.1:${ports.smtp}`,
        '--listen',
        `127.0.0.1:${ports.mailpitHttp}`,
        '--disable-version-check',
        '--database',
        path.join(RUN, 'mailpit', 'mailpit.db'),
        '--max',
        '5000',
      ]);
    },
    environment: {
      SMTP_URL: () => process.env.SMTP_URL ?? `smtp://127.0.0.1:${ports.smtp}`,
      MAILPIT_URL: () => process.env.MAILPIT_URL ?? `http://127.0.0.1:${ports.mailpitHttp}`,
    },
  },
  {
    name: 'sms',
    title: 'SMS simulator (Twilio Messages API)',
    version: '1',
    externalVariable: 'SMS_URL',
    address: () => process.env.SMS_URL ?? `http://127.0.0.1:${ports.sms}`,
    probe: async () => {
      await httpOk(`${process.env.SMS_URL ?? `http://127.0.0.1:${ports.sms}`}/api/v1/info`);
    },
    timeoutSeconds: 30,
    install: async () => undefined,
    start: async () => launch('sms', process.execPath, [SMS_SIMULATOR, '--listen', `127.0.0.1:${ports.sms}`]),
    environment: { SMS_URL: () => process.env.SMS_URL ?? `http://127.0.0.1:${ports.sms}` },
  },
  {
    name: 'stripe',
    title: 'stripe-mock (Stripe API)',
    version: VERSIONS.stripeMock,
    externalVariable: 'STRIPE_API_URL',
    address: () => process.env.STRIPE_API_URL ?? `http://127.0.0.1:${ports.stripe}`,
    probe: async () => {
      const base = process.env.STRIPE_API_URL ?? `http://127.0.0.1:${ports.stripe}`;
      await httpOk(`${base}/v1/customers`, { authorization: 'Bearer sk_test_probe' });
    },
    timeoutSeconds: 60,
    install: async () => {
      await goBinary('stripe-mock', VERSIONS.stripeMock, 'github.com/stripe/stripe-mock');
    },
    start: async () => {
      const binary = await goBinary('stripe-mock', VERSIONS.stripeMock, 'github.com/stripe/stripe-mock');
      // stripe-mock also serves HTTPS, by default on 12112: moved with the other ports.
      return launch('stripe', binary, [
        '-http-addr',
        `127.0.0.1:${ports.stripe}`,
        '-https-addr',
        `127.0.0.1:${ports.stripeHttps}`,
      ]);
    },
    environment: { STRIPE_API_URL: () => process.env.STRIPE_API_URL ?? `http://127.0.0.1:${ports.stripe}` },
  },
  {
    name: 's3',
    title: 'S3Proxy (S3 API, filesystem storage)',
    version: VERSIONS.s3proxy,
    externalVariable: 'S3_URL',
    address: () => process.env.S3_URL ?? `http://127.0.0.1:${ports.s3}`,
    // Any S3 answer will do: an anonymous request is refused (403 AccessDenied), which proves the
    // server is up and speaking S3 without needing to sign a request here.
    probe: async () => {
      const base = process.env.S3_URL ?? `http://127.0.0.1:${ports.s3}`;
      const answer = await fetch(base, { signal: AbortSignal.timeout(3000) });
      await answer.body?.cancel();
      if (answer.status >= 500) throw new Error(`${base} answered ${answer.status}`);
    },
    timeoutSeconds: 60,
    install: async () => {
      await s3proxyJar();
    },
    start: async () => {
      const jar = await s3proxyJar();
      const folder = path.join(RUN, 's3');
      const data = path.join(folder, 'data');
      mkdirSync(data, { recursive: true });
      const properties = path.join(folder, 's3proxy.properties');
      writeFileSync(
        properties,
        [
          `s3proxy.endpoint=http://127.0.0.1:${ports.s3}`,
          // Both signature versions: the AWS SDK v3 signs with v4, older tools with v2.
          's3proxy.authorization=aws-v2-or-v4',
          's3proxy.identity=local-identity',
          's3proxy.credential=local-credential',
          // Browsers PUT and GET presigned URLs from the web app's origin.
          's3proxy.cors-allow-all=true',
          'jclouds.provider=filesystem',
          `jclouds.filesystem.basedir=${data}`,
          '',
        ].join('\n'),
      );
      return launch('s3', 'java', ['-Xms64m', '-Xmx256m', '-jar', jar, '--properties', properties]);
    },
    environment: { S3_URL: () => process.env.S3_URL ?? `http://127.0.0.1:${ports.s3}` },
  },
];

// ----------------------------------------------------------------------------------------- commands

/** @param {string[]} names */
function select(names) {
  if (names.length === 0) return COMPONENTS;
  const unknown = names.filter((name) => !COMPONENTS.some((component) => component.name === name));
  if (unknown.length > 0)
    throw new StepError(
      `Unknown component ${unknown.join(', ')}; known: ${COMPONENTS.map((component) => component.name).join(', ')}`,
    );
  return COMPONENTS.filter((component) => names.includes(component.name));
}

/** @param {Component} component */
async function probeOnce(component) {
  try {
    await component.probe();
    return true;
  } catch {
    return false;
  }
}

/** @param {Component} component @param {number} deadline @param {number | undefined} pid */
async function waitReady(component, deadline, pid) {
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    try {
      await component.probe();
      return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (pid !== undefined && !alive(pid) && !groupAlive(pid))
      throw new StepError(
        `${component.title} exited during start-up`,
        path.join(LOGS, `${component.name}.log`),
      );
    await sleep(500);
  }
  throw new StepError(
    `${component.title} was not ready after ${component.timeoutSeconds}s (${lastError})`,
    path.join(LOGS, `${component.name}.log`),
  );
}

/**
 * Brings the selected components up; returns the names this call started, so a caller such as the
 * test runner can stop exactly those afterwards.
 * @param {string[]} names
 */
export async function up(names = []) {
  const components = select(names);
  mkdirSync(LOGS, { recursive: true });
  /** @type {Component[]} */
  const toStart = [];
  for (const component of components) {
    if (process.env[component.externalVariable]) {
      say(`${dim('•')} ${component.title}: external at ${component.address()}`);
      continue;
    }
    if (await probeOnce(component)) {
      if (component.stale?.() && pidOf(component.name) !== undefined) {
        say(`${dim('•')} ${component.title}: its configuration changed, restarting it`);
        await terminate(component.name);
      } else {
        say(`${green('✔')} ${component.title} already running at ${component.address()}`);
        continue;
      }
    }
    toStart.push(component);
  }
  // Fetch and build one after another (two cores), then start everything at once.
  for (const component of toStart) await component.install();
  /** @type {string[]} */
  const started = [];
  const failures = [];
  await withProgress(
    `starting ${toStart.map((component) => component.name).join(', ') || 'nothing'}`,
    async () => {
      const results = await Promise.allSettled(
        toStart.map(async (component) => {
          const stale = pidOf(component.name);
          if (stale !== undefined) await terminate(component.name); // running but not answering: restart it
          const pid = await component.start();
          started.push(component.name);
          await waitReady(component, Date.now() + component.timeoutSeconds * 1000, pid);
          say(`${green('✔')} ${component.title} ${component.version} ready at ${component.address()}`);
        }),
      );
      for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
    },
  );
  // Probe the external ones too: a wrong URL is better reported now than as a test time-out.
  for (const component of components.filter((candidate) => process.env[candidate.externalVariable])) {
    try {
      await waitReady(component, Date.now() + 30_000, undefined);
    } catch (error) {
      failures.push(
        new StepError(
          `${component.title} at ${component.address()} (from ${component.externalVariable}) does not answer: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
  }
  if (failures.length > 0) {
    for (const failure of failures) report(failure);
    throw new StepError(`${failures.length} component(s) failed to start`);
  }
  for (const component of components) {
    if (!component.configure || process.env[component.externalVariable]) continue;
    try {
      for (const line of await component.configure()) say(`${green('✔')} ${component.title}: ${line}`);
    } catch (error) {
      throw new StepError(
        `${component.title} could not be configured: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return started;
}

/** @param {unknown} error */
export function report(error) {
  say(red(`✖ ${error instanceof Error ? error.message : String(error)}`));
  if (error instanceof StepError && error.logFile) {
    say(dim(`--- last lines of ${error.logFile} ---`));
    say(tail(error.logFile, 40));
    say(dim('---'));
  }
}

/** @param {string[]} names */
export async function down(names = []) {
  for (const component of [...select(names)].reverse()) {
    if (process.env[component.externalVariable]) continue;
    const stopped = await terminate(component.name);
    say(stopped ? `${green('✔')} stopped ${component.title}` : dim(`• ${component.title} was not running`));
  }
}

export async function status() {
  const rows = await Promise.all(
    COMPONENTS.map(async (component) => {
      const external = Boolean(process.env[component.externalVariable]);
      const healthy = await probeOnce(component);
      const pid = pidOf(component.name);
      const state = healthy
        ? external
          ? 'external'
          : 'up'
        : pid !== undefined
          ? 'starting/unhealthy'
          : 'down';
      return { component, state, pid };
    }),
  );
  const width = Math.max(...rows.map((row) => row.component.title.length));
  for (const { component, state, pid } of rows) {
    const mark = state === 'up' || state === 'external' ? green(state.padEnd(18)) : red(state.padEnd(18));
    process.stdout.write(
      `${component.title.padEnd(width)}  ${component.version.padEnd(8)}  ${mark}  ${component.address()}${pid ? dim(`  pid ${pid}`) : ''}\n`,
    );
  }
  process.stdout.write(dim(`cache and data: ${HOME}\nlogs: ${LOGS}\n`));
  return rows.every((row) => row.state === 'up' || row.state === 'external');
}

/** The connection variables of every component, as services and tests read them. */
export function environment() {
  /** @type {Record<string, string>} */
  const variables = {};
  for (const component of COMPONENTS)
    for (const [key, value] of Object.entries(component.environment)) variables[key] = value();
  return variables;
}

/** @param {string[]} args */
async function logs(args) {
  const follow = args.includes('-f') || args.includes('--follow');
  const linesFlag = args.findIndex((arg) => arg === '-n' || arg === '--lines');
  const lines = linesFlag >= 0 ? Number(args[linesFlag + 1]) : 50;
  const names = args.filter(
    (arg, index) => !arg.startsWith('-') && (linesFlag < 0 || index !== linesFlag + 1),
  );
  const components = select(names);
  for (const component of components) {
    const file = path.join(LOGS, `${component.name}.log`);
    process.stdout.write(
      `${dim(`==> ${file} <==`)}\n${tail(file, lines)
        .split('\n')
        .map((line) => `${component.name.padEnd(9)}| ${line}`)
        .join('\n')}\n`,
    );
  }
  if (!follow) return;
  for (const component of components) {
    const file = path.join(LOGS, `${component.name}.log`);
    if (!existsSync(file)) continue;
    let offset = statSync(file).size;
    watch(file, () => {
      const size = statSync(file).size;
      if (size <= offset) return;
      const stream = createReadStream(file, { start: offset, end: size - 1 });
      offset = size;
      stream.on('data', (chunk) =>
        process.stdout.write(
          String(chunk)
            .split('\n')
            .filter(Boolean)
            .map((line) => `${component.name.padEnd(9)}| ${line}\n`)
            .join(''),
        ),
      );
    });
  }
  await new Promise(() => undefined);
}

async function main() {
  const [command = 'status', ...args] = process.argv.slice(2);
  switch (command) {
    case 'up':
      await up(args);
      say(`\nconnection variables (npm run infra -- env):`);
      for (const [key, value] of Object.entries(environment())) say(`  ${key}=${value}`);
      break;
    case 'down':
      await down(args);
      break;
    case 'status':
      process.exitCode = (await status()) ? 0 : 1;
      break;
    case 'logs':
      await logs(args);
      break;
    case 'env':
      for (const [key, value] of Object.entries(environment()))
        process.stdout.write(`export ${key}=${value}\n`);
      break;
    default:
      throw new StepError(`Unknown command "${command}". Use up, down, status, logs or env.`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    report(error);
    process.exit(1);
  });
}
