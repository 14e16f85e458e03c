// CI checks of the Helm chart (charts/client-portal), run offline: helm lint --strict and helm template
// with every values file, each rendered manifest validated against the Kubernetes API schemas, and the
// promises the chart makes checked on what it renders. The pinned helm is built on first use (a few
// minutes, once per machine: deploy/k8s/tools.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { generatePrincipalKeyPair } from '@client-portal/kit';
import { billingConfigSchema, loadBillingConfig } from '../../services/billing/src/config.js';
import { crmConfigSchema, loadCrmConfig } from '../../services/crm/src/config.js';
import { gatewayConfigSchema, loadGatewayConfig } from '../../services/gateway/src/config.js';
import { identityConfigSchema, loadIdentityConfig } from '../../services/identity/src/config.js';
import { messagingConfigSchema, loadMessagingConfig } from '../../services/messaging/src/config.js';
import { notificationConfigSchema, loadNotificationConfig } from '../../services/notification/src/config.js';
import { portalConfigSchema, loadPortalConfig } from '../../services/portal/src/config.js';
import { webSecurityHeaders } from '../../services/gateway/src/http/security-headers.js';
import {
  chart,
  environments,
  localLayout,
  parseManifests,
  repo,
  run,
  serviceFolders,
  strictDecode,
  temporaryValues,
  tool,
  validateOffline,
  type Manifest,
} from './helpers.js';

const RELEASE = 'client-portal';
/** The gateway's partner gRPC port (deploy/local/services.json gateway.partnerGrpcPort). */
const PARTNER_PORT = localLayout().gateway.partnerGrpcPort;
const SERVICES = localLayout().services.map((service) => service.name);
const COMPONENTS = [...SERVICES, 'gateway', 'web'];

/** Who may call each service: the gateway calls all six, notification calls identity, nothing else. */
const CALLERS: Record<string, string[]> = {
  identity: ['gateway', 'notification'],
  crm: ['gateway'],
  portal: ['gateway'],
  billing: ['gateway'],
  messaging: ['gateway'],
  notification: ['gateway'],
};

/** Each component's configuration: the variables its schema declares and the loader its main.ts calls. */
const CONFIGS: Record<string, { variables: string[]; load: (environment: NodeJS.ProcessEnv) => unknown }> = {
  identity: { variables: Object.keys(identityConfigSchema.shape), load: loadIdentityConfig },
  crm: { variables: Object.keys(crmConfigSchema.shape), load: loadCrmConfig },
  portal: { variables: Object.keys(portalConfigSchema.shape), load: loadPortalConfig },
  billing: { variables: Object.keys(billingConfigSchema.shape), load: loadBillingConfig },
  messaging: { variables: Object.keys(messagingConfigSchema.shape), load: loadMessagingConfig },
  notification: { variables: Object.keys(notificationConfigSchema.shape), load: loadNotificationConfig },
  gateway: { variables: Object.keys(gatewayConfigSchema.shape), load: loadGatewayConfig },
};

/**
 * Variables the chart leaves to the component's default on purpose (docs/deploy.md lists them too);
 * every other key of a config schema must be set by the chart.
 */
const INTENTIONALLY_DEFAULTED: Record<string, Record<string, string>> = {
  gateway: { WEB_DIST: 'the web image serves the app; in the cluster the gateway answers /api only' },
  billing: {
    STRIPE_LOCAL_WEBHOOK_URL: 'local/dev only: in a cluster Stripe itself delivers the webhooks (off)',
    STRIPE_WEBHOOK_TOLERANCE_SECONDS: "Stripe's default tolerance (300 s) is the right one",
  },
  notification: {
    SMS_AUTH_TOKEN:
      'a secret: given through secretEnv when the deployment has an SMS provider (none by default)',
  },
};

/** Variables the chart adds for its own use (Kubernetes expands $(POD_NAME) in the ones after it). */
const CHART_VARIABLES = new Set(['POD_NAME']);

