"""Template context for every page: the links of the top bar, reversed once per process rather than on each page."""

from __future__ import annotations

import functools

from django.http import HttpRequest
from django.urls import get_script_prefix, reverse

_TOP_BAR = (
    *("home", "set_language", "logout", "admin:index"),
    *("seller:tickets", "seller:textmodule_list", "seller:apikey_list", "seller:webhook_log"),
    *("seller:notifications", "seller:performance", "buyer:orders", "buyer:tickets", "buyer:notifications"),
    *("cs:queue", "cs:policy_cases", "cs:find", "cs:performance"),
)


def links(request: HttpRequest) -> dict[str, dict[str, str]]:
    """`top_bar.seller_tickets` is `{% url 'seller:tickets' %}`."""
    return {"top_bar": _top_bar(get_script_prefix())}


@functools.lru_cache(maxsize=8)
def _top_bar(script_prefix: str) -> dict[str, str]:
    return {name.replace(":", "_"): reverse(name) for name in _TOP_BAR}
