"""Seller text module pages: list, editor with placeholders and live preview, delete; scoped per seller."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.textmodules.models import TextModule
from marketdesk.textmodules.services import textmodule_create

SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def module(seller: Actor) -> TextModule:
    return textmodule_create(
        actor=seller,
        storefront="de",
        language="de",
        title="Rücksendung",
        body="Hallo {{buyer_name}}, Ihr Rücksendeetikett: {{return_label_link}}",
    )


@pytest.fixture
def seller_client(client: Client, seller_user: User) -> Client:
    client.force_login(seller_user)
    return client


def _form(**overrides: str) -> dict[str, str]:
    return {"storefront": "de", "language": "de", "title": "Danke", "body": "Danke, {{buyer_first_name}}!", **overrides}


def _module_urls(module: TextModule) -> list[tuple[str, str]]:
    """Every (method, url) that names one module."""
    return [
        ("get", reverse("seller:textmodule_edit", args=[module.pk])),
        ("post", reverse("seller:textmodule_edit", args=[module.pk])),
        ("get", reverse("seller:textmodule_delete", args=[module.pk])),
        ("post", reverse("seller:textmodule_delete", args=[module.pk])),
        ("get", reverse("seller:textmodule_preview_saved", args=[module.pk])),
        ("get", reverse("seller:textmodule_create") + f"?copy={module.pk}"),
    ]


# --- list ---------------------------------------------------------------------------------------


def test_list_groups_by_storefront_and_filters(seller_client: Client, seller: Actor, module: TextModule) -> None:
    textmodule_create(actor=seller, storefront="pl", language="pl", title="Zwrot", body="Dzień dobry {{buyer_name}}")
    textmodule_create(actor=seller, storefront="de", language="en", title="Return", body="Hello {{buyer_name}}")

    response = seller_client.get(reverse("seller:textmodule_list"))
    assert response.status_code == 200
    page = response.text
    assert "Deutschland" in page and "Polska" in page
    assert "Rücksendung" in page and "Zwrot" in page and "Return" in page
    assert "Hallo {{buyer_name}}, Ihr Rücksendeetikett:" in page  # first words of the body
    assert reverse("seller:textmodule_edit", args=[module.pk]) in page
    assert reverse("seller:textmodule_delete", args=[module.pk]) in page
    assert reverse("seller:textmodule_create") in page

    by_storefront = seller_client.get(reverse("seller:textmodule_list"), {"storefront": "pl"}).text
    assert "Zwrot" in by_storefront and "Rücksendung" not in by_storefront
    # "New text module" starts in the storefront being looked at.
    assert reverse("seller:textmodule_create") + "?storefront=pl" in by_storefront

    by_language = seller_client.get(reverse("seller:textmodule_list"), {"storefront": "de", "language": "en"}).text
    assert "Return" in by_language and "Rücksendung" not in by_language and "Zwrot" not in by_language

    by_search = seller_client.get(reverse("seller:textmodule_list"), {"q": "etikett"}).text
    assert "Rücksendung" in by_search and "Zwrot" not in by_search

    nothing = seller_client.get(reverse("seller:textmodule_list"), {"language": "it"}).text
    assert "No text modules match these filters." in nothing


def test_empty_list_invites_to_create_one(seller_client: Client) -> None:
    response = seller_client.get(reverse("seller:textmodule_list"))
    assert response.status_code == 200
    assert "You have no text modules yet." in response.text


def test_list_query_count_does_not_grow_with_modules(seller_client: Client, seller: Actor) -> None:
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert seller_client.get(reverse("seller:textmodule_list")).status_code == 200
        return len(queries)

    textmodule_create(actor=seller, storefront="de", language="de", title="M0", body="Text 0")
    one = count_queries()
    for i in range(1, 10):
        textmodule_create(actor=seller, storefront=["de", "at", "pl"][i % 3], language="de", title=f"M{i}", body="x")
    assert count_queries() == one


# --- create, edit, delete ---------------------------------------------------------------------


def test_create_page_offers_placeholders_to_insert(seller_client: Client) -> None:
    response = seller_client.get(reverse("seller:textmodule_create"), {"storefront": "at", "language": "de"})
    assert response.status_code == 200
    page = response.text
    assert 'data-insert-into="id_body" data-inline data-text="{{buyer_name}}"' in page
    assert 'data-text="{{return_label_link}}"' in page
    assert "The buyer&#x27;s full name" in page
    assert f'hx-post="{reverse("seller:textmodule_preview")}"' in page
    assert 'hx-trigger="input changed delay:400ms"' in page
    assert '<option value="at" selected>' in page


def test_create_saves_and_redirects_to_the_list(seller_client: Client, seller: Actor) -> None:
    response = seller_client.post(reverse("seller:textmodule_create"), _form(), follow=True)
    assert response.status_code == 200
    created = TextModule.objects.get()
    assert (created.seller_id, created.storefront_id, created.language) == (seller.seller_id, "de", "de")
    assert (created.title, created.body) == ("Danke", "Danke, {{buyer_first_name}}!")
    assert response.redirect_chain[-1][0] == reverse("seller:textmodule_list") + f"#module-{created.pk}"
    assert "Text module “Danke” created." in response.text


def test_copy_prefills_the_editor_with_a_module(seller_client: Client, module: TextModule) -> None:
    response = seller_client.get(reverse("seller:textmodule_create"), {"copy": module.pk})
    assert response.status_code == 200
    assert 'value="Rücksendung"' in response.text
    assert "Hallo {{buyer_name}}, Ihr Rücksendeetikett: {{return_label_link}}</textarea>" in response.text


def test_edit_shows_the_module_and_saves_changes(seller_client: Client, module: TextModule) -> None:
    url = reverse("seller:textmodule_edit", args=[module.pk])
    page = seller_client.get(url).text
    assert 'value="Rücksendung"' in page
    assert "Hallo {{buyer_name}}, Ihr Rücksendeetikett: {{return_label_link}}</textarea>" in page
    # The preview is there before the first keystroke.
    assert "Hallo Anna Becker, Ihr Rücksendeetikett: https://alpha.example/label" in page

    response = seller_client.post(url, _form(storefront="at", language="en", title="Return", body="Hi {{buyer_name}}"))
    assert response.status_code == 302
    module.refresh_from_db()
    assert (module.storefront_id, module.language, module.title, module.body) == (
        "at",
        "en",
        "Return",
        "Hi {{buyer_name}}",
    )
    assert "Text module “Return” saved." in seller_client.get(response["Location"]).text


def test_delete_asks_first_then_deletes(seller_client: Client, module: TextModule) -> None:
    url = reverse("seller:textmodule_delete", args=[module.pk])
    confirm = seller_client.get(url)
    assert confirm.status_code == 200
    assert "Delete text module?" in confirm.text and "Rücksendung" in confirm.text
    assert TextModule.objects.filter(pk=module.pk).exists()

    response = seller_client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == reverse("seller:textmodule_list")
    assert not TextModule.objects.filter(pk=module.pk).exists()
    assert "Text module “Rücksendung” deleted." in response.text


# --- refusals ---------------------------------------------------------------------------------


def test_unknown_placeholder_is_refused_and_the_text_kept(seller_client: Client) -> None:
    typed = "  Hallo {{kunde}},\nIhre Bestellung {{order_number}} {{bestellnr}}"
    response = seller_client.post(reverse("seller:textmodule_create"), _form(title="Kaputt", body=typed))
    assert response.status_code == 422
    page = response.text
    assert "Unknown placeholder(s): {{kunde}}, {{bestellnr}}." in page
    assert "\n" + typed + "</textarea>" in page  # exactly as typed, leading spaces and all
    assert 'value="Kaputt"' in page
    assert not TextModule.objects.exists()


def test_unknown_placeholder_on_edit_keeps_the_stored_module(seller_client: Client, module: TextModule) -> None:
    url = reverse("seller:textmodule_edit", args=[module.pk])
    response = seller_client.post(url, _form(title="Neu", body="Hallo {{name}}"))
    assert response.status_code == 422
    assert "Unknown placeholder(s): {{name}}." in response.text
    assert "Hallo {{name}}</textarea>" in response.text
    module.refresh_from_db()
    assert module.title == "Rücksendung"


def test_duplicate_title_is_refused_next_to_the_title(seller_client: Client, module: TextModule) -> None:
    typed = "Noch ein Text für {{buyer_name}}"
    response = seller_client.post(reverse("seller:textmodule_create"), _form(title="Rücksendung", body=typed))
    assert response.status_code == 422
    page = response.text
    message = "You already have a text module with this title for this storefront and language."
    assert message in page
    assert page.index(message) < page.index('name="body"')  # shown with the title, above the text
    assert typed + "</textarea>" in page
    assert TextModule.objects.count() == 1
    # The same title in another language is a variant, not a duplicate.
    other = seller_client.post(reverse("seller:textmodule_create"), _form(title="Rücksendung", language="en"))
    assert other.status_code == 302


def test_duplicate_title_on_edit_keeps_the_page_heading(
    seller_client: Client, seller: Actor, module: TextModule
) -> None:
    other = textmodule_create(actor=seller, storefront="de", language="de", title="Versand", body="Unterwegs.")
    response = seller_client.post(reverse("seller:textmodule_edit", args=[other.pk]), _form(title="Rücksendung"))
    assert response.status_code == 422
    assert "Edit “Versand”" in response.text
    other.refresh_from_db()
    assert other.title == "Versand"


def test_missing_fields_are_refused_with_what_was_typed(seller_client: Client) -> None:
    response = seller_client.post(reverse("seller:textmodule_create"), _form(title="", body="Nur Text"))
    assert response.status_code == 400
    assert "This field is required." in response.text
    assert "Nur Text</textarea>" in response.text
    assert not TextModule.objects.exists()


# --- preview ----------------------------------------------------------------------------------


def test_preview_fills_sample_values(seller_client: Client) -> None:
    body = "Hallo {{buyer_name}}, Bestellung {{order_number}} ({{storefront}}): {{seller_return_address}}"
    response = seller_client.post(reverse("seller:textmodule_preview"), {"body": body, "storefront": "pl"})
    assert response.status_code == 200
    assert "<html" not in response.text  # a partial for htmx
    assert (
        "Hallo Anna Becker, Bestellung MB7UWLD (pl): Alpha Elektro GmbH, Lagerweg 1, 12345 Lagerstadt" in response.text
    )
    assert "error-box" not in response.text


def test_preview_flags_unknown_placeholders(seller_client: Client) -> None:
    response = seller_client.post(reverse("seller:textmodule_preview"), {"body": "Hallo {{kunde}} {{buyer_name}}"})
    assert response.status_code == 200
    assert "error-box" in response.text and "<code>{{kunde}}</code>" in response.text
    assert "Hallo {{kunde}} Anna Becker" in response.text


def test_preview_calls_out_account_values_that_are_empty(seller_client: Client, seller_user: User) -> None:
    assert seller_user.seller_account is not None
    seller_user.seller_account.return_label_url = ""
    seller_user.seller_account.save()
    response = seller_client.post(reverse("seller:textmodule_preview"), {"body": "Etikett: {{return_label_link}}"})
    assert "warning-box" in response.text and "<code>{{return_label_link}}</code>" in response.text


def test_preview_of_an_empty_text_and_by_get(seller_client: Client) -> None:
    response = seller_client.post(reverse("seller:textmodule_preview"), {"body": ""})
    assert response.status_code == 200 and "The preview appears here as you type." in response.text
    assert seller_client.get(reverse("seller:textmodule_preview")).status_code == 405


def test_preview_of_a_saved_module(seller_client: Client, module: TextModule) -> None:
    response = seller_client.get(reverse("seller:textmodule_preview_saved", args=[module.pk]))
    assert response.status_code == 200
    assert "Hallo Anna Becker, Ihr Rücksendeetikett: https://alpha.example/label" in response.text


# --- access -----------------------------------------------------------------------------------


def test_another_seller_gets_404_and_does_not_see_the_module(
    client: Client, seller2_user: User, module: TextModule
) -> None:
    client.force_login(seller2_user)
    for method, url in _module_urls(module):
        data = _form() if method == "post" and "edit" in url else {}
        assert getattr(client, method)(url, data).status_code == 404, (method, url)
    assert "Rücksendung" not in client.get(reverse("seller:textmodule_list")).text
    module.refresh_from_db()
    assert module.title == "Rücksendung"


@pytest.mark.parametrize("persona", ["buyer_user", "agent_user"])
def test_buyers_and_agents_get_404_everywhere(
    client: Client, request: pytest.FixtureRequest, persona: str, module: TextModule
) -> None:
    client.force_login(request.getfixturevalue(persona))
    urls = [
        ("get", reverse("seller:textmodule_list")),
        ("get", reverse("seller:textmodule_create")),
        ("post", reverse("seller:textmodule_create")),
        ("post", reverse("seller:textmodule_preview")),
        *_module_urls(module),
    ]
    for method, url in urls:
        data = _form() if method == "post" else {}
        assert getattr(client, method)(url, data).status_code == 404, (method, url)
    assert TextModule.objects.count() == 1


def test_anonymous_visitors_are_sent_to_login(client: Client, module: TextModule) -> None:
    response = client.get(reverse("seller:textmodule_list"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_posts_without_csrf_token_are_refused(seller_user: User, module: TextModule) -> None:
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(seller_user)
    posts = [
        (reverse("seller:textmodule_create"), _form(title="Neu")),
        (reverse("seller:textmodule_edit", args=[module.pk]), _form(title="Neu")),
        (reverse("seller:textmodule_delete", args=[module.pk]), {}),
        (reverse("seller:textmodule_preview"), {"body": "x"}),
    ]
    for url, data in posts:
        assert csrf_client.post(url, data).status_code == 403, url
    assert list(TextModule.objects.values_list("title", flat=True)) == ["Rücksendung"]


# --- escaping ---------------------------------------------------------------------------------


def test_a_script_in_the_text_is_shown_escaped(seller_client: Client, seller: Actor) -> None:
    module = textmodule_create(actor=seller, storefront="de", language="de", title=SCRIPT, body=f"Hallo {SCRIPT}")
    pages = [
        seller_client.get(reverse("seller:textmodule_list")),
        seller_client.get(reverse("seller:textmodule_edit", args=[module.pk])),
        seller_client.get(reverse("seller:textmodule_delete", args=[module.pk])),
        seller_client.get(reverse("seller:textmodule_preview_saved", args=[module.pk])),
        seller_client.post(reverse("seller:textmodule_preview"), {"body": f"Hallo {SCRIPT}"}),
    ]
    for response in pages:
        assert response.status_code == 200
        assert SCRIPT not in response.text
        assert ESCAPED_SCRIPT in response.text