const VALUES_SETS: [label: string, files: string[]][] = [
  ['default', []],
  ['dev', [path.join(environments, 'dev.yaml')]],
  ['prod', [path.join(environments, 'prod.yaml')]],
];

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } };
}
interface Probe {
  grpc?: { port: number };
  httpGet?: { path: string; port: number | string };
}
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  capabilities?: { drop?: string[]; add?: string[] };
  seccompProfile?: { type: string };
}
interface Container {
  name: string;
  image: string;
  env?: EnvVar[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
  securityContext?: SecurityContext;
  containers: Container[];
  volumes?: {
    name: string;
    emptyDir?: Record<string, unknown>;
    secret?: { secretName: string };
    configMap?: { name: string };
  }[];
}
interface Deployment extends Manifest {
  spec: {
    replicas?: number;
    selector: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
}
interface NetworkPolicyPeer {
  podSelector?: { matchLabels?: Record<string, string> };
  namespaceSelector?: unknown;
  ipBlock?: unknown;
}
interface NetworkPolicy extends Manifest {
  spec: {
    podSelector: { matchLabels: Record<string, string> };
    policyTypes: string[];
    ingress?: { from?: NetworkPolicyPeer[]; ports?: { port: number }[] }[];
    egress?: { to?: NetworkPolicyPeer[]; ports?: { port: number }[] }[];
  };
}

const componentOf = (manifest: Manifest): string =>
  manifest.metadata.labels?.['app.kubernetes.io/component'] ?? '(none)';
const ofKind = <T extends Manifest>(manifests: Manifest[], kind: string): T[] =>
  manifests.filter((manifest) => manifest.kind === kind) as T[];
const selects = (selector: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

let helm: string;

async function helmRun(args: string[]) {
  return run(helm, args);
}

async function lint(files: string[]) {
  return helmRun(['lint', '--strict', chart, ...files.flatMap((file) => ['-f', file])]);
}

async function template(files: string[], extra: string[] = []) {
  return helmRun([
    'template',
    RELEASE,
    chart,
    '--namespace',
    'client-portal',
    ...files.flatMap((file) => ['-f', file]),
    ...extra,
  ]);
}

/**
 * NOTES.txt as `helm install` prints it. Helm renders NOTES only against a cluster, so a copy of the chart
 * turns it into a named template shown through a ConfigMap.
 */
async function renderNotes(files: string[]): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'client-portal-notes-'));
  try {
    const copy = path.join(folder, 'client-portal');
    cpSync(chart, copy, { recursive: true });
    const notes = readFileSync(path.join(copy, 'templates/NOTES.txt'), 'utf8');
    rmSync(path.join(copy, 'templates/NOTES.txt'));
    writeFileSync(path.join(copy, 'templates/_notes.tpl'), `{{- define "notes" -}}\n${notes}\n{{- end }}\n`);
    writeFileSync(
      path.join(copy, 'templates/notes.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  notes: |\n{{ include "notes" . | indent 4 }}\n',
    );
    const result = await run(helm, [
      'template',
      RELEASE,
      copy,
      '--namespace',
      'client-portal',
      '--show-only',
      'templates/notes.yaml',
      ...files.flatMap((file) => ['-f', file]),
    ]);
    if (result.status !== 0) throw new Error(`NOTES.txt does not render:\n${result.stderr}`);
    const [configMap] = parseManifests(result.stdout) as (Manifest & { data: { notes: string } })[];
    return configMap?.data.notes ?? '';
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The values a file sets over the chart's own: enough to know what to expect (shallow, two levels). */
function valuesOf(files: string[]): {
  domain: string;
  tls: boolean;
  tenantSubdomains: boolean;
  egress: boolean;
} {
  type Values = {
    ingress?: { domain?: string; tls?: { enabled?: boolean }; tenantSubdomains?: boolean };
    networkPolicy?: { egress?: { enabled?: boolean } };
  };
  const layers = [path.join(chart, 'values.yaml'), ...files].map(
    (file) => parseYaml(readFileSync(file, 'utf8')) as Values,
  );
  const pick = <T>(read: (values: Values) => T | undefined): T =>
    layers.reduce<T | undefined>((found, layer) => read(layer) ?? found, undefined) as T;
  return {
    domain: pick((values) => values.ingress?.domain),
    tls: pick((values) => values.ingress?.tls?.enabled),
    tenantSubdomains: pick((values) => values.ingress?.tenantSubdomains),
    egress: pick((values) => values.networkPolicy?.egress?.enabled),
  };
}

const principalKeys = generatePrincipalKeyPair();

/** A stand-in for a Secret's content, of the shape the variable expects. */
function secretStandIn(variable: string): string {
  if (variable === 'MONGO_URL') return 'mongodb://user:secret@mongo-0.example:27017/?replicaSet=rs0';
  if (variable === 'SMTP_URL') return 'smtps://user:secret@relay.example:465';
  if (variable === 'PRINCIPAL_SIGNING_KEY') return principalKeys.privateKey;
  if (variable === 'PRINCIPAL_PUBLIC_KEYS')
    return `gateway:${principalKeys.publicKey},notification:${principalKeys.publicKey}`;
  return 'secret-from-a-secret';
}

beforeAll(async () => {
  helm = await tool('helm');
  await tool('strict-decode');
}, 30 * 60_000);

describe.each(VALUES_SETS)('the chart with %s values', (label, files) => {
  let manifests: Manifest[];
  let renderedText: string;
  let deployments: Deployment[];
  const expected = valuesOf(files);

  beforeAll(async () => {
    const rendered = await template(files);
    if (rendered.status !== 0) throw new Error(`helm template (${label}) failed:\n${rendered.stderr}`);
    renderedText = rendered.stdout;
    manifests = parseManifests(rendered.stdout);
    deployments = ofKind<Deployment>(manifests, 'Deployment');
  });

  const deploymentOf = (component: string): Deployment => {
    const found = deployments.find((deployment) => componentOf(deployment) === component);
    if (!found) throw new Error(`no Deployment for ${component}`);
    return found;
  };
  const containerOf = (component: string): Container => {
    const container = deploymentOf(component).spec.template.spec.containers[0];
    if (!container) throw new Error(`${component} has no container`);
    return container;
  };

  it('passes helm lint --strict', async () => {
    const result = await lint(files);
    expect({
      status: result.status,
      problems: result.stdout.match(/^\[(WARNING|ERROR)\].*$/gm) ?? [],
    }).toEqual({
      status: 0,
      problems: [],
    });
  });

  it('renders only manifests that the Kubernetes API schemas accept (offline)', async () => {
    expect(manifests.length).toBeGreaterThan(0);
    const results = await validateOffline(manifests);
    expect(results.filter((result) => result.errors.length > 0)).toEqual([]);
    expect(results).toHaveLength(manifests.length);
  });

  it('has no field the Kubernetes API does not know (strict decoding with its Go types)', async () => {
    const results = await strictDecode(renderedText);
    expect(results.filter((result) => result.error)).toEqual([]);
    expect(results).toHaveLength(manifests.length);
  });

  it('installs every component npm start runs, plus the web app, each on its npm start port', () => {
    const services = ofKind<Manifest & { spec: { ports: { port: number }[] } }>(manifests, 'Service');
    const installed = deployments.map(componentOf).sort();
    expect(installed).toEqual([...COMPONENTS].sort());
    expect(installed.filter((name) => name !== 'web')).toEqual(serviceFolders());
    for (const component of COMPONENTS) {
      expect(services.filter((service) => componentOf(service) === component)).toHaveLength(1);
      expect(
        ofKind(manifests, 'ServiceAccount').filter((account) => componentOf(account) === component),
      ).toHaveLength(1);
    }
    const layout = localLayout();
    const portOf = (component: string) =>
      services.find((service) => componentOf(service) === component)?.spec.ports[0]?.port;
    for (const service of layout.services)
      expect([service.name, portOf(service.name)]).toEqual([service.name, service.grpcPort]);
    expect(portOf('gateway')).toBe(layout.gateway.httpPort);
  });

  it('hardens every Deployment: probes, resources, non-root, read-only root, no escalation, no capabilities', () => {
    const accounts = new Set(ofKind(manifests, 'ServiceAccount').map((account) => account.metadata.name));
    for (const deployment of deployments) {
      const component = componentOf(deployment);
      const pod = deployment.spec.template.spec;
      expect([component, pod.automountServiceAccountToken]).toEqual([component, false]);
      expect(accounts.has(pod.serviceAccountName ?? '')).toBe(true);
      expect(pod.containers.length).toBeGreaterThan(0);
      for (const container of pod.containers) {
        const security = { ...pod.securityContext, ...container.securityContext };
        const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
        expect({
          component,
          readiness: container.readinessProbe !== undefined,
          liveness: container.livenessProbe !== undefined,
          requests: Object.keys(container.resources?.requests ?? {}).sort(),
          limits: Object.keys(container.resources?.limits ?? {}).sort(),
          runAsNonRoot: security.runAsNonRoot,
          nonRootUser: (security.runAsUser ?? 0) > 0,
          readOnlyRootFilesystem: security.readOnlyRootFilesystem,
          allowPrivilegeEscalation: security.allowPrivilegeEscalation,
          privileged: security.privileged ?? false,
          dropsAll: security.capabilities?.drop?.includes('ALL') ?? false,
          adds: security.capabilities?.add ?? [],
          seccomp: security.seccompProfile?.type,
          tmpIsEmptyDir: pod.volumes?.find((volume) => volume.name === tmp?.name)?.emptyDir !== undefined,
          taggedImage: /:[^/:]+$/.test(container.image) && !container.image.endsWith(':latest'),
        }).toEqual({
          component,
          readiness: true,
          liveness: true,
          requests: ['cpu', 'memory'],
          limits: ['cpu', 'memory'],
          runAsNonRoot: true,
          nonRootUser: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          privileged: false,
          dropsAll: true,
          adds: [],
          seccomp: 'RuntimeDefault',
          tmpIsEmptyDir: true,
          taggedImage: true,
        });
      }
    }
  });

  it('probes the services with the gRPC health protocol and the gateway with GET /api/health', () => {
    for (const service of SERVICES) {
      const container = containerOf(service);
      const port = container.ports?.[0]?.containerPort;
      expect([service, container.readinessProbe?.grpc?.port, container.livenessProbe?.grpc?.port]).toEqual([
        service,
        port,
        port,
      ]);
    }
    const gateway = containerOf('gateway');
    expect(gateway.readinessProbe?.httpGet?.path).toBe('/api/health');
    expect(gateway.livenessProbe?.httpGet?.path).toBe('/api/health');
  });

  it('gives each component exactly the variables its config schema declares, with values it accepts', () => {
    const serviceNames = new Set(ofKind(manifests, 'Service').map((service) => service.metadata.name));
    expect(Object.keys(CONFIGS).sort()).toEqual(serviceFolders());
    for (const [component, config] of Object.entries(CONFIGS)) {
      const env = containerOf(component).env ?? [];
      const declared = config.variables;
      const defaulted = Object.keys(INTENTIONALLY_DEFAULTED[component] ?? {});
      const rendered = env.map((variable) => variable.name).filter((name) => !CHART_VARIABLES.has(name));
      expect([component, [...new Set(rendered)].sort()]).toEqual([
        component,
        declared.filter((name) => !defaulted.includes(name)).sort(),
      ]);
      expect(rendered).toHaveLength(new Set(rendered).size);

      // What the process would see, Secrets standing in by shape: the service's own loader accepts it.
      const podName = `${RELEASE}-${component}-5d9c7b6f4-x2x7k`;
      const environment: Record<string, string> = {};
      for (const variable of env) {
        if (variable.valueFrom?.secretKeyRef) environment[variable.name] = secretStandIn(variable.name);
        else if (variable.valueFrom?.fieldRef?.fieldPath === 'metadata.name')
          environment[variable.name] = podName;
        else environment[variable.name] = (variable.value ?? '').replaceAll('$(POD_NAME)', podName);
      }
      expect(() => config.load(environment)).not.toThrow();

      // Addresses of other services name a rendered Service and its port.
      for (const [name, value] of Object.entries(environment).filter(([name]) =>
        name.endsWith('_GRPC_ADDRESS'),
      )) {
        const callee = name.replace(/_GRPC_ADDRESS$/, '').toLowerCase();
        const port = localLayout().services.find((service) => service.name === callee)?.grpcPort;
        expect([name, value]).toEqual([name, `${RELEASE}-${callee}:${port}`]);
        expect(serviceNames.has(`${RELEASE}-${callee}`)).toBe(true);
      }
    }
  });

  it("sends the web app's files with the gateway's security headers and CSP (hardening)", () => {
    // What the gateway would send for the web app with its rendered variables...
    const environment = Object.fromEntries(
      (containerOf('gateway').env ?? []).map((variable) => [variable.name, variable.value ?? '']),
    );
    const expectedHeaders = webSecurityHeaders(
      {
        keycloakUrl: environment.KEYCLOAK_URL ?? '',
        connectOrigins: (environment.WEB_CONNECT_ORIGINS ?? '').split(',').filter(Boolean),
      },
      Number(environment.HSTS_MAX_AGE_SECONDS ?? '0'),
    );
    expect(environment.WEB_CONNECT_ORIGINS).toMatch(/^https?:\/\//);
    // ...is what nginx adds from the ConfigMap the web pods mount.
    const configMap = ofKind<Manifest & { data: Record<string, string> }>(manifests, 'ConfigMap').find(
      (map) => map.metadata.name === `${RELEASE}-web-security-headers`,
    );
    const lines = (configMap?.data['security-headers.conf'] ?? '').split('\n').filter((line) => line.trim());
    const added: Record<string, string> = Object.fromEntries(
      lines.map((line): [string, string] => {
        const match = /^add_header ([\w-]+) "([^"]*)" always;$/.exec(line.trim());
        if (!match) throw new Error(`not an add_header line: ${line}`);
        return [(match[1] ?? '').toLowerCase(), match[2] ?? ''];
      }),
    );
    expect(added).toEqual(expectedHeaders);
    const web = deploymentOf('web').spec.template.spec;
    const mount = web.containers[0]?.volumeMounts?.find(
      (entry) => entry.mountPath === '/etc/nginx/client-portal',
    );
    expect(web.volumes?.find((volume) => volume.name === mount?.name)).toMatchObject({
      configMap: { name: `${RELEASE}-web-security-headers` },
    });
  });

  it('keeps each service in its own database and consumer group; one consumer group per gateway pod', () => {
    const variable = (component: string, name: string) =>
      containerOf(component).env?.find((entry) => entry.name === name)?.value;
    const databases = SERVICES.map((service) => variable(service, 'MONGO_DATABASE'));
    const groups = SERVICES.map((service) => variable(service, 'KAFKA_CONSUMER_GROUP'));
    expect(new Set(databases).size).toBe(SERVICES.length);
    expect(new Set(groups).size).toBe(SERVICES.length);
    expect(variable('gateway', 'KAFKA_CONSUMER_GROUP')).toMatch(/\$\(POD_NAME\)$/);
    const gatewayEnv = containerOf('gateway').env?.map((entry) => entry.name) ?? [];
    expect(gatewayEnv.indexOf('POD_NAME')).toBeLessThan(gatewayEnv.indexOf('KAFKA_CONSUMER_GROUP'));
  });

  it('keeps secrets out of the manifests: no Secret objects, credentials only by secretKeyRef', () => {
    expect(ofKind(manifests, 'Secret')).toEqual([]);
    for (const deployment of deployments) {
      for (const variable of deployment.spec.template.spec.containers.flatMap(
        (container) => container.env ?? [],
      )) {
        if (variable.value === undefined) continue;
        expect([variable.name, /:\/\/[^/@\s]+:[^/@\s]+@/.test(variable.value)]).toEqual([
          variable.name,
          false,
        ]);
        expect([variable.name, /SECRET|PASSWORD|TOKEN/.test(variable.name)]).toEqual([variable.name, false]);
      }
    }
    const secretVariables = (component: string) =>
      (containerOf(component).env ?? [])
        .filter((variable) => variable.valueFrom?.secretKeyRef)
        .map((v) => v.name);
    expect(secretVariables('identity')).toContain('KEYCLOAK_CLIENT_SECRET');
  });

  it('gives the principal keys from Secrets: public keys to every service, a signing key to each caller only', () => {
    const reference = (component: string, name: string) =>
      containerOf(component).env?.find((variable) => variable.name === name)?.valueFrom?.secretKeyRef;
    for (const service of SERVICES) {
      expect([service, reference(service, 'PRINCIPAL_PUBLIC_KEYS')]).toEqual([
        service,
        { name: 'client-portal-principal-keys', key: 'public-keys' },
      ]);
    }
    const signers = COMPONENTS.filter((component) => reference(component, 'PRINCIPAL_SIGNING_KEY'));
    expect(signers).toEqual(['notification', 'gateway']);
    for (const signer of signers)
      expect(reference(signer, 'PRINCIPAL_SIGNING_KEY')).toEqual({
        name: 'client-portal-principal-keys',
        key: `${signer}-signing-key`,
      });
  });

  it('turns gRPC reflection off except in the dev values', () => {
    for (const service of SERVICES) {
      const reflection = containerOf(service).env?.find((variable) => variable.name === 'GRPC_REFLECTION');
      expect([service, reflection?.value]).toEqual([service, label === 'dev' ? 'true' : 'false']);
    }
  });

  it('lets each service be reached only by its callers (NetworkPolicy), and the front doors by the ingress', () => {
    /** values.yaml metrics.port: every service's and the gateway's Prometheus port. */
    const METRICS_PORT = 9464;
    const policies = ofKind<NetworkPolicy>(manifests, 'NetworkPolicy');
    expect(policies.map(componentOf).sort()).toEqual([...COMPONENTS].sort());
    for (const policy of policies) {
      const component = componentOf(policy);
      const deployment = deploymentOf(component);
      expect(selects(policy.spec.podSelector.matchLabels, deployment.spec.template.metadata.labels)).toBe(
        true,
      );
      // Every port the component listens on (the gateway's second one: the partner gRPC API), no other.
      const ports = (deployment.spec.template.spec.containers[0]?.ports ?? []).map(
        (entry) => entry.containerPort,
      );
      const rules = policy.spec.ingress ?? [];
      expect([component, rules.flatMap((rule) => (rule.ports ?? []).map((entry) => entry.port))]).toEqual([
        component,
        ports,
      ]);
      // The metrics port admits Prometheus (metrics.ingressFrom), not callers: its own rule.
      const peers = rules
        .filter((rule) => !(rule.ports ?? []).some((entry) => entry.port === METRICS_PORT))
        .flatMap((rule) => rule.from ?? []);
      // A rule without `from` would admit every pod in the cluster.
      expect([component, rules.every((rule) => (rule.from ?? []).length > 0)]).toEqual([component, true]);
      const callers = CALLERS[component];
      if (callers) {
        const admitted = peers.map((peer) =>
          peer.namespaceSelector || peer.ipBlock
            ? '(outside the release)'
            : componentOf({ metadata: { labels: peer.podSelector?.matchLabels } } as Manifest),
        );
        expect([component, admitted.sort()]).toEqual([component, [...callers].sort()]);
      }
    }
    const egressOf = (component: string) =>
      policies.find((policy) => componentOf(policy) === component)?.spec;
    if (expected.egress) {
      const gateway = egressOf('gateway');
      const reachable = (gateway?.egress ?? [])
        .filter((rule) =>
          rule.to?.some((peer) => peer.podSelector?.matchLabels?.['app.kubernetes.io/component']),
        )
        .map((rule) => rule.to?.[0]?.podSelector?.matchLabels?.['app.kubernetes.io/component']);
      expect(reachable.sort()).toEqual([...SERVICES].sort());
      expect(egressOf('web')).toMatchObject({ policyTypes: ['Ingress', 'Egress'], egress: [] });
      const crmCalls = (egressOf('crm')?.egress ?? []).filter((rule) =>
        rule.to?.some((peer) => peer.podSelector?.matchLabels?.['app.kubernetes.io/component']),
      );
      expect(crmCalls).toEqual([]);
    }
  });

  it('serves the partner gRPC API on the gateway port partner-grpc (17070), reflection on, plaintext by default', () => {
    const gateway = containerOf('gateway');
    const variable = (name: string) => gateway.env?.find((entry) => entry.name === name)?.value;
    expect(gateway.ports?.find((entry) => entry.name === 'partner-grpc')?.containerPort).toBe(PARTNER_PORT);
    const service = ofKind<
      Manifest & { spec: { ports: { name: string; port: number; targetPort: string }[] } }
    >(manifests, 'Service').find((entry) => componentOf(entry) === 'gateway');
    expect(service?.spec.ports.find((entry) => entry.name === 'partner-grpc')).toMatchObject({
      port: PARTNER_PORT,
      targetPort: 'partner-grpc',
    });
    expect({
      host: variable('PARTNER_GRPC_HOST'),
      port: variable('PARTNER_GRPC_PORT'),
      reflection: variable('PARTNER_REFLECTION'),
      audience: variable('PARTNER_AUDIENCE'),
      cert: variable('PARTNER_TLS_CERT_FILE'),
      key: variable('PARTNER_TLS_KEY_FILE'),
    }).toEqual({
      host: '0.0.0.0',
      port: String(PARTNER_PORT),
      reflection: 'true',
      audience: 'client-portal-partner-api',
      cert: '',
      key: '',
    });
  });

  it('autoscales and protects what it deploys: HPAs and PDBs point at rendered Deployments', () => {
    const names = new Set(deployments.map((deployment) => deployment.metadata.name));
    for (const hpa of ofKind<
      Manifest & { spec: { scaleTargetRef: { name: string }; minReplicas: number; maxReplicas: number } }
    >(manifests, 'HorizontalPodAutoscaler')) {
      expect(names.has(hpa.spec.scaleTargetRef.name)).toBe(true);
      expect(hpa.spec.minReplicas).toBeLessThanOrEqual(hpa.spec.maxReplicas);
      // Helm must not reset the replica count the autoscaler chose on every upgrade.
      expect(
        deployments.find((deployment) => deployment.metadata.name === hpa.spec.scaleTargetRef.name)?.spec
          .replicas,
      ).toBeUndefined();
    }
    for (const budget of ofKind<Manifest & { spec: { selector: { matchLabels: Record<string, string> } } }>(
      manifests,
      'PodDisruptionBudget',
    )) {
      const matched = deployments.filter((deployment) =>
        selects(budget.spec.selector.matchLabels, deployment.spec.template.metadata.labels),
      );
      expect([budget.metadata.name, matched.length]).toEqual([budget.metadata.name, 1]);
    }
    if (label !== 'dev') {
      expect(ofKind(manifests, 'HorizontalPodAutoscaler').length).toBeGreaterThan(0);
      expect(ofKind(manifests, 'PodDisruptionBudget').length).toBeGreaterThan(0);
    }
  });

  it('tells in NOTES.txt what it installed, how to reach it and exactly which Secrets to create', async () => {
    const notes = await renderNotes(files);
    for (const component of COMPONENTS) expect(notes).toContain(`${RELEASE}-${component}:`);
    expect(notes).toContain(`://${expected.domain}/app`);
    const listed = [...notes.matchAll(/^ {2}- (\S+) \(key (\S+)\)/gm)].map(
      (match) => `${match[1]}/${match[2]}`,
    );
    const referenced = deployments.flatMap((deployment) =>
      deployment.spec.template.spec.containers.flatMap((container) =>
        (container.env ?? []).flatMap((variable) => {
          const ref = variable.valueFrom?.secretKeyRef;
          return ref ? [`${ref.name}/${ref.key}`] : [];
        }),
      ),
    );
    expect([...new Set(listed)].sort()).toEqual([...new Set(referenced)].sort());
  });

  it('routes the staff host and every tenant sub-domain: /api to the gateway, the rest to the web app', () => {
    type Ingress = Manifest & {
      spec: {
        tls?: { hosts: string[]; secretName: string }[];
        rules: {
          host: string;
          http: {
            paths: { path: string; backend: { service: { name: string; port: { name?: string } } } }[];
          };
        }[];
      };
    };
    const [ingress, ...others] = ofKind<Ingress>(manifests, 'Ingress');
    expect(others).toEqual([]);
    if (!ingress) throw new Error('no Ingress');
    const hosts = ingress.spec.rules.map((rule) => rule.host);
    expect(hosts).toEqual(
      expected.tenantSubdomains ? [expected.domain, `*.${expected.domain}`] : [expected.domain],
    );
    for (const rule of ingress.spec.rules) {
      const backend = (prefix: string) =>
        rule.http.paths.find((entry) => entry.path === prefix)?.backend.service.name;
      expect([rule.host, backend('/api'), backend('/')]).toEqual([
        rule.host,
        `${RELEASE}-gateway`,
        `${RELEASE}-web`,
      ]);
    }
    if (expected.tls) expect(ingress.spec.tls?.[0]?.hosts).toEqual(hosts);
    else expect(ingress.spec.tls).toBeUndefined();
  });
});

describe('the values schema', () => {
  const rejected = async (name: string, content: string) => {
    const values = temporaryValues(name, content);
    try {
      const [linted, rendered] = await Promise.all([lint([values.file]), template([values.file])]);
      return { linted, rendered };
    } finally {
      values.cleanup();
    }
  };

  it('rejects a misspelt key, naming it', async () => {
    const { linted, rendered } = await rejected('typo.yaml', 'services:\n  crm:\n    replicas: 3\n');
    expect(linted.status).not.toBe(0);
    expect(rendered.status).not.toBe(0);
    expect(`${linted.stdout}${linted.stderr}`).toMatch(/services\/crm.*replicas|replicas.*not allowed/);
    expect(rendered.stderr).toMatch(/additional properties 'replicas' not allowed/);
    expect(rendered.stderr).toContain('/services/crm');
  });

  it('rejects a misspelt top-level key too', async () => {
    const { rendered } = await rejected('typo-top.yaml', 'ingres:\n  enabled: false\n');
    expect(rendered.status).not.toBe(0);
    expect(rendered.stderr).toMatch(/additional properties 'ingres' not allowed/);
  });

  it('rejects a value of the wrong type, naming the key', async () => {
    const { linted, rendered } = await rejected('type.yaml', 'defaults:\n  replicaCount: two\n');
    expect(linted.status).not.toBe(0);
    expect(rendered.status).not.toBe(0);
    expect(rendered.stderr).toMatch(/\/defaults\/replicaCount.*(integer|type)/);
    expect(`${linted.stdout}${linted.stderr}`).toContain('replicaCount');
  });

  it('rejects credentials written into values instead of a Secret reference', async () => {
    const { rendered } = await rejected(
      'credentials.yaml',
      'mongo:\n  uri:\n    value: mongodb://admin:hunter2@mongo-0:27017/\n',
    );
    expect(rendered.status).not.toBe(0);
    expect(rendered.stderr).toContain('/mongo/uri/value');
  });

  it('mounts the partner API certificate from partnerApi.tls.secretName and points the gateway at it', async () => {
    const result = await template([], ['--set', 'partnerApi.tls.secretName=partner-api-tls']);
    expect(result.status).toBe(0);
    const gateway = ofKind<Deployment>(parseManifests(result.stdout), 'Deployment').find(
      (deployment) => componentOf(deployment) === 'gateway',
    );
    const pod = gateway?.spec.template.spec;
    const container = pod?.containers[0];
    const mount = container?.volumeMounts?.find((entry) => entry.name === 'partner-tls');
    const variable = (name: string) => container?.env?.find((entry) => entry.name === name)?.value;
    expect(pod?.volumes?.find((volume) => volume.name === 'partner-tls')).toEqual({
      name: 'partner-tls',
      secret: { secretName: 'partner-api-tls' },
    });
    expect([variable('PARTNER_TLS_CERT_FILE'), variable('PARTNER_TLS_KEY_FILE')]).toEqual([
      `${mount?.mountPath}/tls.crt`,
      `${mount?.mountPath}/tls.key`,
    ]);
    expect([mount?.readOnly, mount?.mountPath.startsWith('/etc/')]).toEqual([true, true]);
  });

  it('renders a component image override, as Skaffold sets it', async () => {
    const result = await template([], ['--set', 'services.crm.image=registry.test/crm:abc']);
    expect(result.status).toBe(0);
    const crm = ofKind<Deployment>(parseManifests(result.stdout), 'Deployment').find(
      (deployment) => componentOf(deployment) === 'crm',
    );
    expect(crm?.spec.template.spec.containers[0]?.image).toBe('registry.test/crm:abc');
  });
});

describe('the Keycloak realm shipped with the chart', () => {
  const source = () =>
    JSON.parse(readFileSync(path.join(repo, 'deploy/keycloak/client-portal-realm.json'), 'utf8')) as unknown;

  it('is deploy/keycloak/client-portal-realm.json (node deploy/k8s/tools.mjs sync-realm copies it)', () => {
    const copy = JSON.parse(
      readFileSync(path.join(chart, 'files/client-portal-realm.json'), 'utf8'),
    ) as unknown;
    expect(copy).toEqual(source());
  });

  it('lets no client exchange a password for a token (tests use a client only the local scripts create)', () => {
    const realm = source() as { clients: { clientId: string; directAccessGrantsEnabled?: boolean }[] };
    expect(realm.clients.map((client) => [client.clientId, client.directAccessGrantsEnabled])).toEqual([
      ['client-portal-web', false],
      ['client-portal-gateway', false],
      ['client-portal-identity', false],
    ]);
  });

  it("keeps Keycloak's own password hashing (only the local scripts make it cheap, for the tests)", () => {
    const realm = source() as { passwordPolicy?: string };
    expect(realm.passwordPolicy).toBe('length(8) and notUsername');
    expect(realm.passwordPolicy).not.toMatch(/hash(Algorithm|Iterations)/);
  });

  it('is rendered as the ConfigMap Keycloak imports, with the same content', async () => {
    const result = await template([]);
    const configMap = ofKind<Manifest & { data: Record<string, string> }>(
      parseManifests(result.stdout),
      'ConfigMap',
    ).find((map) => map.metadata.name === `${RELEASE}-keycloak-realm`);
    expect(JSON.parse(configMap?.data['client-portal-realm.json'] ?? 'null')).toEqual(source());
  });
});

/** deploy/keycloak/sync-chart.mjs: what it copies into the chart (a plain-Node script, run as one). */
const syncChart = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(repo, 'deploy/keycloak/sync-chart.mjs'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 600_000,
  }).trim();
const THEME_FILES = JSON.parse(syncChart('files')) as [string, string][];
const PROVIDERS = ['login-code'];

describe('the Keycloak themes the chart ships (charts/client-portal/files/keycloak-theme)', () => {
  // Helm reads files only inside the chart, so the themes are copied there from deploy/keycloak/themes
  // (node deploy/keycloak/sync-chart.mjs), which the local Keycloak loads: the two must never drift apart.
  it.each(THEME_FILES.map(([shipped, local]) => [shipped, local]))(
    'ships the same %s as the local Keycloak loads (%s)',
    (shipped, local) => {
      const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');
      expect(read(`charts/client-portal/files/keycloak-theme/${shipped}`)).toBe(
        read(`deploy/keycloak/themes/client-portal/${local}`),
      );
    },
  );

  it('renders every theme file into the ConfigMap', async () => {
    const result = await template([]);
    const configMap = ofKind<Manifest & { data: Record<string, string> }>(
      parseManifests(result.stdout),
      'ConfigMap',
    ).find((map) => map.metadata.name === `${RELEASE}-keycloak-theme`);
    expect(Object.keys(configMap?.data ?? {}).sort()).toEqual(THEME_FILES.map(([shipped]) => shipped).sort());
    expect(configMap?.data['login-code.ftl']?.trim()).toBe(
      readFileSync(
        path.join(repo, 'deploy/keycloak/themes/client-portal/login/login-code.ftl'),
        'utf8',
      ).trim(),
    );
  });
});

describe('the Keycloak provider jars the chart ships (charts/client-portal/files/keycloak-providers)', () => {
  // The jar is built reproducibly (project.build.outputTimestamp): a fresh build of the sources must
  // give the very bytes the chart carries, so the chart never ships an extension older than its code.
  it.each(PROVIDERS)(
    'ships %s.jar exactly as Maven builds it from deploy/keycloak/extensions',
    (name) => {
      const built = readFileSync(syncChart('jar', name));
      const shipped = readFileSync(path.join(chart, `files/keycloak-providers/${name}.jar`));
      expect(createHash('sha256').update(shipped).digest('hex')).toBe(
        createHash('sha256').update(built).digest('hex'),
      );
    },
    300_000,
  );

  it('renders the jar as binaryData of a ConfigMap', async () => {
    const result = await template([]);
    const configMap = ofKind<Manifest & { binaryData: Record<string, string> }>(
      parseManifests(result.stdout),
      'ConfigMap',
    ).find((map) => map.metadata.name === `${RELEASE}-keycloak-providers`);
    expect(Buffer.from(configMap?.binaryData['login-code.jar'] ?? '', 'base64')).toEqual(
      readFileSync(path.join(chart, 'files/keycloak-providers/login-code.jar')),
    );
  });
});
