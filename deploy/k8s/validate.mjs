#!/usr/bin/env node
// @ts-check
// Validates Kubernetes manifests offline against the API's OpenAPI schemas (kubernetes-models), one model
// per apiVersion and kind; a kind without a model is an error, so nothing rendered goes unchecked.
// kubernetes-models is ESM only, which jest (running our TypeScript as CommonJS) cannot load: the chart
// test runs this script instead.
//   node deploy/k8s/validate.mjs < manifests.json   (a JSON array) → JSON [{ kind, name, errors }]
// Note: the schemas do not reject unknown fields; the chart test checks the fields that matter itself.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ apiVersion?: unknown, kind?: unknown, metadata?: { name?: unknown } }} Manifest */

/** @param {Manifest} manifest @returns {Promise<string[]>} */
export async function validateManifest(manifest) {
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return ['apiVersion and kind are required'];
  if (!/^[a-z0-9.]*\/?v[0-9a-z]+$/.test(apiVersion) || !/^[A-Za-z]+$/.test(kind))
    return [`unexpected apiVersion/kind ${apiVersion} ${kind}`];
  /** @type {{ new (data: unknown): { validate(): void } }} */
  let Model;
  try {
    const module = /** @type {Record<string, { new (data: unknown): { validate(): void } }>} */ (
      await import(`kubernetes-models/${apiVersion}/${kind}`)
    );
    const found = module[kind];
    if (!found) return [`kubernetes-models has no ${kind} in ${apiVersion}`];
    Model = found;
  } catch {
    return [`kubernetes-models has no model for ${apiVersion} ${kind}`];
  }
  try {
    new Model(manifest).validate();
    return [];
  } catch (error) {
    const details = /** @type {{ errors?: { instancePath?: string, message?: string }[] }} */ (error).errors;
    if (Array.isArray(details) && details.length > 0)
      return details.map((detail) => `${detail.instancePath || '/'} ${detail.message ?? 'is invalid'}`);
    return [error instanceof Error ? error.message : String(error)];
  }
}

async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const manifests = /** @type {Manifest[]} */ (JSON.parse(input));
  const results = [];
  for (const manifest of manifests) {
    results.push({
      kind: manifest.kind,
      name: manifest.metadata?.name,
      errors: await validateManifest(manifest),
    });
  }
  process.stdout.write(JSON.stringify(results));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
