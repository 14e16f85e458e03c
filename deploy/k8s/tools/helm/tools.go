//go:build tools

// Package tools pins the Helm version the chart checks (deploy/k8s/chart.test.ts) build and run.
package tools

import _ "helm.sh/helm/v3/cmd/helm"
