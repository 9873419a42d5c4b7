"""query_without writes what Django's QueryDict writes after a copy and pops, for any query a browser sends."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from marketdesk.web.querystrings import query_without

QUERIES = [
    "",
    "page=2",
    "q=hoffmann",
    "q=00112345678&page=4",
    "tab=open&topic=order_product_defect&created_from=2026-11-06&created_to=2026-12-05&sort=deadline&page=3",
    "q=Gr%C3%BC%C3%9Fe+aus+K%C3%B6ln&tab=closed",  # non-ASCII and spaces
    "q=a%26b%3Dc%2Bd%25&page=1",  # & = + % inside a value
    "storefront=de&storefront=cz&page=2",  # a key given twice keeps both values in order
    "q=&sort=&page=",  # empty values stay
    "sort=rate&dir=desc&period=custom&date_from=2026-01-01",
]


def _djangos(query: QueryDict, *keys: str) -> str:
    kept = query.copy()
    for key in keys:
        kept.pop(key, None)
    return kept.urlencode()


@pytest.mark.parametrize("raw", QUERIES)
@pytest.mark.parametrize("keys", [(), ("page",), ("tab", "page"), ("sort", "dir"), ("q",)])
def test_the_query_without_keys_is_what_django_writes(raw: str, keys: tuple[str, ...]) -> None:
    query = QueryDict(raw)
    assert query_without(query, *keys) == _djangos(query, *keys)
    assert query.urlencode() == QueryDict(raw).urlencode()  # the request's own query is left as it was
