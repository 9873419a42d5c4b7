"""The portals speak English and German; the switch is remembered for the session."""

from __future__ import annotations

import gettext
from pathlib import Path

from django.test import Client
from django.urls import reverse

from marketdesk.accounts.models import User
from marketdesk.tickets.models import Ticket

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "de" / "LC_MESSAGES"


def test_switching_to_german_translates_the_seller_portal(client: Client, seller_user: User, ticket: Ticket) -> None:
    client.force_login(seller_user)
    assert "Ticket Management" in client.get(reverse("seller:tickets")).text
    response = client.post(reverse("set_language"), {"language": "de", "next": reverse("seller:tickets")})
    assert response.status_code == 302
    html = client.get(reverse("seller:tickets")).text
    assert '<html lang="de">' in html
    assert "Ticketverwaltung" in html and "Wartend" in html and "Geschlossen" in html
    detail = client.get(reverse("seller:ticket", kwargs={"number": ticket.number})).text
    assert "Aktion auswählen" in detail and "Teilerstattung" in detail


def test_the_catalogue_is_complete_and_compiled() -> None:
    po = (LOCALE / "django.po").read_text()
    assert "#, fuzzy" not in po
    entries = po.split("\n\n")[1:]  # the first block is the header
    untranslated = [e for e in entries if e.rstrip().endswith('msgstr ""') and "msgid_plural" not in e]
    assert untranslated == [], "entries without German text"
    with (LOCALE / "django.mo").open("rb") as mo:
        catalogue = gettext.GNUTranslations(mo)
    # The compiled file holds every entry of the source (plural entries count once per form).
    assert len(catalogue._catalog) - 1 >= len(entries)  # type: ignore[attr-defined]
    assert catalogue.gettext("Select action") == "Aktion auswählen"
