"""Every response carries Server-Timing with the application's own time, whatever answered it."""

from __future__ import annotations

import re

import pytest
from django.test import Client

SERVER_TIMING = re.compile(r"^app;dur=(\d+\.\d{2})$")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/login/", 200),
        ("/seller/tickets/", 302),  # the login redirect comes from a decorator inside the view
        ("/v2/tickets", 401),  # the Seller API's own error body
        ("/no-such-page/", 404),
    ],
)
def test_server_timing_on_every_response(client: Client, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    match = SERVER_TIMING.match(response["Server-Timing"])
    assert match is not None, response["Server-Timing"]
    assert 0 <= float(match.group(1)) < 10_000
