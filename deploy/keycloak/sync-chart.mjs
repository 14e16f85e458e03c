#!/usr/bin/env node
// @ts-check
// Copies what Keycloak loads locally into the Helm chart (Helm reads files only inside the chart): the
// client-portal themes' files and the extensions' provider jars, built by Maven (reproducibly, so an
// unchanged source gives the same bytes). deploy/k8s/chart.test.ts fails when the two drift apart.
//
//   node deploy/keycloak/sync-chart.mjs              copies them
//   node deploy/keycloak/sync-chart.mjs files        prints the theme files' pairs [chart name, theme path] (JSON)
//   node deploy/keycloak/sync-chart.mjs jar <name>   builds an extension when needed, prints its jar's path
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { keycloakExtensionJar } from '../local/infra.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const THEME = 'deploy/keycloak/themes/client-portal';
const CHART_THEME = 'charts/client-portal/files/keycloak-theme';
const CHART_PROVIDERS = 'charts/client-portal/files/keycloak-providers';

/** The chart's theme files and where each comes from (flat names: ConfigMap keys hold no "/"). */
export const THEME_FILES = /** @type {const} */ ([
  ['theme.properties', 'login/theme.properties'],
  ['branding.css', 'login/resources/css/branding.css'],
  ['branding.js', 'login/resources/js/branding.js'],
  ['login-code.js', 'login/resources/js/login-code.js'],
  ['login-code.ftl', 'login/login-code.ftl'],
  ['login-code-address.ftl', 'login/login-code-address.ftl'],
  ...['en', 'fr', 'es', 'pt'].flatMap((language) => [
    [`login-messages_${language}.properties`, `login/messages/messages_${language}.properties`],
    [`email-messages_${language}.properties`, `email/messages/messages_${language}.properties`],
  ]),
  ['email-theme.properties', 'email/theme.properties'],
  ['email-html-login-code.ftl', 'email/html/login-code.ftl'],
  ['email-text-login-code.ftl', 'email/text/login-code.ftl'],
]);

/** The extensions whose jars the chart ships. */
export const PROVIDERS = ['login-code'];

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === 'files') {
    process.stdout.write(`${JSON.stringify(THEME_FILES)}\n`);
    return;
  }
  if (command === 'jar' && name) {
    process.stdout.write(`${await keycloakExtensionJar(name)}\n`);
    return;
  }
  for (const [shipped, local] of THEME_FILES)
    copyFileSync(path.join(repo, THEME, local), path.join(repo, CHART_THEME, shipped));
  mkdirSync(path.join(repo, CHART_PROVIDERS), { recursive: true });
  for (const name of PROVIDERS)
    copyFileSync(await keycloakExtensionJar(name), path.join(repo, CHART_PROVIDERS, `${name}.jar`));
  process.stderr.write(
    `copied ${THEME_FILES.length} theme files and ${PROVIDERS.length} provider jar(s) into the chart\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
