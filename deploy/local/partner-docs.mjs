#!/usr/bin/env node
// @ts-check
// Writes docs/partner-api-reference.md from the partner API's proto comments (proto/partner/v1): the
// comments are the published reference, so the page is generated, never edited by hand. It also checks
// the rule every RPC comment follows: it starts with "Scope: `<resource>:<read|write>`.".
//   node deploy/local/partner-docs.mjs           regenerate   (npm run partner:docs)
//   node deploy/local/partner-docs.mjs --check   fail when the committed page is stale (CI)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const protoRoot = path.join(repo, 'proto');
const partnerFolder = path.join(protoRoot, 'partner', 'v1');
const target = path.join(repo, 'docs', 'partner-api-reference.md');
// protobufjs is the gateway's dependency (it reads the same protos); prettier the repository's.
const protobuf = createRequire(path.join(repo, 'services', 'gateway', 'package.json'))('protobufjs');
const prettier = await import('prettier');

const PACKAGE = 'client_portal.partner.v1';
const SCOPE = /^Scope: `([a-z]+:(?:read|write))`\.\s*/;

/** The order a partner meets the resources in; files not named here follow by name. */
const ORDER = ['common', 'clients', 'projects', 'workspaces', 'documents', 'payments', 'messages', 'files'];

/** common.proto first (the rules every call follows), then the services' files. */
function partnerFiles() {
  const rank = (/** @type {string} */ name) => {
    const index = ORDER.indexOf(name.replace(/\.proto$/, ''));
    return index === -1 ? ORDER.length : index;
  };
  const names = readdirSync(partnerFolder)
    .filter((name) => name.endsWith('.proto'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((name) => `partner/v1/${name}`);
}

/** The comment lines above `package`: a file's own introduction (protobufjs attaches it to nothing). */
function fileIntroduction(/** @type {string} */ relative) {
  const lines = readFileSync(path.join(protoRoot, relative), 'utf8').split('\n');
  const end = lines.findIndex((line) => line.startsWith('package '));
  /** @type {string[]} */
  const block = [];
  for (let index = end - 1; index >= 0 && (lines[index] ?? '').startsWith('//'); index -= 1)
    block.unshift((lines[index] ?? '').replace(/^\/\/ ?/, ''));
  return block.join('\n');
}

/** A proto comment as Markdown: its lines joined; list items ("- …") kept as such. */
function prose(/** @type {string | null | undefined} */ comment) {
  if (!comment) return '';
  /** @type {string[]} */
  const paragraphs = [];
  for (const line of comment.split('\n').map((text) => text.trim())) {
    if (line === '') paragraphs.push('');
    else if (line.startsWith('- ') || paragraphs.length === 0) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]} ${line}`.trim();
  }
  // List items follow one another; anything else is its own paragraph.
  return paragraphs
    .filter((paragraph) => paragraph !== '')
    .reduce(
      (text, paragraph) =>
        text === '' ? paragraph : `${text}${paragraph.startsWith('- ') ? '\n' : '\n\n'}${paragraph}`,
      '',
    );
}

/** Inside a table cell: one line, pipes escaped. */
function cell(/** @type {string} */ text) {
  return text.replace(/\n+/g, ' ').replaceAll('|', '\\|').trim();
}

/** The id GitHub (and most Markdown renderers) give a heading: lower case, punctuation dropped. */
function anchor(/** @type {string} */ heading) {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replaceAll(' ', '-');
}

function load() {
  const root = new protobuf.Root();
  root.resolvePath = (/** @type {string} */ _origin, /** @type {string} */ target) =>
    path.join(protoRoot, target);
  const files = [...partnerFiles(), 'google/rpc/error_details.proto'];
  // alternateCommentMode: `//` comments above a declaration are its documentation (the protos use them).
  root.loadSync(files, { keepCase: true, alternateCommentMode: true });
  root.resolveAll();
  return { root, files };
}

/**
 * @param {any} type a protobufjs Type, Enum or scalar name
 * @param {Set<string>} documented full names with a section on this page
 */
function typeLabel(type, documented) {
  if (typeof type === 'string') return `\`${type}\``;
  const full = type.fullName.replace(/^\./, '');
  const short = full.startsWith(`${PACKAGE}.`) ? full.slice(PACKAGE.length + 1) : full;
  return documented.has(full) ? `[\`${short}\`](#${anchor(short)})` : `\`${short}\``;
}

/** @param {any} field @param {Set<string>} documented */
function fieldType(field, documented) {
  if (field.map)
    return `map<\`${field.keyType}\`, ${typeLabel(field.resolvedType ?? field.type, documented)}>`;
  const base = typeLabel(field.resolvedType ?? field.type, documented);
  return field.repeated ? `repeated ${base}` : base;
}

/** @param {any} message @param {Set<string>} documented @param {string} heading */
function messageSection(message, documented, heading) {
  const full = message.fullName.replace(/^\./, '');
  const short = full.startsWith(`${PACKAGE}.`) ? full.slice(PACKAGE.length + 1) : full;
  const out = [`${heading} ${short}`, ''];
  const about = prose(message.comment);
  if (about) out.push(about, '');
  const fields = message.fieldsArray;
  if (fields.length === 0) out.push('No fields.', '');
  else {
    out.push('| Field | Type | # | Description |', '| --- | --- | --- | --- |');
    for (const field of fields)
      out.push(
        `| \`${field.name}\` | ${fieldType(field, documented)} | ${field.id} | ${cell(prose(field.comment))} |`,
      );
    out.push('');
  }
  for (const nested of message.nestedArray)
    if (nested instanceof protobuf.Type) out.push(...messageSection(nested, documented, heading));
  return out;
}

function render() {
  const { root, files } = load();
  /** @type {{ file: string, services: any[], messages: any[] }[]} */
  const perFile = files.map((file) => ({ file, services: [], messages: [] }));
  const documented = new Set();
  const collect = (/** @type {any} */ namespace) => {
    for (const nested of namespace.nestedArray) {
      const entry = perFile.find((candidate) => nested.filename?.endsWith(candidate.file));
      if (nested instanceof protobuf.Service) entry?.services.push(nested);
      else if (nested instanceof protobuf.Type) {
        if (entry) {
          entry.messages.push(nested);
          documented.add(nested.fullName.replace(/^\./, ''));
          for (const inner of nested.nestedArray)
            if (inner instanceof protobuf.Type) documented.add(inner.fullName.replace(/^\./, ''));
        }
      } else if (nested instanceof protobuf.Namespace) collect(nested);
    }
  };
  collect(root);

  const problems = [];
  /** @type {Map<string, string[]>} */
  const byScope = new Map();
  const services = perFile.flatMap((entry) => entry.services);
  for (const service of services)
    for (const method of service.methodsArray) {
      const scope = SCOPE.exec(method.comment ?? '')?.[1];
      if (!scope)
        problems.push(`${service.name}.${method.name}: its comment must start with "Scope: \`x:y\`."`);
      else byScope.set(scope, [...(byScope.get(scope) ?? []), `${service.name}.${method.name}`]);
    }
  if (problems.length > 0) throw new Error(`partner protos:\n${problems.join('\n')}`);

  const out = [
    '# Partner API reference',
    '',
    '<!-- Generated by `npm run partner:docs` from the comments of proto/partner/v1/*.proto: edit the',
    '     protos, not this page. CI runs `npm run partner:docs -- --check`. -->',
    '',
    `Package \`${PACKAGE}\`, served by the gateway on its partner port (17070 locally). How to call it ` +
      '(tokens, scopes, paging, idempotency, errors, `grpcurl`): [partner-api.md](partner-api.md).',
    '',
    '## Rules every call follows',
    '',
    prose(fileIntroduction('partner/v1/common.proto')),
    '',
    '## Services',
    '',
    '| Service | RPCs | Source |',
    '| --- | --- | --- |',
    ...perFile.flatMap((entry) =>
      entry.services.map(
        (service) =>
          `| [${service.name}](#${anchor(service.name)}) | ${service.methodsArray.length} | \`proto/${entry.file}\` |`,
      ),
    ),
    '',
    '## Scopes',
    '',
    'Each RPC needs exactly one scope; an application holds the scopes its tenant admin chose.',
    '',
    '| Scope | RPCs |',
    '| --- | --- |',
    ...[...byScope.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([scope, methods]) =>
          `| \`${scope}\` | ${methods.map((method) => `[${method}](#${anchor(method)})`).join(', ')} |`,
      ),
    '',
  ];
  for (const entry of perFile) {
    for (const service of entry.services) {
      out.push(`## ${service.name}`, '', `\`proto/${entry.file}\``, '');
      const about = prose(service.comment);
      if (about) out.push(about, '');
      for (const method of service.methodsArray) {
        const comment = method.comment ?? '';
        const scope = SCOPE.exec(comment)?.[1] ?? '';
        const rest = prose(comment.replace(SCOPE, ''));
        out.push(
          `### ${service.name}.${method.name}`,
          '',
          `\`rpc ${method.name}(${typeLabel(method.resolvedRequestType, new Set())
            .replaceAll('`', '')
            .trim()}) returns (${typeLabel(method.resolvedResponseType, new Set())
            .replaceAll('`', '')
            .trim()})\``,
          '',
          `- Scope: \`${scope}\``,
          `- Request: ${typeLabel(method.resolvedRequestType, documented)}`,
          `- Response: ${typeLabel(method.resolvedResponseType, documented)}`,
          '',
        );
        if (rest) out.push(rest, '');
      }
    }
  }
  out.push('## Messages', '');
  for (const entry of perFile.filter((candidate) => !candidate.file.startsWith('google/'))) {
    for (const message of entry.messages) out.push(...messageSection(message, documented, '###'));
  }
  out.push(
    '## Error details (google.rpc)',
    '',
    'Sent in the `grpc-status-details-bin` trailer as a serialized `google.rpc.Status` whose `details` ' +
      'hold these messages (`type.googleapis.com/google.rpc.<Name>`). Field numbers are the standard ' +
      "ones (`proto/google/rpc/`), so any google.rpc decoder (grpcurl's included) reads them.",
    '',
  );
  for (const entry of perFile.filter((candidate) => candidate.file.startsWith('google/')))
    for (const message of entry.messages) out.push(...messageSection(message, documented, '###'));
  return out.join('\n');
}

const options = { ...(await prettier.resolveConfig(target)), filepath: target };
const next = await prettier.format(render(), options);
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  /* not written yet */
}
const relative = path.relative(repo, target);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${relative} is stale: run \`npm run partner:docs\` and commit the result`);
    process.exit(1);
  }
  console.log(`${relative} matches proto/partner/v1`);
} else if (next !== current) {
  writeFileSync(target, next);
  console.log(`${relative} written from proto/partner/v1`);
} else {
  console.log(`${relative} already matches proto/partner/v1`);
}
