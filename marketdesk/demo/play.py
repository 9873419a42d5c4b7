"""Playing a planned ticket through the ticket services, one step at a time with the clock set to the step."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal

from marketdesk.accounts.actors import Actor
from marketdesk.core import clock
from marketdesk.demo import files
from marketdesk.demo.cast import TicketPlan
from marketdesk.demo.texts import BY_LANGUAGE, HANDBACK_NOTES, STOREFRONT_LANGUAGE, TAKEOVER_REASONS, fill
from marketdesk.orders.models import CancelReason, Order, OrderUnit, PaidBy, RefundReason
from marketdesk.textmodules.placeholders import render
from marketdesk.textmodules.selectors import placeholder_values
from marketdesk.tickets import actions, services
from marketdesk.tickets.attachments import IncomingFile
from marketdesk.tickets.enums import NotifyReason
from marketdesk.tickets.models import Ticket

_ROUND = {"EUR": 100, "CZK": 1000, "PLN": 100}  # refunds in whole euros, tens of crowns, whole złoty
_SYMBOL = {"EUR": "€", "CZK": "Kč", "PLN": "zł"}
_RETURN_MODULE = {"de": "Rücksendeetikett", "cs": "Štítek na vrácení", "pl": "Etykieta zwrotna", "en": "Return label"}


def money_text(amount: int, currency: str, language: str) -> str:
    major = f"{Decimal(amount).scaleb(-2):,.2f}"
    if language == "en":
        return f"{major} {currency}"
    return f"{major.replace(',', ' ').replace('.', ',')} {_SYMBOL[currency]}"


def partial_amount(unit: OrderUnit, share: float) -> int:
    step = _ROUND[unit.currency]
    return max(step, round(unit.price * share / step) * step)


class TicketPlayer:
    def __init__(self, *, rng: random.Random, agent: Actor) -> None:
        self.rng = rng
        self.agent = agent

    def play(self, plan: TicketPlan, order: Order, units: Sequence[OrderUnit]) -> Ticket:
        self.plan, self.order = plan, order
        self.units = list(units[: plan.ticket_units])
        self.language = STOREFRONT_LANGUAGE[plan.storefront]
        self.texts = BY_LANGUAGE[self.language]
        shop, person = plan.shop, plan.buyer.person
        self.slots = {
            "name": f"{person.first_name} {person.last_name}",
            "first": person.first_name,
            "title": self.units[0].product_title,
            "order": order.id_order,
            "ticket": "",
            "seller": shop.account.name,
            "amount": "",
            "label": shop.account.return_label_url,
            "address": shop.account.return_address,
            "agent": self.agent.user.get_full_name() if self.agent.user else self.agent.name,
            "days": str(plan.days),
            "cs_a": "a" if person.female else "",
            "pl_em": "am" if person.female else "em",
            "pl_pan": "Pani" if person.female else "Pan",
            "pl_pana": "Pani" if person.female else "Pana",
        }
        self.took_over = False
        ticket: Ticket | None = None
        for kind, at in zip(plan.timeline.steps, plan.timeline.times, strict=True):
            with clock.frozen_at(at):
                ticket = self._step(kind, ticket, at)
        if ticket is None:
            raise ValueError("a ticket plan needs at least one step")
        return ticket

    def _pick(self, options: Sequence[str]) -> str:
        return fill(self.rng.choice(options), self.slots)

    def _step(self, kind: str, ticket: Ticket | None, at: dt.datetime) -> Ticket:
        plan, texts, scenario = self.plan, self.texts, self.plan.scenario
        seller, buyer = plan.shop.actor, plan.buyer.actor
        if ticket is None:
            opener, text = (
                (seller, texts.seller_asks) if kind == "seller_open" else (buyer, texts.buyer_open[scenario.key])
            )
            photo = scenario.buyer_photo and self.rng.random() < 0.3
            opened = services.ticket_open(
                actor=opener,
                unit_ids=[unit.pk for unit in self.units],
                reason=scenario.reason,
                topic=plan.topic,
                message=self._pick(text),
                files=[files.photo("photo-1.png", self.rng.randrange(40))] if photo else [],
            )
            self.slots["ticket"] = opened.number
            return opened
        if kind == "seller":
            self._seller_answer(ticket, at)
        elif kind == "seller_more":
            services.message_post(actor=seller, ticket=ticket, text=self._pick(texts.seller_followup))
        elif kind in ("buyer_more", "buyer_answer", "buyer_thanks"):
            options = {
                "buyer_more": texts.buyer_more.get(scenario.key, texts.buyer_thanks),
                "buyer_answer": texts.buyer_answers,
                "buyer_thanks": texts.buyer_thanks,
            }[kind]
            photo = kind == "buyer_more" and scenario.key == "defect" and self.rng.random() < 0.5
            attached = [files.photo("defect-photo.png", self.rng.randrange(40))] if photo else []
            services.message_post(actor=buyer, ticket=ticket, text=self._pick(options), files=attached)
        elif kind == "buyer_close":
            services.ticket_close(actor=buyer, ticket=ticket)
        elif kind == "seller_close":
            services.ticket_close(actor=seller, ticket=ticket)
        elif kind == "notify":
            reason = scenario.notify_reason if scenario.cs_direct else NotifyReason.CANNOT_HELP_FURTHER
            notes = BY_LANGUAGE[plan.shop.shop.language].notes[reason]
            actions.ticket_notify_customer_service(actor=seller, ticket=ticket, reason=reason, note=self._pick(notes))
        elif kind == "takeover":
            actions.ticket_take_over(actor=self.agent, ticket=ticket, reason=self.rng.choice(TAKEOVER_REASONS))
            self.took_over = True
        elif kind == "cs":
            self._cs_answer(ticket, at)
        elif kind == "handback":
            actions.ticket_hand_back(
                actor=self.agent, ticket=ticket, note=self.rng.choice(HANDBACK_NOTES[scenario.cs_kind])
            )
        elif kind in ("cs_close", "cs_final"):
            services.message_post(actor=self.agent, ticket=ticket, text=self._pick(texts.cs["final"]))
            services.ticket_close(actor=self.agent, ticket=ticket, final=kind == "cs_final")
        else:
            raise ValueError(f"unknown step {kind!r}")
        return ticket

    def _seller_answer(self, ticket: Ticket, at: dt.datetime) -> None:
        plan, texts, scenario = self.plan, self.texts, self.plan.scenario
        seller, unit = plan.shop.actor, self.units[0]
        attached: list[IncomingFile] = []
        text = self._pick(texts.seller_reply[scenario.key])
        if plan.action == "refund":
            share = self.rng.uniform(0.1, 0.3)
            amount = unit.shipping_rate if scenario.refund_reason == RefundReason.REFUND_POSTAGE_FEE else 0
            amount = amount or partial_amount(unit, share)
            actions.ticket_refund_unit(
                actor=seller,
                ticket=ticket,
                unit_id=unit.pk,
                amount=amount,
                reason=scenario.refund_reason,
                idempotency_key=f"demo-{ticket.number}-seller",
            )
            self.slots["amount"] = money_text(amount, unit.currency, self.language)
            text = self._pick(texts.seller_refund)
        elif plan.action == "cancel":
            reason = CancelReason.BUYER_CANCELLED if scenario.cancel == "buyer" else CancelReason.DELAYED_INVENTORY
            for each in self.units:
                actions.ticket_cancel_unit(actor=seller, ticket=ticket, unit_id=each.pk, reason=reason)
            text = self._pick(texts.seller_cancel[scenario.cancel])
        elif plan.action == "file" and scenario.seller_file == "label":
            attached = [
                files.return_label(self.order.id_order, plan.shop.account.name, plan.shop.account.return_address)
            ]
        elif plan.action == "file" and scenario.seller_file == "invoice":
            total = money_text(unit.price + unit.shipping_rate, unit.currency, "en")
            attached = [files.invoice(self.order.id_order, plan.shop.account.name, total)]
        elif plan.action == "file":
            attached = [files.tracking_note(self.order.id_order, f"00340434{self.rng.randrange(10**10):010d}")]
        module = plan.shop.modules.get((plan.storefront, _RETURN_MODULE[self.language]))
        if scenario.key == "return" and module is not None and self.rng.random() < 0.6:
            # The seller clicked the text module: the reply is the module filled for this ticket.
            text = render(module.body, placeholder_values(ticket)).text
        with clock.frozen_at(at + dt.timedelta(minutes=self.rng.randint(1, 6))):
            services.message_post(actor=seller, ticket=ticket, text=text, files=attached)

    def _cs_answer(self, ticket: Ticket, at: dt.datetime) -> None:
        plan, unit = self.plan, self.units[0]
        if plan.goodwill:
            plan.goodwill = False
            amount = partial_amount(unit, self.rng.uniform(0.1, 0.15))
            actions.ticket_refund_unit(
                actor=self.agent,
                ticket=ticket,
                unit_id=unit.pk,
                amount=amount,
                reason=plan.scenario.refund_reason or RefundReason.OTHER_REFUND,
                idempotency_key=f"demo-{ticket.number}-goodwill",
                paid_by=PaidBy.MARKETPLACE,
            )
            self.slots["amount"] = money_text(amount, unit.currency, self.language)
            kind = "goodwill"
        else:
            kind = "takeover" if self.took_over else plan.scenario.cs_kind
            self.took_over = False
        with clock.frozen_at(at + dt.timedelta(minutes=self.rng.randint(1, 6))):
            services.message_post(actor=self.agent, ticket=ticket, text=self._pick(self.texts.cs[kind]))
