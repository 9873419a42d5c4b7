"""Forms of the seller's text module pages: the list filters and the module editor."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from marketdesk.catalog.models import Language, Storefront


def storefront_choices() -> list[tuple[str, str]]:
    return [(storefront.code, str(storefront)) for storefront in Storefront.objects.order_by("code")]


def _with_all(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("", str(_("All"))), *choices]


def _all_storefronts() -> list[tuple[str, str]]:
    return _with_all(storefront_choices())


def _all_languages() -> list[tuple[str, str]]:
    return _with_all([(code, str(label)) for code, label in Language.choices])


class TextModuleFilterForm(forms.Form):
    """GET filters of the list; an invalid value is ignored rather than refused."""

    storefront = forms.ChoiceField(label=_("Storefront"), choices=_all_storefronts, required=False)
    language = forms.ChoiceField(label=_("Language"), choices=_all_languages, required=False)
    q = forms.CharField(label=_("Search"), required=False, max_length=120)


class TextModuleForm(forms.Form):
    """Parses what the seller typed; the rules (placeholders, lengths, unique titles) are the service's."""

    storefront = forms.ChoiceField(label=_("Storefront"), choices=storefront_choices)
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    title = forms.CharField(label=_("Title"), max_length=120)
    # Not stripped so that a refused form shows the text exactly as typed.
    body = forms.CharField(
        label=_("Text"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "true"}),
    )


class PreviewForm(forms.Form):
    """What the live preview needs: the text as typed and the storefront it is for."""

    body = forms.CharField(required=False, strip=False)
    storefront = forms.ChoiceField(choices=storefront_choices, required=False)
