"""Notification e-mails: who gets which, in the storefront's language, once, through the outbox and the worker."""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

import pytest
from django.core import mail

from marketdesk.accounts import services as account_services
from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import Role, User
from marketdesk.catalog.models import Storefront
from marketdesk.core import clock
from marketdesk.notify import delivery, texts, worker
from marketdesk.notify.models import NotificationKind, OutboxKind, OutboxMessage, OutboxStatus, Subscription
from marketdesk.notify.preferences import preferences_set
from marketdesk.notify.selectors import recent_deliveries
from marketdesk.orders.models import OrderUnitStatus
from marketdesk.policy import services as policy
from marketdesk.policy.models import PolicyCase
from marketdesk.tickets import actions
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.models import Ticket
from tests.conftest import FEB_2026, OrderFactory, TicketFactory

pytestmark = pytest.mark.django_db

ALPHA = "alpha@alpha.example"
ALPHA_COLLEAGUE = "lena@alpha.example"
BETA = "beta@beta.example"
ANNA = "anna@example.com"


@pytest.fixture
def people(seller_user: User, seller2_user: User, buyer_user: User) -> dict[str, User]:
    """Two users for seller Alpha, one for Beta, each with an address; a third Alpha user has none."""
    seller_user.email = ALPHA
    seller_user.save()
    seller2_user.email = BETA
    seller2_user.save()
    account = seller_user.seller_account
    colleague = account_services.user_create(
        username="lena", password="pw", role=Role.SELLER, seller_account=account, email=ALPHA_COLLEAGUE
    )
    account_services.user_create(username="noaddress", password="pw", role=Role.SELLER, seller_account=account)
    return {"alpha": seller_user, "colleague": colleague, "beta": seller2_user, "buyer": buyer_user}


def deliver() -> list[mail.EmailMessage]:
    """Run the worker until the outbox is empty and return what the (locmem) mail backend got."""
    mail.outbox.clear()
    worker.Worker(batch=50, sleep=0).run(once=True)
    return list(mail.outbox)


