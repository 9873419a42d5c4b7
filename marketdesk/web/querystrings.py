"""Query strings of a page's own links: the request's query without some of its keys (the page, a sort)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import QueryDict


def query_without(query: QueryDict, *keys: str) -> str:
    """What `query.copy()`, `pop(key)` for each key and `urlencode()` write, without the copy: QueryDict.copy() is a
    deep copy of every list of values, made twice for each list page (a test holds the two together)."""
    return urlencode([(key, value) for key, values in query.lists() if key not in keys for value in values])
