"""The portal's LocaleMiddleware chooses the language and writes the headers Django's own does, for every way a
visitor states a language, on addresses that begin like a language code or do not."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.test import RequestFactory
from django.urls import path
from django.utils import translation

from marketdesk.core.locale import LocaleMiddleware

PATHS = ["/seller/tickets/", "/de/seller/tickets/", "/", "/v2/tickets", "/en-gb/", "/zz/"]
ASKED = [
    {},
    {"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9,en;q=0.5"},
    {"HTTP_ACCEPT_LANGUAGE": "ja,fr;q=0.8"},
    {"HTTP_ACCEPT_LANGUAGE": "en-US"},
    {"HTTP_COOKIE": f"{settings.LANGUAGE_COOKIE_NAME}=de"},
    {"HTTP_COOKIE": f"{settings.LANGUAGE_COOKIE_NAME}=xx", "HTTP_ACCEPT_LANGUAGE": "de"},
]


def _through(middleware: type[DjangoLocaleMiddleware], address: str, headers: dict[str, str], status: int) -> tuple:
    def view(request: HttpRequest) -> HttpResponse:
        return HttpResponse(status=status)

    request = RequestFactory().get(address, **headers)
    with translation.override(None):
        response = middleware(view)(request)
        return request.LANGUAGE_CODE, response.status_code, response.get("Vary"), response.get("Content-Language")


@pytest.mark.parametrize("status", [200, 404])
@pytest.mark.parametrize("address", PATHS)
def test_the_same_language_and_headers_as_djangos(address: str, status: int) -> None:
    for headers in ASKED:
        ours = _through(LocaleMiddleware, address, headers, status)
        assert ours == _through(DjangoLocaleMiddleware, address, headers, status), (address, headers)
        assert ours[0] in {code for code, _name in settings.LANGUAGES}


def test_a_cookie_and_a_header_choose_the_language() -> None:
    assert _through(LocaleMiddleware, "/seller/", {"HTTP_COOKIE": "django_language=de"}, 200)[0] == "de"
    assert _through(LocaleMiddleware, "/seller/", {"HTTP_ACCEPT_LANGUAGE": "de"}, 200)[0] == "de"
    assert _through(LocaleMiddleware, "/seller/", {"HTTP_ACCEPT_LANGUAGE": "fr"}, 200) == (
        "en",
        200,
        "Accept-Language",
        "en",
    )


def _home(request: HttpRequest) -> HttpResponse:
    return HttpResponse("home")


urlpatterns = i18n_patterns(path("home/", _home), prefix_default_language=True)


def test_with_language_prefixed_addresses_it_is_djangos() -> None:
    """A URLconf with i18n_patterns (none of the portal's has them): the language in the address counts, and a
    missing one redirects, as Django does it."""
    for address, status in [("/de/home/", 200), ("/home/", 404)]:
        for middleware in (LocaleMiddleware, DjangoLocaleMiddleware):
            request = RequestFactory().get(address)
            request.urlconf = __name__  # type: ignore[attr-defined]
            with translation.override(None):
                response = middleware(lambda r, status=status: HttpResponse(status=status))(request)
            if address == "/de/home/":
                assert request.LANGUAGE_CODE == "de"
            else:
                assert response.status_code == 302 and response["Location"] == "/en/home/"