def by_recipient(sent: list[mail.EmailMessage]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for message in sent:
        for address in message.to:
            result.setdefault(address, []).append(message.subject)
    return result


def open_on(make_order: OrderFactory, people: dict[str, User], buyer: Actor, storefront: str, text: str) -> Ticket:
    order = make_order(people["alpha"], people["buyer"], storefront=storefront)
    return ticket_services.ticket_open(
        actor=buyer, unit_ids=[order.units.get().pk], reason="product_defect", message=text
    )


# --- the texts ---------------------------------------------------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_every_language_has_every_text_with_the_same_placeholders() -> None:
    english = texts.LANGUAGES["en"].TEXTS
    assert set(texts.LANGUAGES) == {"de", "cs", "sk", "pl", "fr", "it", "en"}
    for code, module in texts.LANGUAGES.items():
        assert set(module.TEXTS) == set(english), code
        for key, value in module.TEXTS.items():
            assert _placeholders(value) == _placeholders(english[key]), (code, key)
            assert "\n" not in value or not key.endswith(".subject"), (code, key)
        for fmt in (module.DATETIME, module.DATE):
            assert _placeholders(fmt) <= {"d", "m", "dd", "mm", "y", "H", "M"}, code


def test_languages_fall_back_to_english_and_format_dates_and_amounts_their_way() -> None:
    when = dt.datetime(2026, 4, 8, 15, 5, tzinfo=dt.UTC)  # already local: formatting converts nothing
    assert texts.language("hu") == "en" and texts.language("cs") == "cs"
    assert texts.format_datetime("de", when) == "08.04.2026, 15:05 Uhr"
    assert texts.format_datetime("cs", when) == "8. 4. 2026 15:05"
    assert texts.format_datetime("pl", when) == "08.04.2026, godz. 15:05"
    assert texts.format_datetime("fr", when) == "08/04/2026 à 15h05"
    assert texts.format_amount("de", 123450, "EUR") == "1.234,50 EUR"
    assert texts.format_amount("cs", 123450, "CZK") == "1\u00a0234,50 CZK"
    assert texts.format_amount("en", 7989, "EUR") == "79.89 EUR"


# --- seller side ----------------------------------------------------------------------------------------------------


def test_a_new_ticket_mails_every_user_of_that_seller_in_german_with_a_link_and_the_deadline(
    make_order: OrderFactory, people: dict[str, User], buyer: Actor, now: Any
) -> None:
    ticket = open_on(make_order, people, buyer, "de", "Das Gerät lässt sich nicht einschalten.")
    sent = deliver()
    assert sorted(by_recipient(sent)) == [ALPHA, ALPHA_COLLEAGUE]  # Beta's user gets nothing, nor the one without
    first = sent[0]
    assert first.subject == f"Neues Ticket {ticket.number} zur Bestellung {ticket.order.id_order}"
    assert "> Das Gerät lässt sich nicht einschalten." in first.body
    assert f"http://127.0.0.1:8000/seller/tickets/{ticket.number}/" in first.body
    assert "Bitte antworten Sie bis 06.03.2026, 10:00 Uhr." in first.body  # Wed 10:00 Berlin + 48 working hours
    assert "http://127.0.0.1:8000/seller/notifications/" in first.body
    rows = OutboxMessage.objects.filter(kind=OutboxKind.EMAIL)
    assert {str(r.delivery_id) for r in rows} == {m.extra_headers["Message-ID"][1:-1].split("@")[0] for m in sent}
    assert deliver() == []  # delivered once: nothing left to send


@pytest.mark.parametrize(
    ("storefront", "language", "subject", "deadline_line"),
    [
        ("cz", "cs", "Nová zpráva od kupujícího v tiketu", "Odpovězte prosím do "),
        ("pl", "pl", "Nowa wiadomość od kupującego w zgłoszeniu", "Prosimy o odpowiedź do "),
        ("sk", "en", "New message from the buyer on ticket", "Please answer by "),  # sk storefront set to English
    ],
)
def test_a_buyer_message_is_mailed_in_the_storefronts_language(
    make_order: OrderFactory,
    people: dict[str, User],
    buyer: Actor,
    seller: Actor,
    now: Any,
    storefront: str,
    language: str,
    subject: str,
    deadline_line: str,
) -> None:
    Storefront.objects.filter(code="sk").update(language="en")
    ticket = open_on(make_order, people, buyer, storefront, "Dobrý den, zboží nedorazilo.")
    ticket_services.message_post(actor=seller, ticket=ticket, text="Prosím o strpení.")
    deliver()
    ticket_services.message_post(actor=buyer, ticket=ticket, text="Stále nic.")
    sent = deliver()
    assert {m.subject for m in sent} == {f"{subject} {ticket.number}"}
    assert sorted(m.to[0] for m in sent) == [ALPHA, ALPHA_COLLEAGUE]
    assert deadline_line in sent[0].body and "> Stále nic." in sent[0].body
    assert OutboxMessage.objects.filter(payload__language=language).exists()


def test_a_hand_back_mails_the_sellers_with_the_agents_note(
    ticket: Ticket, people: dict[str, User], seller: Actor, agent: Actor
) -> None:
    actions.ticket_notify_customer_service(actor=seller, ticket=ticket, reason="cannot_help_further", note="Bitte.")
    deliver()
    actions.ticket_hand_back(actor=agent, ticket=ticket, note="Bitte bieten Sie einen Ersatz an.")
    sent = deliver()
    assert sorted(m.to[0] for m in sent) == [ALPHA, ALPHA_COLLEAGUE]
    assert sent[0].subject == f"Der Kundenservice hat Ihnen Ticket {ticket.number} zurückgegeben"
    assert "> Bitte bieten Sie einen Ersatz an." in sent[0].body and "Bitte antworten Sie bis" in sent[0].body


def test_two_sellers_never_get_each_others_mail(
    make_order: OrderFactory, people: dict[str, User], buyer: Actor, seller2: Actor, now: Any
) -> None:
    open_on(make_order, people, buyer, "de", "Alpha, bitte.")
    order = make_order(people["beta"], people["buyer"], storefront="cz")
    beta_ticket = ticket_services.ticket_open(
        actor=buyer, unit_ids=[order.units.get().pk], reason="product_defect", message="Beta, prosím."
    )
    ticket_services.message_post(actor=seller2, ticket=beta_ticket, text="Rádi pomůžeme.")
    got = by_recipient(deliver())
    assert len(got[ALPHA]) == len(got[ALPHA_COLLEAGUE]) == 1 and "Neues Ticket" in got[ALPHA][0]
    assert got[BETA] == [f"Nový tiket {beta_ticket.number} k objednávce {order.id_order}"]
    assert all(beta_ticket.number not in s for s in got[ALPHA] + got[ALPHA_COLLEAGUE])
    assert got[ANNA] == [f"Prodejce Beta Garten s.r.o. odpověděl na váš dotaz {beta_ticket.number}"]


# --- buyer side -----------------------------------------------------------------------------------------------------


def test_the_buyer_hears_of_seller_and_customer_service_messages_and_closing_never_of_internal_notes(
    ticket: Ticket, people: dict[str, User], seller: Actor, agent: Actor, buyer: Actor
) -> None:
    deliver()
    ticket_services.message_post(actor=seller, ticket=ticket, text="Nur für uns: Lieferant fragen.", internal=True)
    assert ANNA not in by_recipient(deliver())
    ticket_services.message_post(actor=seller, ticket=ticket, text="Wir tauschen das Gerät aus.")
    ticket_services.ticket_close(actor=seller, ticket=ticket)
    got = by_recipient(deliver())
    assert got[ANNA] == [
        f"Alpha Elektro GmbH hat auf Ihre Anfrage {ticket.number} geantwortet",
        f"Ihre Anfrage {ticket.number} wurde geschlossen",
    ]
    assert ALPHA not in got  # sellers are not mailed about their own answer
    ticket_services.message_post(actor=buyer, ticket=ticket, text="Noch eine Frage.")  # reopens
    actions.ticket_take_over(actor=agent, ticket=ticket, reason="Eskalation durch die Käuferin")
    ticket_services.message_post(actor=agent, ticket=ticket, text="Interne Notiz des Kundenservice.", internal=True)
    ticket_services.message_post(actor=agent, ticket=ticket, text="Wir kümmern uns.")
    ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)
    sent = [m for m in deliver() if m.to == [ANNA]]
    assert [m.subject for m in sent] == [
        f"Der Kundenservice hat auf Ihre Anfrage {ticket.number} geantwortet",
        f"Ihre Anfrage {ticket.number} ist endgültig abgeschlossen",
    ]
    assert f"http://127.0.0.1:8000/buyer/tickets/{ticket.number}/" in sent[0].body
    assert "Interne Notiz" not in "".join(m.body for m in mail.outbox)


