"""Callback URLs we may call: http(s) to public addresses only, checked on subscribe and again before each delivery."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

MAX_URL = 2048

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class CallbackRefused(Exception):
    """The URL must not be called; the message says why in words a seller understands."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Target:
    url: str
    host: str
    port: int
    addresses: tuple[str, ...]  # empty when private addresses are allowed and nothing was resolved


def is_public(address: IpAddress) -> bool:
    """False for loopback, private, link-local, multicast, reserved, unspecified and other non-global ranges."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is not None and not is_public(embedded):
            return False
    return not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def parse(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL, or CallbackRefused."""
    if not isinstance(url, str) or not url.strip():
        raise CallbackRefused(_("Enter the URL we should call."))
    if len(url) > MAX_URL:
        raise CallbackRefused(_("The URL is longer than %(max)d characters.") % {"max": MAX_URL})
    if any(char.isspace() or ord(char) < 32 for char in url):
        raise CallbackRefused(_("The URL must not contain spaces or control characters."))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise CallbackRefused(_("The URL must start with https:// or http://."))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise CallbackRefused(_("The URL has an invalid port.")) from None
    if parts.username is not None or parts.password is not None:
        # Credentials in the URL would show in the delivery log; receivers check the signature instead.
        raise CallbackRefused(_("The URL must not contain a user name or password."))
    host = parts.hostname or ""
    if not host:
        raise CallbackRefused(_("The URL has no host name."))
    return parts.scheme, host, port


def resolve(host: str, port: int) -> list[IpAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError):
        raise CallbackRefused(_("The host name %(host)s cannot be resolved.") % {"host": host}) from None
    # sockaddr[0] of IPv6 may carry a zone ("fe80::1%eth0"); the zone does not change what the address is.
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found))


def check(url: str) -> Target:
    """The URL and the addresses it may be called at; refused if ANY address of the host is not public."""
    _scheme, host, port = parse(url)
    if settings.MARKETDESK_WEBHOOK_ALLOW_PRIVATE:
        return Target(url=url, host=host, port=port, addresses=())
    addresses = resolve(host, port)
    if not addresses:
        raise CallbackRefused(_("The host name %(host)s cannot be resolved.") % {"host": host})
    for address in addresses:
        if not is_public(address):
            raise CallbackRefused(
                _("%(host)s points at %(address)s, which is not a public internet address.")
                % {"host": host, "address": address}
            )
    return Target(url=url, host=host, port=port, addresses=tuple(str(a) for a in addresses))
