// Command strict-decode decodes Kubernetes manifests (a YAML stream on stdin) with the API's own Go
// types in strict mode, as the API server's field validation does, and prints one JSON result per
// document. kubernetes-models (the chart test's schema validation) accepts unknown fields; a misspelt
// field would silently do nothing in a cluster, so this catches it offline.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"k8s.io/apimachinery/pkg/runtime/serializer"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/kubernetes/scheme"
)

type result struct {
	Kind  string `json:"kind"`
	Name  string `json:"name"`
	Error string `json:"error,omitempty"`
}

// meaningful reports whether a document has more than comments and blank lines.
func meaningful(document []byte) bool {
	for _, line := range bytes.Split(document, []byte("\n")) {
		trimmed := bytes.TrimSpace(line)
		if len(trimmed) > 0 && trimmed[0] != '#' && !bytes.Equal(trimmed, []byte("---")) {
			return true
		}
	}
	return false
}

func main() {
	decoder := serializer.NewCodecFactory(scheme.Scheme, serializer.EnableStrict).UniversalDeserializer()
	reader := utilyaml.NewYAMLReader(bufio.NewReader(os.Stdin))
	results := []result{}
	for {
		document, err := reader.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if !meaningful(document) {
			continue
		}
		object, kind, err := decoder.Decode(document, nil, nil)
		entry := result{}
		if kind != nil {
			entry.Kind = kind.Kind
		}
		if named, ok := object.(interface{ GetName() string }); ok && object != nil {
			entry.Name = named.GetName()
		}
		if err != nil {
			entry.Error = err.Error()
		}
		results = append(results, entry)
	}
	if err := json.NewEncoder(os.Stdout).Encode(results); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
