{{/*
The platform's topology, owned by the chart rather than the values: which components exist, what each
listens on (the ports of deploy/local/services.json), who calls it and what it needs. Every template
loops over this catalogue, so a component is added in one place.
  kind      grpc (a service), http (the gateway) or web (nginx serving the web app)
  partnerPort  the gateway's second port: the public partner gRPC API (docs/partner-api.md)
  callers   components allowed to connect to it (NetworkPolicy ingress)
  calls     services it calls over gRPC (<NAME>_GRPC_ADDRESS variables and NetworkPolicy egress)
  uses      external dependencies: mongo, kafka, keycloak, smtp, s3
*/}}
{{- define "client-portal.catalogue" -}}
identity:
  kind: grpc
  port: 17051
  callers: [gateway, notification]
  calls: []
  uses: [mongo, kafka, keycloak]
crm:
  kind: grpc
  port: 17052
  callers: [gateway]
  calls: []
  uses: [mongo, kafka]
portal:
  kind: grpc
  port: 17053
  callers: [gateway]
  calls: []
  uses: [mongo, kafka, s3]
billing:
  kind: grpc
  port: 17054
  callers: [gateway]
  calls: []
  uses: [mongo, kafka]
messaging:
  kind: grpc
  port: 17055
  callers: [gateway]
  calls: []
  uses: [mongo, kafka, s3]
notification:
  kind: grpc
  port: 17056
  callers: [gateway]
  calls: [identity]
  uses: [mongo, kafka, smtp, webhooks]
gateway:
  kind: http
  port: 8080
  partnerPort: 17070
  callers: []
  calls: [identity, crm, portal, billing, messaging, notification]
  uses: [kafka, keycloak]
web:
  kind: web
  port: 8080
  callers: []
  calls: []
  uses: []
{{- end }}

{{/* The components in a stable order: services first (identity before its callers), then gateway and web. */}}
{{- define "client-portal.componentNames" -}}
[identity, crm, portal, billing, messaging, notification, gateway, web]
{{- end }}