def test_the_buyer_closing_their_own_ticket_gets_no_mail(ticket: Ticket, people: dict[str, User], buyer: Actor) -> None:
    deliver()
    ticket_services.ticket_close(actor=buyer, ticket=ticket)
    assert deliver() == []


# --- preferences ----------------------------------------------------------------------------------------------------


def test_preferences_are_checked_when_queuing(
    ticket: Ticket, people: dict[str, User], seller: Actor, buyer: Actor
) -> None:
    deliver()
    all_seller_kinds = [k.value for k in NotificationKind if k not in (NotificationKind.REPLY, NotificationKind.CLOSED)]
    preferences_set(user=people["alpha"], enabled=[k for k in all_seller_kinds if k != NotificationKind.BUYER_MESSAGE])
    preferences_set(user=people["buyer"], enabled=[NotificationKind.CLOSED])
    ticket_services.message_post(actor=seller, ticket=ticket, text="Welche Seriennummer hat das Gerät?")
    ticket_services.message_post(actor=buyer, ticket=ticket, text="SN 12345.")
    got = by_recipient(deliver())
    assert ANNA not in got  # switched replies off
    assert ALPHA not in got and got[ALPHA_COLLEAGUE] == [f"Neue Nachricht des Käufers zu Ticket {ticket.number}"]
    ticket_services.ticket_close(actor=seller, ticket=ticket)
    assert by_recipient(deliver())[ANNA] == [f"Ihre Anfrage {ticket.number} wurde geschlossen"]


# --- policy decisions -----------------------------------------------------------------------------------------------


