"""The Seller API request signature: HMAC-SHA256 over METHOD, full URL, body and timestamp (pure)."""

from __future__ import annotations

import base64
import hashlib
import hmac


def string_to_sign(method: str, url: str, body: str, timestamp: str) -> str:
    return f"{method.upper()}\n{url}\n{body}\n{timestamp}"


def sign(secret: str, method: str, url: str, body: str, timestamp: str) -> str:
    """Lowercase hex, as every official example and the test vector use; the secret is used as-is."""
    message = string_to_sign(method, url, body, timestamp).encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def matches(secret: str, method: str, url: str, body: str, timestamp: str, signature: str) -> bool:
    """Hex (either case) or base64 of the same digest; compared in constant time."""
    digest = bytes.fromhex(sign(secret, method, url, body, timestamp))
    candidates = [digest.hex(), base64.b64encode(digest).decode()]
    given = signature.strip()
    return any(
        hmac.compare_digest(given.lower() if i == 0 else given, candidate) for i, candidate in enumerate(candidates)
    )
