//go:build tools

// Package tools pins the Mailpit version the local infrastructure builds.
package tools

import _ "github.com/axllent/mailpit"
