"""The Seller API under /v2, wire-compatible with the Kaufland Seller API v2 (HMAC auth, envelopes, problems)."""
