"""Seller portal: the seller's Seller API keys — list, create (the secret shown once) and revoke."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.apikeys import api_key_create, api_key_revoke
from marketdesk.accounts.models import ApiKey
from marketdesk.core.errors import DomainError
from marketdesk.web.access import current_actor, seller_required
from marketdesk.web.errors import raise_404_if_not_found


class ApiKeyForm(forms.Form):
    label = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=80,
        help_text=gettext_lazy("Where the key is used, e.g. “ERP connector” — so you know which one to revoke."),
    )


def _keys(actor: Actor) -> list[ApiKey]:
    return list(ApiKey.objects.filter(seller_id=actor.seller_id).select_related("created_by").order_by("-created_at"))


def _key_or_404(actor: Actor, pk: int) -> ApiKey:
    # Another seller's key does not exist for this seller (404, never 403).
    key = ApiKey.objects.filter(seller_id=actor.seller_id, pk=pk).first()
    if key is None:
        raise Http404(_("API key not found."))
    return key


def _api_base_url(request: HttpRequest) -> str:
    base = settings.SELLER_API_PUBLIC_BASE_URL or request.build_absolute_uri("/").rstrip("/")
    return base + "/v2"


def _render_list(request: HttpRequest, form: ApiKeyForm, status: int = 200) -> HttpResponse:
    context = {
        "nav": "apikeys",
        "keys": _keys(current_actor(request)),
        "form": form,
        "api_base_url": _api_base_url(request),
    }
    return render(request, "web/apikeys/list.html", context, status=status)


@seller_required
@require_GET
def apikey_list(request: HttpRequest) -> HttpResponse:
    return _render_list(request, ApiKeyForm())


@seller_required
@require_http_methods(["GET", "POST"])
@never_cache  # the answer to a POST holds the plain secret: no cache may keep it
def apikey_create(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("seller:apikey_list")
    actor = current_actor(request)
    form = ApiKeyForm(request.POST)
    if not form.is_valid():
        return _render_list(request, form, status=400)
    try:
        key, secret = api_key_create(actor=actor, seller_id=actor.seller_id or 0, label=form.cleaned_data["label"])
    except DomainError as error:
        raise_404_if_not_found(error)
        form.add_error("label" if error.field == "label" else None, error.message)
        return _render_list(request, form, status=422)
    # Rendered, not redirected: the secret is never stored in plain text, so this page is its only showing.
    context = {"nav": "apikeys", "key": key, "secret": secret, "api_base_url": _api_base_url(request)}
    return render(request, "web/apikeys/created.html", context)


@seller_required
@require_http_methods(["GET", "POST"])
def apikey_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    actor = current_actor(request)
    key = _key_or_404(actor, pk)
    if request.method == "POST":
        if key.revoked_at is None:
            try:
                api_key_revoke(actor=actor, key=key)
            except DomainError as error:
                raise_404_if_not_found(error)
                messages.error(request, error.message)
                return redirect("seller:apikey_list")
            messages.success(request, _("API key “%(label)s” revoked.") % {"label": key.label})
        else:
            messages.info(request, _("API key “%(label)s” was already revoked.") % {"label": key.label})
        return redirect(reverse("seller:apikey_list") + f"#key-{key.pk}")
    return render(request, "web/apikeys/revoke.html", {"nav": "apikeys", "key": key})
