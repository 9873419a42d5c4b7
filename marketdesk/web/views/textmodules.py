"""Seller portal: text modules per storefront and language — list, editor with live preview, delete."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from marketdesk.accounts.access import text_module_for, text_modules_visible_to
from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import DomainError, NotFound
from marketdesk.textmodules import services
from marketdesk.textmodules.models import TextModule
from marketdesk.textmodules.placeholders import PLACEHOLDERS, unknown_placeholders
from marketdesk.textmodules.placeholders import render as render_placeholders
from marketdesk.textmodules.selectors import seller_values
from marketdesk.web.access import current_actor, current_user, seller_required
from marketdesk.web.errors import raise_404_if_not_found
from marketdesk.web.forms_textmodules import PreviewForm, TextModuleFilterForm, TextModuleForm

# Ticket-specific values for the preview; the seller's own values (name, return address, label link)
# come from their account so the preview shows what buyers will really read.
SAMPLE_TICKET_VALUES: dict[str, str] = {
    "buyer_name": "Anna Becker",
    "buyer_first_name": "Anna",
    "order_number": "MB7UWLD",
    "ticket_number": "00110123123",
    "item_title": "Bluetooth-Kopfhörer X200",
}


def _token(name: str) -> str:
    # Built here, not in the template, where "{{" would start a variable.
    return "{{" + name + "}}"


def _module_or_404(actor: Actor, pk: int) -> TextModule:
    try:
        return text_module_for(actor, pk)
    except NotFound as error:
        raise_404_if_not_found(error)
        raise  # unreachable: NotFound always becomes a 404


def _sample_values(request: HttpRequest, storefront: str) -> dict[str, str]:
    return {**SAMPLE_TICKET_VALUES, **seller_values(current_user(request).seller_account, storefront or "de")}


def _preview(request: HttpRequest, body: str, storefront: str) -> dict[str, Any]:
    """The body as a buyer would read it, with unknown placeholders and empty account values called out."""
    unknown = unknown_placeholders(body)
    rendered = render_placeholders(body, _sample_values(request, storefront))
    return {
        "preview_text": rendered.text,
        "preview_unknown": [_token(name) for name in unknown],
        # Known placeholders the seller's account has no value for (unknown ones are reported above).
        "preview_empty": [_token(name) for name in rendered.missing if name not in unknown],
    }


@seller_required
@require_GET
def textmodule_list(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    filters = TextModuleFilterForm(request.GET)
    modules = text_modules_visible_to(actor).select_related("storefront").order_by("storefront", "language", "title")
    chosen: dict[str, str] = {}
    if filters.is_valid():
        chosen = {key: value for key, value in filters.cleaned_data.items() if value}
        if "storefront" in chosen:
            modules = modules.filter(storefront_id=chosen["storefront"])
        if "language" in chosen:
            modules = modules.filter(language=chosen["language"])
        if "q" in chosen:
            modules = modules.filter(Q(title__icontains=chosen["q"]) | Q(body__icontains=chosen["q"]))
    # "New text module" starts in the storefront and language the seller is looking at.
    preset = {key: value for key, value in chosen.items() if key in ("storefront", "language")}
    new_url = reverse("seller:textmodule_create") + (f"?{urlencode(preset)}" if preset else "")
    context = {"nav": "textmodules", "filters": filters, "modules": list(modules), "filtered": bool(chosen)}
    return render(request, "web/textmodules/list.html", {**context, "new_url": new_url})


def _render_editor(
    request: HttpRequest, form: TextModuleForm, module: TextModule | None, *, heading: str, status: int = 200
) -> HttpResponse:
    body = str(form["body"].value() or "")
    storefront = str(form["storefront"].value() or "")
    placeholders = [{"token": _token(name), "meaning": meaning} for name, meaning in PLACEHOLDERS.items()]
    context = {
        "nav": "textmodules",
        "form": form,
        "module": module,
        "heading": heading,
        "placeholders": placeholders,
        **_preview(request, body, storefront),
    }
    return render(request, "web/textmodules/form.html", context, status=status)


def _save(request: HttpRequest, module: TextModule | None, heading: str) -> HttpResponse:
    """Create (module None) or update from the POSTed form; a refusal re-renders what was typed."""
    actor = current_actor(request)
    form = TextModuleForm(request.POST)
    if not form.is_valid():
        return _render_editor(request, form, module, heading=heading, status=400)
    try:
        if module is None:
            saved = services.textmodule_create(actor=actor, **form.cleaned_data)
            messages.success(request, _("Text module “%(title)s” created.") % {"title": saved.title})
        else:
            saved = services.textmodule_update(actor=actor, module=module, **form.cleaned_data)
            messages.success(request, _("Text module “%(title)s” saved.") % {"title": saved.title})
    except DomainError as error:
        raise_404_if_not_found(error)
        form.add_error(error.field if error.field in form.fields else None, error.message)
        return _render_editor(request, form, module, heading=heading, status=422)
    return redirect(reverse("seller:textmodule_list") + f"#module-{saved.pk}")


@seller_required
@require_http_methods(["GET", "POST"])
def textmodule_create(request: HttpRequest) -> HttpResponse:
    heading = _("New text module")
    if request.method == "POST":
        return _save(request, None, heading)
    initial = {key: request.GET[key] for key in ("storefront", "language") if request.GET.get(key)}
    copy = request.GET.get("copy", "")
    if copy:
        # A copy is the quick way to a variant for another storefront or language.
        original = _module_or_404(current_actor(request), int(copy) if copy.isdigit() else 0)
        initial = {
            "storefront": original.storefront_id,
            "language": original.language,
            "title": original.title,
            "body": original.body,
        }
    return _render_editor(request, TextModuleForm(initial=initial), None, heading=heading)


@seller_required
@require_http_methods(["GET", "POST"])
def textmodule_edit(request: HttpRequest, pk: int) -> HttpResponse:
    module = _module_or_404(current_actor(request), pk)
    # Taken before saving: a refused update must not rename the page after the title it refused.
    heading = _("Edit “%(title)s”") % {"title": module.title}
    if request.method == "POST":
        return _save(request, module, heading)
    initial = {
        "storefront": module.storefront_id,
        "language": module.language,
        "title": module.title,
        "body": module.body,
    }
    return _render_editor(request, TextModuleForm(initial=initial), module, heading=heading)


@seller_required
@require_http_methods(["GET", "POST"])
def textmodule_delete(request: HttpRequest, pk: int) -> HttpResponse:
    actor = current_actor(request)
    module = _module_or_404(actor, pk)
    if request.method == "POST":
        title = module.title
        try:
            services.textmodule_delete(actor=actor, module=module)
        except DomainError as error:
            raise_404_if_not_found(error)
            messages.error(request, error.message)
            return redirect("seller:textmodule_list")
        messages.success(request, _("Text module “%(title)s” deleted.") % {"title": title})
        return redirect("seller:textmodule_list")
    return render(request, "web/textmodules/delete.html", {"nav": "textmodules", "module": module})


@seller_required
@require_POST
def textmodule_preview(request: HttpRequest) -> HttpResponse:
    """htmx partial: the text being typed, filled with sample values."""
    form = PreviewForm(request.POST)
    form.is_valid()  # an invalid storefront only loses its sample value; the text is previewed regardless
    body = str(form.cleaned_data.get("body") or "")
    storefront = str(form.cleaned_data.get("storefront") or "")
    return render(request, "web/textmodules/_preview.html", _preview(request, body, storefront))


@seller_required
@require_GET
def textmodule_preview_saved(request: HttpRequest, pk: int) -> HttpResponse:
    """htmx partial: a saved module filled with sample values, opened from the list."""
    module = _module_or_404(current_actor(request), pk)
    return render(request, "web/textmodules/_preview.html", _preview(request, module.body, module.storefront_id))
