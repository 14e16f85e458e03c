#!/usr/bin/env node
// @ts-check
// Generates TypeScript types from proto/ into services/libs/contracts/src/generated with
// proto-loader-gen-types, using the same loader options as the kit (PROTO_LOADER_OPTIONS).
//   node deploy/local/proto-gen.mjs           regenerate
//   node deploy/local/proto-gen.mjs --check   fail when the committed code is stale (CI)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const protoRoot = path.join(repo, 'proto');
const target = path.join(repo, 'services/libs/contracts/src/generated');
const generator = path.join(repo, 'node_modules/.bin/proto-loader-gen-types');

/** @param {string} folder @returns {string[]} */
function files(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** @param {string} outDir */
function generate(outDir) {
  const protos = files(protoRoot)
    .filter((file) => file.endsWith('.proto'))
    .map((file) => path.relative(protoRoot, file))
    .sort();
  execFileSync(
    generator,
    [
      ...protos,
      '--longs=String',
      '--enums=String',
      '--defaults',
      '--oneofs',
      '--grpcLib=@grpc/grpc-js',
      '--includeComments',
      '--importFileExtension=.js',
      `--outDir=${outDir}`,
      `--includeDirs=${protoRoot}`,
    ],
    { stdio: 'inherit' },
  );
  return protos.length;
}

if (process.argv.includes('--check')) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'proto-gen-'));
  try {
    generate(scratch);
    const fresh = new Map(
      files(scratch).map((file) => [path.relative(scratch, file), readFileSync(file, 'utf8')]),
    );
    const committed = new Map(
      files(target).map((file) => [path.relative(target, file), readFileSync(file, 'utf8')]),
    );
    const stale = [...new Set([...fresh.keys(), ...committed.keys()])]
      .filter((file) => fresh.get(file) !== committed.get(file))
      .sort();
    if (stale.length > 0) {
      process.stderr.write(
        `Generated contracts are stale; run \`npm run proto:gen\` and commit. Differences:\n${stale.map((file) => `  ${file}`).join('\n')}\n`,
      );
      process.exit(1);
    }
    process.stderr.write(`Generated contracts are up to date (${fresh.size} files).\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  rmSync(target, { recursive: true, force: true });
  const count = generate(target);
  process.stderr.write(`Generated TypeScript for ${count} proto files into ${path.relative(repo, target)}\n`);
}
