#!/usr/bin/env node
// @ts-check
// Prints a Kubernetes Secret with new principal keys: one Ed25519 key pair per issuer (the components
// that call services: gateway, notification), in the shape the chart's default values reference.
//
//   node deploy/k8s/principal-keys.mjs [secret-name] | kubectl -n client-portal apply -f -
//
// The private keys exist only in the printed Secret: keep it in your secret manager, not in git.
import { generateKeyPairSync } from 'node:crypto';

const ISSUERS = ['gateway', 'notification'];
const name = process.argv[2] ?? 'client-portal-principal-keys';

/** @type {Record<string, string>} */
const data = {};
const publicKeys = [];
for (const issuer of ISSUERS) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  data[`${issuer}-signing-key`] = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  publicKeys.push(`${issuer}:${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`);
}
data['public-keys'] = publicKeys.join(',');

process.stdout.write(
  [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${name}`,
    'type: Opaque',
    'stringData:',
    ...Object.entries(data).map(([key, value]) => `  ${key}: '${value}'`),
    '',
  ].join('\n'),
);
