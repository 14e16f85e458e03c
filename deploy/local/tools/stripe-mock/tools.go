//go:build tools

// Package tools pins the stripe-mock version the local infrastructure builds.
package tools

import _ "github.com/stripe/stripe-mock"
