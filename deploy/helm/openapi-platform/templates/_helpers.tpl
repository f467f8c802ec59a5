{{/* The six applications, in the order they are rendered. */}}
{{- define "platform.serviceNames" -}}
gateway key-issuance-service vehicle-consent-service public-service-catalog driver-insurance-service charging-platform-service
{{- end -}}

{{- define "platform.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Name of one component's objects: <fullname>-<component>. Call with (list $ "gateway"). */}}
{{- define "platform.componentName" -}}
{{- printf "%s-%s" (include "platform.fullname" (index . 0)) (index . 1) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "platform.labels" -}}
{{- $root := index . 0 -}}
helm.sh/chart: {{ printf "%s-%s" $root.Chart.Name $root.Chart.Version | replace "+" "_" }}
app.kubernetes.io/managed-by: {{ $root.Release.Service }}
app.kubernetes.io/part-of: openapi-platform
app.kubernetes.io/version: {{ $root.Chart.AppVersion | quote }}
{{ include "platform.selectorLabels" . }}
{{- end -}}

{{- define "platform.selectorLabels" -}}
app.kubernetes.io/name: {{ index . 1 }}
app.kubernetes.io/instance: {{ (index . 0).Release.Name }}
{{- end -}}

{{- define "platform.image" -}}
{{- $root := index . 0 -}}
{{- $image := $root.Values.image -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.repository (index . 1) (default $root.Chart.AppVersion $image.tag) -}}
{{- end -}}

{{/* How many gateway pods may run at once: what the quota store must be shared by. */}}
{{- define "platform.gatewayMaxReplicas" -}}
{{- if .Values.gateway.autoscaling.enabled -}}
{{- .Values.gateway.autoscaling.maxReplicas -}}
{{- else -}}
{{- .Values.gateway.replicas -}}
{{- end -}}
{{- end -}}

{{- define "platform.redisEnabled" -}}
{{- if eq .Values.gateway.quotaStore "redis" -}}true{{- end -}}
{{- end -}}

{{/* The configuration mistakes the chart refuses, each with what to do instead. */}}
{{- define "platform.validate" -}}
{{- if and (gt (int (include "platform.gatewayMaxReplicas" .)) 1) (ne .Values.gateway.quotaStore "redis") -}}
{{- fail "gateway: more than one replica (gateway.replicas or gateway.autoscaling) needs gateway.quotaStore=redis: with the local store every replica would count its own quota, and a key would get replicas x its daily quota" -}}
{{- end -}}
{{- if and (include "platform.redisEnabled" .) (not .Values.redis.inCluster) (not .Values.redis.external.url) -}}
{{- fail "redis: gateway.quotaStore=redis with redis.inCluster=false needs redis.external.url (redis://host:6379)" -}}
{{- end -}}
{{- if and (not .Values.postgresql.inCluster) (not .Values.postgresql.external.host) -}}
{{- fail "postgresql: postgresql.inCluster=false needs postgresql.external.host" -}}
{{- end -}}
{{- if and (not .Values.postgresql.inCluster) (not .Values.postgresql.existingSecret) -}}
{{- fail "postgresql: an external server needs postgresql.existingSecret with the key <service>-password of each service's role" -}}
{{- end -}}
{{- if and .Values.ingress.tls.enabled (not .Values.ingress.tls.secretName) -}}
{{- fail "ingress: ingress.tls.enabled needs ingress.tls.secretName" -}}
{{- end -}}
{{- end -}}

{{/*
A value kept in an existing Secret of the release, or a new one: generated secrets are made once and then read back
on every upgrade (lookup), so an upgrade never changes a password or key. Call with (list $ secretName key newValue).
Without a cluster (helm template) lookup finds nothing and a fresh value is generated.
*/}}
{{- define "platform.keptSecretValue" -}}
{{- $root := index . 0 -}}
{{- $existing := lookup "v1" "Secret" $root.Release.Namespace (index . 1) -}}
{{- include "platform.refuseRegenerating" (list $root (index . 1) $existing) -}}
{{- if and $existing (hasKey $existing.data (index . 2)) -}}
{{- index $existing.data (index . 2) -}}
{{- else -}}
{{- index . 3 | b64enc -}}
{{- end -}}
{{- end -}}

{{/*
Fails instead of generating a secret anew for a release that is already installed (its ServiceAccount exists) but
whose generated Secret is missing: new database passwords would not match the database's roles, and a new
personal-data key would make the stored personal data unreadable. Call with (list $ secretName existingSecret).
Tools that render without reading the cluster (helm template, Argo CD, Flux) cannot see either: use existingSecret
values with them (README).
*/}}
{{- define "platform.refuseRegenerating" -}}
{{- $root := index . 0 -}}
{{- if not (index . 2) -}}
{{- if lookup "v1" "ServiceAccount" $root.Release.Namespace (include "platform.componentName" (list $root "services")) -}}
{{- fail (printf "Secret %s of the installed release %s is missing: restore it (it is kept on uninstall) or name your own in values; a new one would lock the services out of their data" (index . 1) $root.Release.Name) -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "platform.jwtSecretName" -}}
{{- default (include "platform.componentName" (list . "jwt")) .Values.jwt.existingSecret -}}
{{- end -}}
{{- define "platform.personalDataSecretName" -}}
{{- default (include "platform.componentName" (list . "personal-data")) .Values.personalData.existingSecret -}}
{{- end -}}
{{- define "platform.postgresqlSecretName" -}}
{{- default (include "platform.componentName" (list . "postgresql")) .Values.postgresql.existingSecret -}}
{{- end -}}
{{- define "platform.redisSecretName" -}}
{{- default (include "platform.componentName" (list . "redis")) .Values.redis.existingSecret -}}
{{- end -}}
{{- define "platform.portalAdminSecretName" -}}
{{- default (include "platform.componentName" (list . "portal-admin")) .Values.portalAdmin.existingSecret -}}
{{- end -}}

{{- define "platform.postgresqlHost" -}}
{{- if .Values.postgresql.inCluster -}}
{{- include "platform.componentName" (list . "postgresql") -}}
{{- else -}}
{{- .Values.postgresql.external.host -}}
{{- end -}}
{{- end -}}

{{- define "platform.redisUrl" -}}
{{- if .Values.redis.inCluster -}}
{{- printf "redis://%s:6379" (include "platform.componentName" (list . "redis")) -}}
{{- else -}}
{{- .Values.redis.external.url -}}
{{- end -}}
{{- end -}}

{{/* The pod and container security settings every workload of the chart runs with. */}}
{{- define "platform.podSecurityContext" -}}
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- end -}}
{{- define "platform.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
{{- end -}}