def test_policy_decisions_and_their_cases_are_mailed_to_the_seller(
    return_ticket: TicketFactory, people: dict[str, User], seller: Actor, agent: Actor
) -> None:
    ticket = return_ticket(units=[(5999, 490, OrderUnitStatus.RECEIVED)])
    clock.set_now(FEB_2026 + dt.timedelta(hours=1))
    ticket_services.message_post(
        actor=seller, ticket=ticket, text="Guten Tag, bitte schicken Sie uns den Artikel zurück, dann erstatten wir."
    )
    subjects = by_recipient(deliver())[ALPHA]
    assert f"Ticket {ticket.number}: Der Kundenservice prüft Ihre erste Antwort" in subjects
    clock.set_now(FEB_2026 + dt.timedelta(hours=2))
    policy.case_enforce(actor=agent, case=PolicyCase.objects.get(ticket=ticket))
    enforced = [m for m in deliver() if m.to == [ALPHA] and "storniert" in m.subject]
    assert len(enforced) == 1
    assert "64,89 EUR" in enforced[0].body and "10.03.2026" in enforced[0].body  # four weeks after 10.02.


def test_a_compliant_answer_and_a_january_warning_are_mailed_too(
    return_ticket: TicketFactory, people: dict[str, User], seller: Actor
) -> None:
    ok = return_ticket()
    ticket_services.message_post(
        actor=seller, ticket=ok, text="Das Rücksendeetikett finden Sie hier: https://retoure.example.de/l/8a7f2c"
    )
    january = return_ticket(dt.datetime(2026, 1, 14, 9, 0, tzinfo=dt.UTC))
    ticket_services.message_post(actor=seller, ticket=january, text="Bitte schicken Sie den Artikel zurück.")
    clock.set_now(FEB_2026 + dt.timedelta(hours=1))  # both tickets' e-mails are due
    subjects = by_recipient(deliver())[ALPHA]
    assert f"Ticket {ok.number}: Ihre erste Antwort enthält eine gültige Rückgabeoption" in subjects
    assert f"Ticket {january.number}: keine gültige Rückgabeoption in Ihrer ersten Antwort" in subjects


# --- delivery -------------------------------------------------------------------------------------------------------


def test_notification_mails_stay_out_of_the_webhook_log(ticket: Ticket, people: dict[str, User], seller: Actor) -> None:
    Subscription.objects.create(
        seller_id=seller.seller_id,
        event_name="ticket_message_new",
        callback_url="https://x.example/h",
        fallback_email=ALPHA,
    )
    ticket_services.message_post(actor=seller, ticket=ticket, text="Antwort.")
    assert OutboxMessage.objects.filter(kind=OutboxKind.EMAIL).exists()
    assert {row.kind for row in recent_deliveries(seller)} == {OutboxKind.WEBHOOK}


def _claimed_email(now: dt.datetime) -> tuple[OutboxMessage, str]:
    token, ids = worker.claim(50)
    assert len(ids) == 1
    taken = worker.take(ids[0], token)
    assert taken is not None and taken[1] is False
    return taken[0], token


@pytest.mark.parametrize("died", ["before sending", "after sending"])
def test_an_email_whose_worker_died_mid_send_is_sent_exactly_once(
    ticket: Ticket, people: dict[str, User], seller: Actor, settings: Any, died: str
) -> None:
    settings.WORKER_LEASE = 60
    OutboxMessage.objects.filter(kind=OutboxKind.EMAIL).delete()  # keep one row: the buyer's
    ticket_services.message_post(actor=seller, ticket=ticket, text="Antwort an Anna.")
    mail.outbox.clear()
    row, _token = _claimed_email(clock.now())
    assert OutboxMessage.objects.get(pk=row.pk).send_started_at is not None  # marked before the backend sees it
    if died == "after sending":
        assert delivery.send_email(row).ok  # handed to the backend; the worker dies before storing that
    clock.set_now(clock.now() + dt.timedelta(minutes=5))  # its claim runs out

    assert worker.Worker(batch=10, sleep=0).run(once=True) == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [ANNA]
    row = OutboxMessage.objects.get(pk=row.pk)
    assert (row.status, row.attempts, row.send_started_at) == (OutboxStatus.DELIVERED, 1, None)
    note = row.delivery_attempts.get().error
    assert ("found with the mail backend" in note) == (died == "after sending")
