"""Reads on text modules: those of a ticket's sales channel, rendered for that ticket."""

from __future__ import annotations

from django.db.models import QuerySet

from marketdesk.accounts.access import text_modules_visible_to
from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import SellerAccount
from marketdesk.textmodules.models import TextModule
from marketdesk.textmodules.placeholders import Rendered, render
from marketdesk.tickets.models import Ticket


def modules_for_ticket(actor: Actor, ticket: Ticket) -> QuerySet[TextModule]:
    """The seller's modules for the ticket's storefront, its language first."""
    return text_modules_visible_to(actor).filter(storefront_id=ticket.storefront_id).order_by("language", "title")


def seller_values(seller: SellerAccount | None, storefront: str) -> dict[str, str]:
    """The placeholders a seller's account fills, whatever the ticket."""
    return {
        "seller_name": seller.name if seller else "",
        "return_label_link": seller.return_label_url if seller else "",
        "seller_return_address": seller.return_address if seller else "",
        "storefront": storefront,
    }


def placeholder_values(ticket: Ticket) -> dict[str, str]:
    first_unit = ticket.units.order_by("id").first()
    return {
        "buyer_name": ticket.buyer.full_name,
        "buyer_first_name": ticket.buyer.first_name,
        "order_number": ticket.order.id_order,
        "ticket_number": ticket.number,
        "item_title": first_unit.product_title if first_unit else "",
        **seller_values(ticket.seller, ticket.storefront_id),
    }


def render_for_ticket(module: TextModule, ticket: Ticket) -> Rendered:
    return render(module.body, placeholder_values(ticket))
