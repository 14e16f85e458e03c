"""Schemathesis hooks for the REST fuzzing (e2e/support/fuzz/schemathesis.ts loads this file).

The public acceptance check (`POST /public/acceptances/{acceptanceId}/verify`) takes the raw bytes of
a PDF: schemathesis has no serializer for application/pdf, so the generated value is sent as raw
bytes, as it would send application/octet-stream.
"""

import schemathesis

schemathesis.serializer.alias("application/pdf", "application/octet-stream")
