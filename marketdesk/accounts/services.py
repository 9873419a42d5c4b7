"""Writes on accounts: seller accounts, buyers and users with their role."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.models import Buyer, Role, SellerAccount, User
from marketdesk.core.errors import ValidationFailed


def seller_account_create(*, name: str, return_address: str = "", return_label_url: str = "") -> SellerAccount:
    name = name.strip()
    if not name:
        raise ValidationFailed(_("A seller account needs a name."), field="name")
    if SellerAccount.objects.filter(name=name).exists():
        raise ValidationFailed(_("A seller account named %(name)s exists already.") % {"name": name}, field="name")
    return SellerAccount.objects.create(name=name, return_address=return_address, return_label_url=return_label_url)


def buyer_create(*, email: str, first_name: str, last_name: str) -> Buyer:
    email = email.strip().lower()
    if not email or "@" not in email:
        raise ValidationFailed(_("A buyer needs a valid e-mail address."), field="email")
    if Buyer.objects.filter(email=email).exists():
        raise ValidationFailed(_("A buyer with this e-mail exists already."), field="email")
    return Buyer.objects.create(email=email, first_name=first_name.strip(), last_name=last_name.strip())


def user_create(
    *,
    username: str,
    password: str,
    role: str,
    seller_account: SellerAccount | None = None,
    buyer: Buyer | None = None,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    language: str = "en",
) -> User:
    if role not in Role.values:
        raise ValidationFailed(_("Unknown role %(role)r.") % {"role": role}, field="role")
    if role == Role.SELLER and seller_account is None:
        raise ValidationFailed(_("A seller user belongs to a seller account."), field="seller_account")
    if role == Role.BUYER and buyer is None:
        raise ValidationFailed(_("A buyer user belongs to a buyer."), field="buyer")
    if User.objects.filter(username=username).exists():
        raise ValidationFailed(_("The user name %(name)s is taken.") % {"name": username}, field="username")
    with transaction.atomic():
        user = User(
            username=username,
            role=role,
            seller_account=seller_account if role == Role.SELLER else None,
            buyer=buyer if role == Role.BUYER else None,
            first_name=first_name,
            last_name=last_name,
            email=email,
            language=language,
            is_staff=role == Role.OPERATOR,
            is_superuser=role == Role.OPERATOR,
        )
        user.set_password(password)
        user.save()
    return user
