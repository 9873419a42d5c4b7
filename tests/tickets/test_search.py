"""Search in the seller's ticket list: ticket number, order number, and full text over messages and internal notes."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.orders.models import Order
from marketdesk.tickets import search
from marketdesk.tickets.models import Ticket, TicketMessage
from marketdesk.tickets.selectors import TicketFilter, list_rows, ticket_query
from marketdesk.tickets.services import message_post, ticket_open
from tests.conftest import T0

POSTGRES = connection.vendor == "postgresql"

Opener = Callable[..., Ticket]


@pytest.fixture
def open_ticket(
    make_order: Callable[..., Order], seller_user: User, buyer_user: User, buyer: Actor, now: dt.datetime
) -> Opener:
    """A factory: the buyer opens a ticket with `message` on a new order of `seller` in `storefront`."""

    def make(message: str, *, storefront: str = "de", seller: User | None = None) -> Ticket:
        order = make_order(seller or seller_user, buyer_user, storefront=storefront)
        return ticket_open(actor=buyer, unit_ids=[order.units.get().pk], reason="contact_other", message=message)

    return make


def found(actor: Actor, term: str) -> set[str]:
    """The numbers a search finds, through the page's prepared statements, which must agree with the ORM's query."""
    query = ticket_query(actor, TicketFilter(tab=None, search=term))
    listed = query.ids(0, 1000)
    assert listed == list(query.queryset().values_list("id", flat=True))
    assert query.count(1000) == len(listed) and query.count(1) == min(len(listed), 1)
    assert query.ids(1, 1) == listed[1:2]
    return set(Ticket.objects.filter(pk__in=listed).values_list("number", flat=True))


@pytest.mark.parametrize(
    ("storefront", "message", "term"),
    [
        ("de", "Wann kommen meine Rücksendungen bei Ihnen an?", "Rücksendung"),
        ("de", "Wann kommen meine Rücksendungen bei Ihnen an?", "rucksendung"),
        ("de", "Die Lieferung kam beschädigt an, die Straße war nass.", "beschadigt strasse"),
        ("fr", "Les colis retournés ne sont pas arrivés.", "retourne"),
        ("it", "Il pacco è arrivato danneggiato.", "pacco danneggiato"),
        ("de", "The parcels arrived late.", "parcel"),
        ("cz", "Zboží dorazilo poškozené, prosím o reklamaci.", "poskozene"),
        ("pl", "Przesyłka została uszkodzona w transporcie.", "przesylka"),
        ("sk", "Tovar prišiel poškodený, žiadam o vrátenie peňazí.", "penazi"),
        ("it", "Ho ricevuto «Giacca invernale donna» ma è sbagliata.", "giacca"),
        ("de", "Im Paket lag <Gutschein> statt Lieferschein.", "gutschein"),
    ],
)
def test_words_are_found_across_languages_inflections_and_accents(
    open_ticket: Opener, seller: Actor, storefront: str, message: str, term: str
) -> None:
    # PostgreSQL stems de/fr/it/en; SQLite matches word prefixes, which covers these plurals and participles.
    hit = open_ticket(message, storefront=storefront)
    open_ticket("Eine ganz andere Frage zur Rechnung.", storefront=storefront)
    assert found(seller, term) == {hit.number}


@pytest.mark.skipif(not POSTGRES, reason="stemming and websearch syntax are PostgreSQL's")
def test_postgres_stems_the_term_and_reads_websearch_syntax(open_ticket: Opener, seller: Actor) -> None:
    plural = open_ticket("Ich habe zwei Rücksendungen offen.")
    label = open_ticket("Bitte senden Sie mir ein Etikett für die Rücksendung.")
    assert found(seller, "Rücksendungen") == {plural.number, label.number}
    assert found(seller, "Rücksendung -Etikett") == {plural.number}
    assert found(seller, "Etiketten") == {label.number}
    assert found(seller, '"zwei Rücksendungen"') == {plural.number}
    assert found(seller, '"Rücksendungen zwei"') == set()
    assert found(seller, "offen or Etikett") == {plural.number, label.number}


@pytest.mark.parametrize(
    "term",
    [
        '"',
        'Paket "kaputt',
        "kaputt:*",
        "a:b",
        "NEAR(kaputt paket)",
        "kaputt AND OR NOT",
        "-",
        "*",
        "'; DROP",
        "(((",
        "!!!",
        "^kaputt",
        "{text}: x",
        "x OR",
    ],
)
def test_operators_and_quotes_in_the_term_never_fail(open_ticket: Opener, seller: Actor, term: str) -> None:
    hit = open_ticket("Das Paket ist kaputt angekommen.")
    result = found(seller, term)
    assert result <= {hit.number}
    if term in ('Paket "kaputt', "kaputt:*", "^kaputt"):
        assert result == {hit.number}


def test_a_term_without_words_finds_nothing_and_an_empty_term_is_the_normal_list(
    open_ticket: Opener, seller: Actor
) -> None:
    hit = open_ticket("Frage zur Lieferung")
    assert found(seller, "!!! ...") == set()
    assert found(seller, "   ") == {hit.number}


def test_internal_notes_are_found_by_the_seller_and_customer_service_never_by_the_buyer(
    open_ticket: Opener, seller: Actor, buyer: Actor, agent: Actor
) -> None:
    ticket = open_ticket("Wo bleibt meine Bestellung?")
    message_post(actor=seller, ticket=ticket, text="Lagerfehler: Palette vertauscht, Spedition anrufen", internal=True)
    message_post(actor=seller, ticket=ticket, text="Ihre Bestellung ist unterwegs.")
    assert found(seller, "Palette") == {ticket.number}
    assert found(agent, "Palette") == {ticket.number}
    assert found(buyer, "Palette") == set()
    assert found(buyer, "unterwegs") == {ticket.number}


def test_a_seller_never_finds_another_sellers_messages(
    open_ticket: Opener,
    seller: Actor,
    seller2: Actor,
    seller2_user: User,
    buyer2_user: User,
    make_order: Callable[..., Order],
) -> None:
    mine = open_ticket("Der Rasenmäher startet nicht.")
    theirs = open_ticket("Der Rasenmäher startet nicht.", seller=seller2_user)
    message_post(actor=seller2, ticket=theirs, text="Vergaser reinigen, Notiz für uns", internal=True)
    other_buyer = actor_for(buyer2_user)
    order = make_order(seller2_user, buyer2_user)
    elsewhere = ticket_open(
        actor=other_buyer, unit_ids=[order.units.get().pk], reason="contact_other", message="Vergaser"
    )
    assert found(seller, "Rasenmäher") == {mine.number}
    assert found(seller2, "Rasenmäher") == {theirs.number}
    assert found(seller, "Vergaser") == set()
    assert found(seller2, "Vergaser") == {theirs.number, elsewhere.number}
    assert found(other_buyer, "Rasenmäher") == set()
    assert found(other_buyer, "Vergaser") == {elsewhere.number}


def test_the_words_of_a_term_may_come_from_different_messages_of_a_ticket(
    open_ticket: Opener, seller: Actor, buyer: Actor
) -> None:
    ticket = open_ticket("Da ist ein Kratzer am Deckel.")
    message_post(actor=seller, ticket=ticket, text="Foto angefordert", internal=True)
    open_ticket("Kratzer ohne Bild")
    assert found(seller, "Kratzer Foto") == {ticket.number}
    assert found(buyer, "angefordert") == set()


def test_exact_ticket_and_order_numbers_come_before_the_words(open_ticket: Opener, seller: Actor) -> None:
    ticket = open_ticket("Kratzer am Gehäuse")
    other = open_ticket(f"Siehe auch Bestellung {ticket.order.id_order} und Ticket {ticket.number}")
    assert found(seller, ticket.number) == {ticket.number}
    assert found(seller, ticket.order.id_order.lower()) == {ticket.number}
    assert found(seller, "Kratzer") == {ticket.number}  # a word shaped like an order number, but no order has it
    assert other.number not in found(seller, ticket.order.id_order)


def test_filters_and_tabs_still_apply_to_a_text_search(open_ticket: Opener, seller: Actor) -> None:
    de = open_ticket("Rechnung fehlt")
    pl = open_ticket("Rechnung fehlt", storefront="pl")
    in_pl = ticket_query(seller, TicketFilter(tab=None, search="Rechnung", storefront="pl")).queryset()
    assert {t.number for t in in_pl} == {pl.number}
    message_post(actor=seller, ticket=de, text="Rechnung anbei")
    waiting = ticket_query(seller, TicketFilter(tab="waiting", search="Rechnung")).queryset()
    assert {t.number for t in waiting} == {de.number}


def test_messages_written_in_bulk_changed_or_deleted_keep_the_index_in_step(
    open_ticket: Opener, seller: Actor, buyer: Actor
) -> None:
    ticket = open_ticket("Erste Nachricht")
    TicketMessage.objects.bulk_create(
        TicketMessage(ticket=ticket, author_role="buyer", author_name="Anna", text=f"Nachtrag {word}", created_at=T0)
        for word in ("Gartenschlauch", "Heckenschere")
    )
    assert found(seller, "Heckenschere") == {ticket.number}
    TicketMessage.objects.filter(text__endswith="Heckenschere").update(text="Nachtrag Laubbläser")
    assert found(seller, "Heckenschere") == set()
    assert found(seller, "Laubbläser") == {ticket.number}
    TicketMessage.objects.filter(text__endswith="Gartenschlauch").update(is_internal=True)
    assert found(buyer, "Gartenschlauch") == set()
    assert found(seller, "Gartenschlauch") == {ticket.number}
    TicketMessage.objects.filter(text__endswith="Laubbläser").delete()
    assert found(seller, "Laubbläser") == set()


def test_the_search_page_lists_matches_newest_first_with_queries_independent_of_their_number(
    client: Client, seller_user: User, open_ticket: Opener
) -> None:
    client.force_login(seller_user)

    def page() -> tuple[list[str], int]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("seller:tickets"), {"q": "Gewährleistung"})
        assert response.status_code == 200
        return re.findall(r'data-number="(\d{11})"', response.text), len(queries)

    tickets = []
    for minutes in range(2):
        clock.set_now(T0 + dt.timedelta(minutes=minutes))
        tickets.append(open_ticket("Frage zur Gewährleistung"))
    open_ticket("Etwas anderes")
    clock.set_now(T0 + dt.timedelta(minutes=2))
    message_post(actor=actor_for(seller_user), ticket=tickets[0], text="Gern geschehen")  # newest by creation first
    shown, few = page()
    assert shown == [t.number for t in reversed(tickets)]
    for minutes in range(3, 9):
        clock.set_now(T0 + dt.timedelta(minutes=minutes))
        tickets.append(open_ticket("Gewährleistung?"))
    shown, many = page()
    assert shown == [t.number for t in reversed(tickets)]
    assert many == few, f"{few} queries for 2 matches, {many} for 8"


def test_one_match_opens_the_ticket_and_no_match_says_what_was_searched(
    client: Client, seller_user: User, open_ticket: Opener
) -> None:
    client.force_login(seller_user)
    ticket = open_ticket("Garantieverlängerung")
    response = client.get(reverse("seller:tickets"), {"q": "garantieverlängerung"})
    assert response.status_code == 302 and response["Location"] == reverse("seller:ticket", args=[ticket.number])
    missing = client.get(reverse("seller:tickets"), {"q": "Zauberwort"}).text
    assert "No ticket has this number or a message with these words." in missing


def test_a_common_word_is_listed_without_counting_its_matches(
    client: Client, seller_user: User, open_ticket: Opener
) -> None:
    client.force_login(seller_user)
    tickets = []
    for minutes in range(27):
        clock.set_now(T0 + dt.timedelta(minutes=minutes))
        tickets.append(open_ticket("Lieferschein fehlt", storefront="pl" if minutes < 2 else "de"))
    newest_first = [t.number for t in reversed(tickets)]

    def get(**params: object) -> tuple[str, list[str], list[str]]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("seller:tickets"), {"q": "Lieferschein", **params})
        assert response.status_code == 200
        statements = [q["sql"] for q in queries.captured_queries]
        return response.text, re.findall(r'data-number="(\d{11})"', response.text), statements

    html, shown, statements = get()
    assert shown == newest_first[:25]
    assert not [sql for sql in statements if "COUNT(" in sql.upper()], "the search page counted its matches"
    assert "Tickets matching “Lieferschein” in all tabs." in html and "tickets found" not in html
    assert "Page 1</span>" in html and 'rel="next"' in html and 'rel="prev"' not in html
    assert "?q=Lieferschein&amp;page=2" in html
    html, shown, _ = get(page=2)
    assert shown == newest_first[25:]
    assert "Page 2</span>" in html and 'rel="prev"' in html and 'rel="next"' not in html
    assert get(page=9)[1] == newest_first[:25]  # past the matches: the first page again
    html, shown, _ = get(storefront="pl")  # everything on one page: the number is known and said
    assert shown == newest_first[25:] and "2 tickets found for “Lieferschein” in all tabs." in html
    assert 'class="pager"' not in html


def test_a_search_pages_only_down_to_its_depth(
    client: Client, seller_user: User, open_ticket: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SEARCH_DEPTH", 3)
    client.force_login(seller_user)
    tickets = []
    for minutes in range(5):
        clock.set_now(T0 + dt.timedelta(minutes=minutes))
        tickets.append(open_ticket("Lieferschein fehlt"))
    html = client.get(reverse("seller:tickets"), {"q": "Lieferschein"}).text
    assert re.findall(r'data-number="(\d{11})"', html) == [t.number for t in reversed(tickets)][:3]
    assert 'id="search-cap"' in html and "first 3 matches" in html and 'rel="next"' not in html
    html = client.get(reverse("seller:tickets"), {"q": "Lieferschein", "storefront": "pl"}).text
    assert 'id="search-cap"' not in html


def test_search_pages_step_through_the_matches_in_order(open_ticket: Opener, seller: Actor) -> None:
    tickets = []
    for minutes in range(5):
        clock.set_now(T0 + dt.timedelta(minutes=minutes))
        tickets.append(open_ticket("Gartenzaun"))
    matches = ticket_query(seller, TicketFilter(tab=None, search="Gartenzaun"))
    newest_first = [t.number for t in reversed(tickets)]
    rows = functools.partial(list_rows, seller)
    pages = [search.search_page(matches, number, 2, rows) for number in (1, 2, 3)]
    assert [[t.number for t in p.object_list] for p in pages] == [newest_first[:2], newest_first[2:4], newest_first[4:]]
    assert [(p.has_previous(), p.has_next(), p.complete) for p in pages] == [
        (False, True, False),
        (True, True, False),
        (True, False, False),
    ]
    deep = search.search_page(matches, 2, 2, rows, depth=3)  # the deepest page within reach shows the third match only
    assert [t.number for t in deep.object_list] == newest_first[2:3] and deep.capped and not deep.has_next()
    assert search.search_page(matches, 7, 2, rows, depth=3).number == 2
    whole = search.search_page(matches, 1, 25, rows)
    assert whole.complete and not whole.has_other_pages() and len(whole.object_list) == 5


def test_a_long_tab_lists_up_to_its_cap_and_says_how_to_reach_the_rest(
    client: Client, seller_user: User, open_ticket: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "LIST_CAP", 3)
    client.force_login(seller_user)
    for minutes in range(5):
        clock.set_now(T0 + dt.timedelta(minutes=minutes))
        open_ticket("Wo bleibt mein Paket?")
    html = client.get(reverse("seller:tickets"), {"tab": "open"}).text
    assert 'id="list-cap"' in html and "first 3 tickets" in html
    assert len(re.findall(r'data-number="(\d{11})"', html)) == 3
    deeper = client.get(reverse("seller:tickets"), {"tab": "open", "page": 9}).text  # never beyond the cap
    assert re.findall(r'data-number="(\d{11})"', deeper) == re.findall(r'data-number="(\d{11})"', html)
    assert 'id="list-cap"' not in client.get(reverse("seller:tickets"), {"tab": "waiting"}).text


@pytest.mark.skipif(not POSTGRES, reason="PostgreSQL folds accents in SQL")
def test_without_unaccent_postgres_folds_the_storefront_languages_letters_alike(db: None) -> None:
    migration = importlib.import_module("marketdesk.tickets.migrations.0006_message_full_text_search")
    letters = "Grüße aus Łódź: žluťoučký kůň, Œuvre, naïve Ærø, ćma, šťastný, perché, Straße, ŽĽČ"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT quote_ident(extnamespace::regnamespace::text) FROM pg_extension WHERE extname = 'unaccent'"
        )
        row = cursor.fetchone()
        if row is None:
            pytest.skip("the server has no unaccent to compare with")
        cursor.execute(f"SELECT {migration.pg_fold(row[0], '%s')}, {migration.pg_fold(None, '%s')}", [letters, letters])
        with_unaccent, without = cursor.fetchone()
    assert (
        without
        == with_unaccent
        == "Grusse aus Lodz: zlutoucky kun, OEuvre, naive AEro, cma, stastny, perche, Strasse, ZLC"
    )


# Serialized: its flush afterwards leaves the tables empty for the next serialized test to restore. After a plain
# transactional flush here (this test migrates back and forth), a worker-process test run next in the same test
# process could not restore the migrations' rows: a unique clash on the content types.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_indexes_existing_messages_and_can_be_undone(open_ticket: Opener, seller: Actor) -> None:
    ticket = open_ticket("Vorhandene Nachricht über Kühlschränke")
    index = {"postgresql": "tickets_ticket_search", "sqlite": "tickets_ticket_fts"}[connection.vendor]
    assert index in connection.introspection.table_names()
    call_command("migrate", "tickets", "0005", verbosity=0)
    assert index not in connection.introspection.table_names()
    TicketMessage.objects.create(
        ticket=ticket, author_role="buyer", author_name="Anna", text="Gefrierfach", created_at=T0
    )
    call_command("migrate", "tickets", verbosity=0)
    assert found(seller, "Kühlschränke") == {ticket.number}
    assert found(seller, "Gefrierfach") == {ticket.number}


def test_a_long_sentence_is_searched_and_an_overlong_term_is_refused_with_a_reason(
    client: Client, seller_user: User, open_ticket: Opener
) -> None:
    client.force_login(seller_user)
    hit = open_ticket("Das Paket kam beschädigt an, der Karton war nass und die Lampe ist zerbrochen.")
    open_ticket("Wo bleibt meine Rechnung?")
    sentence = "Paket beschädigt Karton nass Lampe zerbrochen"  # longer than a number, well within the limit
    response = client.get(reverse("seller:tickets"), {"q": sentence})
    assert response.status_code == 302 and hit.number in response["Location"]
    refused = client.get(reverse("seller:tickets"), {"q": "Paket " * 40})
    assert refused.status_code == 200
    assert "at most 200 characters" in refused.text
