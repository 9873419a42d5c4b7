"""Who does something: the actor recorded on every message, event, refund and cancellation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from marketdesk.accounts.models import Role
from marketdesk.tickets.enums import AuthorRole

if TYPE_CHECKING:
    from marketdesk.accounts.models import User


@dataclass(frozen=True, slots=True)
class Actor:
    role: str  # an AuthorRole value
    name: str
    user: User | None = None
    seller_id: int | None = None
    buyer_id: int | None = None

    @property
    def user_id(self) -> int | None:
        return self.user.pk if self.user is not None else None

    @property
    def is_buyer(self) -> bool:
        return self.role == AuthorRole.BUYER

    @property
    def is_seller(self) -> bool:
        return self.role == AuthorRole.SELLER

    @property
    def is_customer_service(self) -> bool:
        return self.role == AuthorRole.CUSTOMER_SERVICE

    @property
    def is_system(self) -> bool:
        return self.role == AuthorRole.SYSTEM


SYSTEM = Actor(role=AuthorRole.SYSTEM, name="Marketdesk")


def actor_for(user: User) -> Actor:
    """The actor a logged-in user acts as; operators act as customer service."""
    name = user.get_full_name() or user.get_username()
    if user.role == Role.SELLER:
        return Actor(role=AuthorRole.SELLER, name=name, user=user, seller_id=user.seller_account_id)
    if user.role == Role.BUYER:
        # Sellers see the customer's name, not a login name.
        buyer_name = user.buyer.full_name if user.buyer is not None else ""
        return Actor(role=AuthorRole.BUYER, name=buyer_name or name, user=user, buyer_id=user.buyer_id)
    return Actor(role=AuthorRole.CUSTOMER_SERVICE, name=_("Customer service") + f" ({name})", user=user)