{{- define "client-portal.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "client-portal.fullname" -}}
{{- if contains .Chart.Name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/* A component's object name. Expects (dict "root" $ "name" <component>). */}}
{{- define "client-portal.componentFullname" -}}
{{- printf "%s-%s" (include "client-portal.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "client-portal.selectorLabels" -}}
app.kubernetes.io/name: {{ include "client-portal.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{- define "client-portal.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "client-portal.selectorLabels" . }}
app.kubernetes.io/part-of: client-portal
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{/* Labels of the chart's objects that belong to no single component (ConfigMap, Ingress). */}}
{{- define "client-portal.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "client-portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: client-portal
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* A component's values: the services' entries under .Values.services, the web app's under .Values.web. */}}
{{- define "client-portal.ownValues" -}}
{{- if eq .name "web" }}
{{- toYaml (.root.Values.web | default dict) }}
{{- else }}
{{- toYaml (get .root.Values.services .name | default dict) }}
{{- end }}
{{- end }}

{{/*
A component's effective settings: its own values over .Values.defaults. Merged by hand, key by key,
because sprig's merge functions never let a false or 0 override a default (autoscaling.enabled: false
would be ignored). autoscaling and podDisruptionBudget merge one level deep; anything else is replaced.
*/}}
{{- define "client-portal.settings" -}}
{{- $own := include "client-portal.ownValues" . | fromYaml -}}
{{- $out := deepCopy .root.Values.defaults -}}
{{- range $key, $value := $own }}
{{- if and (has $key (list "autoscaling" "podDisruptionBudget")) (kindIs "map" $value) }}
{{- $merged := deepCopy (get $out $key | default dict) }}
{{- if and (eq $key "podDisruptionBudget") (or (hasKey $value "minAvailable") (hasKey $value "maxUnavailable")) }}
{{- $_ := unset $merged "minAvailable" }}
{{- $_ := unset $merged "maxUnavailable" }}
{{- end }}
{{- range $k, $v := $value }}
{{- $_ := set $merged $k $v }}
{{- end }}
{{- $_ := set $out $key $merged }}
{{- else }}
{{- $_ := set $out $key $value }}
{{- end }}
{{- end }}
{{- toYaml $out }}
{{- end }}

{{/* A component's image: its own image value (Skaffold sets those), else <registry>/<name>:<tag>. */}}
{{- define "client-portal.image" -}}
{{- $own := include "client-portal.ownValues" . | fromYaml -}}
{{- if $own.image }}
{{- $own.image }}
{{- else }}
{{- printf "%s/%s:%s" (trimSuffix "/" .root.Values.image.registry) .name (.root.Values.image.tag | default .root.Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/* Where the gateway reads the partner API's certificate (partnerApi.tls.secretName, a kubernetes.io/tls Secret). */}}
{{- define "client-portal.partnerTlsPath" -}}
/etc/client-portal/partner-tls
{{- end }}

{{- define "client-portal.webUrl" -}}
{{- if .Values.webUrl }}
{{- .Values.webUrl }}
{{- else }}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) (required "ingress.domain or webUrl is required" .Values.ingress.domain) }}
{{- end }}
{{- end }}

{{/* Fails when a setting has neither value nor secretKeyRef. Expects (dict "key" PATH "setting" <setting>). */}}
{{- define "client-portal.oneSetting" -}}
{{- if not (or .setting.value .setting.secretKeyRef) }}
{{- fail (printf "%s: set value or secretKeyRef" .key) }}
{{- end }}
{{- end }}

{{/*
A component's environment: exactly the variables its config schema (services/<name>/src/config.ts)
declares, then its own env and secretEnv, which override the chart's by name. POD_NAME comes first so
$(POD_NAME) expands in the variables after it.
*/}}
{{- define "client-portal.env" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $entry := get (include "client-portal.catalogue" $root | fromYaml) $name -}}
{{- $settings := include "client-portal.settings" . | fromYaml -}}
{{- $values := $root.Values -}}
{{- $plain := dict -}}
{{- $secret := dict -}}
{{- if ne $entry.kind "web" }}
{{- $_ := set $plain "LOG_LEVEL" ($settings.logLevel | default $values.logLevel) }}
{{- /* Observability (docs/operations.md): the metrics port, and traces when a collector is named. */}}
{{- $_ := set $plain "METRICS_PORT" (toString $values.metrics.port) }}
{{- /* Empty: no exporter (the services read an empty variable as unset). */}}
{{- $_ := set $plain "OTEL_EXPORTER_OTLP_ENDPOINT" ($values.tracing.otlpEndpoint | default "") }}
{{- $_ := set $plain "OTEL_TRACES_SAMPLE_RATIO" (toString $values.tracing.sampleRatio) }}
{{- end }}
{{- if eq $entry.kind "grpc" }}
{{- $_ := set $plain "GRPC_HOST" "0.0.0.0" }}
{{- $_ := set $plain "GRPC_PORT" (toString $entry.port) }}
{{- $_ := set $plain "GRPC_REFLECTION" (toString (($values.grpc | default dict).reflection | default false)) }}
{{- /* How long a pod waits for MongoDB, Kafka and its topics at start-up before it exits (and restarts). */}}
{{- $_ := set $plain "STARTUP_WAIT_SECONDS" (toString (($values.startup | default dict).waitSeconds | default 120)) }}
{{- /* Every service verifies the signed principal of its calls with the issuers' public keys. */}}
{{- $publicKeys := $values.principalKeys.publicKeys }}
{{- include "client-portal.oneSetting" (dict "key" "principalKeys.publicKeys" "setting" $publicKeys) }}
{{- if $publicKeys.value }}
{{- $_ := set $plain "PRINCIPAL_PUBLIC_KEYS" $publicKeys.value }}
{{- else }}
{{- $_ := set $secret "PRINCIPAL_PUBLIC_KEYS" $publicKeys.secretKeyRef }}
{{- end }}
{{- end }}
{{- if $entry.calls }}
{{- /* A component that calls services signs the principal of its calls with its own private key. */}}
{{- $signingKey := get $values.principalKeys.signingKeys $name | default dict }}
{{- if not $signingKey.secretKeyRef }}
{{- fail (printf "principalKeys.signingKeys.%s.secretKeyRef is required: %s calls other services" $name $name) }}
{{- end }}
{{- $_ := set $secret "PRINCIPAL_SIGNING_KEY" $signingKey.secretKeyRef }}
{{- end }}
{{- if eq $entry.kind "http" }}
{{- $_ := set $plain "HTTP_HOST" "0.0.0.0" }}
{{- $_ := set $plain "HTTP_PORT" (toString $entry.port) }}
{{- end }}
{{- if $entry.partnerPort }}
{{- /* The public partner gRPC API on its own port; TLS from the mounted Secret (client-portal.partnerTlsPath). */}}
{{- $partner := $values.partnerApi | default dict }}
{{- $_ := set $plain "PARTNER_GRPC_HOST" "0.0.0.0" }}
{{- $_ := set $plain "PARTNER_GRPC_PORT" (toString $entry.partnerPort) }}
{{- $_ := set $plain "PARTNER_AUDIENCE" ($partner.audience | default "client-portal-partner-api") }}
{{- $_ := set $plain "PARTNER_REFLECTION" (toString (ne $partner.reflection false)) }}
{{- $tlsSecret := ($partner.tls | default dict).secretName | default "" }}
{{- $_ := set $plain "PARTNER_TLS_CERT_FILE" (ternary (printf "%s/tls.crt" (include "client-portal.partnerTlsPath" $root)) "" (ne $tlsSecret "")) }}
{{- $_ := set $plain "PARTNER_TLS_KEY_FILE" (ternary (printf "%s/tls.key" (include "client-portal.partnerTlsPath" $root)) "" (ne $tlsSecret "")) }}
{{- end }}
{{- if has "mongo" $entry.uses }}
{{- $mongo := $settings.mongo | default dict }}
{{- $uri := $mongo.uri | default $values.mongo.uri }}
{{- include "client-portal.oneSetting" (dict "key" (ternary (printf "services.%s.mongo.uri" $name) "mongo.uri" (hasKey $mongo "uri")) "setting" $uri) }}
{{- /* A credential-free value (the schema rejects user:password in it) wins over the Secret reference. */}}
{{- if $uri.value }}
{{- $_ := set $plain "MONGO_URL" $uri.value }}
{{- else }}
{{- $_ := set $secret "MONGO_URL" $uri.secretKeyRef }}
{{- end }}
{{- $_ := set $plain "MONGO_DATABASE" ($mongo.database | default $name) }}
{{- end }}
{{- if has "kafka" $entry.uses }}
{{- $_ := set $plain "KAFKA_BROKERS" $values.kafka.brokers }}
{{- $_ := set $plain "KAFKA_TOPIC_PREFIX" ($values.kafka.topicPrefix | default "") }}
{{- if ne $entry.kind "http" }}
{{- $_ := set $plain "KAFKA_CREATE_TOPICS" (toString (ne $values.kafka.createTopics false)) }}
{{- end }}
{{- if eq $entry.kind "http" }}
{{- /* Each gateway replica must see every live event: one consumer group per pod. */}}
{{- $_ := set $plain "KAFKA_CONSUMER_GROUP" (printf "%s%s-$(POD_NAME)" ($values.kafka.consumerGroupPrefix | default "") $name) }}
{{- else }}
{{- $_ := set $plain "KAFKA_CONSUMER_GROUP" (printf "%s%s" ($values.kafka.consumerGroupPrefix | default "") $name) }}
{{- end }}
{{- end }}
{{- if has "keycloak" $entry.uses }}
{{- $_ := set $plain "KEYCLOAK_URL" $values.keycloak.url }}
{{- $_ := set $plain "KEYCLOAK_REALM" $values.keycloak.realm }}
{{- if eq $entry.kind "http" }}
{{- $_ := set $plain "KEYCLOAK_GATEWAY_CLIENT_ID" $values.keycloak.gatewayClientId }}
{{- $_ := set $plain "KEYCLOAK_WEB_CLIENT_ID" $values.keycloak.webClientId }}
{{- /* Tenants' sub-domains (<label>.<ingress domain>) name their portal: the gateway reads the Host. */}}
{{- $_ := set $plain "PORTAL_DOMAIN" (ternary $values.ingress.domain "" (ne $values.ingress.tenantSubdomains false)) }}
{{- /* The web app's CSP lets it reach the object store its presigned URLs point at (docs/security.md). */}}
{{- $_ := set $plain "WEB_CONNECT_ORIGINS" (include "client-portal.objectStorePublicUrl" $root) }}
{{- else }}
{{- $_ := set $plain "KEYCLOAK_CLIENT_ID" $values.keycloak.identityClientId }}
{{- /* identity: Keycloak's own password-reset e-mail brings the person back to the web app's client. */}}
{{- $_ := set $plain "KEYCLOAK_WEB_CLIENT_ID" $values.keycloak.webClientId }}
{{- $_ := set $secret "KEYCLOAK_CLIENT_SECRET" $values.keycloak.identityClientSecret.secretKeyRef }}
{{- $_ := set $plain "WEB_URL" (include "client-portal.webUrl" $root) }}
{{- end }}
{{- end }}
{{- if has "smtp" $entry.uses }}
{{- include "client-portal.oneSetting" (dict "key" "smtp.url" "setting" $values.smtp.url) }}
{{- if $values.smtp.url.value }}
{{- $_ := set $plain "SMTP_URL" $values.smtp.url.value }}
{{- else }}
{{- $_ := set $secret "SMTP_URL" $values.smtp.url.secretKeyRef }}
{{- end }}
{{- $_ := set $plain "MAIL_FROM" $values.smtp.from }}
{{- $_ := set $plain "WEB_URL" (include "client-portal.webUrl" $root) }}
{{- end }}
{{- if has "s3" $entry.uses }}
{{- $storage := $values.objectStorage }}
{{- $_ := set $plain "S3_URL" $storage.endpoint }}
{{- $_ := set $plain "S3_PUBLIC_URL" (include "client-portal.objectStorePublicUrl" $root) }}
{{- $_ := set $plain "S3_REGION" $storage.region }}
{{- $_ := set $plain "S3_BUCKET" $storage.bucket }}
{{- $_ := set $secret "S3_ACCESS_KEY" $storage.accessKey.secretKeyRef }}
{{- $_ := set $secret "S3_SECRET_KEY" $storage.secretKey.secretKeyRef }}
{{- end }}
{{- range $callee := $entry.calls }}
{{- $port := (get (include "client-portal.catalogue" $root | fromYaml) $callee).port }}
{{- $_ := set $plain (printf "%s_GRPC_ADDRESS" (upper $callee)) (printf "%s:%v" (include "client-portal.componentFullname" (dict "root" $root "name" $callee)) $port) }}
{{- end }}
{{- range $key, $value := ($settings.env | default dict) }}
{{- $_ := unset $secret $key }}
{{- $_ := set $plain $key $value }}
{{- end }}
{{- range $key, $ref := ($settings.secretEnv | default dict) }}
{{- $_ := unset $plain $key }}
{{- $_ := set $secret $key $ref }}
{{- end }}
{{- if ne $entry.kind "web" }}
- name: POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
{{- end }}
{{- range $key := keys $plain | sortAlpha }}
- name: {{ $key }}
  value: {{ get $plain $key | quote }}
{{- end }}
{{- range $key := keys $secret | sortAlpha }}
{{- $ref := get $secret $key }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.name }}
      key: {{ $ref.key }}
{{- end }}
{{- end }}

{{/* Where browsers reach the object store (S3_PUBLIC_URL): the public endpoint, else the endpoint. */}}
{{- define "client-portal.objectStorePublicUrl" -}}
{{- .Values.objectStorage.publicEndpoint | default .Values.objectStorage.endpoint }}
{{- end }}

{{/* scheme://host[:port] of a URL, as a CSP source. */}}
{{- define "client-portal.origin" -}}
{{- $url := urlParse . }}
{{- printf "%s://%s" $url.scheme $url.host }}
{{- end }}

{{/*
The web app's Content-Security-Policy: the same directives as the gateway's webContentSecurityPolicy
(services/gateway/src/http/security-headers.ts, which explains each); deploy/k8s/chart.test.ts checks
that both agree for the rendered origins.
*/}}
{{- define "client-portal.webContentSecurityPolicy" -}}
{{- $keycloak := include "client-portal.origin" .Values.keycloak.url }}
{{- $store := include "client-portal.origin" (include "client-portal.objectStorePublicUrl" .) }}
{{- $connect := list "'self'" $keycloak $store | uniq | join " " }}
{{- list "default-src 'self'" "script-src 'self'" "style-src 'self' 'unsafe-inline'" "img-src 'self' data: blob: https:" "font-src 'self' data:" (printf "connect-src %s" $connect) "frame-src 'self' https:" "object-src 'none'" "base-uri 'self'" (printf "form-action 'self' %s" $keycloak) "frame-ancestors 'none'" | join "; " }}
{{- end }}

{{/* HSTS's max-age for the web app: the gateway's HSTS_MAX_AGE_SECONDS (0: no header). */}}
{{- define "client-portal.hstsMaxAge" -}}
{{- $gateway := (.Values.services | default dict).gateway | default dict }}
{{- ($gateway.env | default dict).HSTS_MAX_AGE_SECONDS | default "31536000" }}
{{- end }}
