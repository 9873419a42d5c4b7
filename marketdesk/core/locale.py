"""The language of each request: Django's LocaleMiddleware for a site whose addresses carry no language.

Django's middleware looks for a language code at the start of the address twice per request even where no URL has
one (no i18n_patterns): "/seller/…" starts like a code, so each look raised and caught an exception, a twentieth of
the time of a page that opens a ticket by its number. Without i18n_patterns this does what Django's does without the
look (a test compares the two); with them, it is Django's.
"""

from __future__ import annotations

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.http import HttpRequest, HttpResponseBase
from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers


def _patterns_used(request: HttpRequest) -> bool:
    return is_language_prefix_patterns_used(getattr(request, "urlconf", settings.ROOT_URLCONF))[0]


class LocaleMiddleware(locale.LocaleMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        if _patterns_used(request):
            super().process_request(request)
            return
        translation.activate(translation.get_language_from_request(request))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if _patterns_used(request):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
