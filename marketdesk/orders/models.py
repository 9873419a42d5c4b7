"""Orders and order units with the Seller API's fields; refunds and cancellations are append-only."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from marketdesk.accounts.models import Buyer, SellerAccount
from marketdesk.catalog.models import Storefront
from marketdesk.core import ids
from marketdesk.core.immutable import AppendOnlyModel
from marketdesk.core.money import Currency, Money


class OrderUnitStatus(models.TextChoices):
    OPEN = "open", _("open")
    NEED_TO_BE_SENT = "need_to_be_sent", _("need to be sent")
    SENT = "sent", _("sent")
    SENT_AND_AUTOPAID = "sent_and_autopaid", _("sent and auto-paid")
    RECEIVED = "received", _("received")
    RETURNED = "returned", _("returned")
    RETURNED_PAID = "returned_paid", _("returned and paid")
    CANCELLED = "cancelled", _("cancelled")


# A unit can be cancelled only before it has left the seller.
CANCELLABLE_STATUSES = frozenset({OrderUnitStatus.OPEN, OrderUnitStatus.NEED_TO_BE_SENT})


# The Seller API's Address object: every key present, some nullable.
ADDRESS_KEYS = (
    "first_name",
    "last_name",
    "company_name",
    "street",
    "house_number",
    "postcode",
    "additional_field",
    "city",
    "phone",
    "country",
)


class FulfillmentType(models.TextChoices):
    MERCHANT = "fulfilled_by_merchant", _("fulfilled by the seller")
    KAUFLAND = "fulfilled_by_kaufland", _("fulfilled by the marketplace")


class CancelReason(models.TextChoices):
    BUYER_CANCELLED = "BuyerCancelled", _("The buyer cancelled")
    SHIPPING_ADDRESS_UNDELIVERABLE = "ShippingAddressUndeliverable", _("Shipping address undeliverable")
    WRONG_CATALOG_DATA = "WrongCatalogData", _("Wrong catalogue data")
    GENERAL_ADJUSTMENT = "GeneralAdjustment", _("General adjustment")
    MERCHANDISE_NOT_RECEIVED = "MerchandiseNotReceived", _("Merchandise not received")
    NO_INVENTORY = "NoInventory", _("No inventory")
    DELAYED_INVENTORY = "DelayedInventory", _("Delayed inventory")
    WRONG_PRICE = "WrongPrice", _("Wrong price")
    NO_REACTION_BUYER = "NoReactionBuyer", _("No reaction from the buyer")
    UNDELIVERABLE_REGION = "UndeliverableRegion", _("Undeliverable region")


class RefundReason(models.TextChoices):
    DELIVERY_DAMAGE = "delivery_damage", _("Damaged in delivery")
    DELIVERY_DELAY = "delivery_delay", _("Delivery delay")
    INCOMPLETE_DELIVERY = "incomplete_delivery", _("Incomplete delivery")
    INCORRECT_DELIVERY = "incorrect_delivery", _("Incorrect delivery")
    REFUND_POSTAGE_FEE = "refund_postage_fee", _("Refund of the postage fee")
    DEFECT = "defect", _("Defect")
    OTHER_REFUND = "other_refund", _("Other refund")
    REFUND_RETURN_POSTAGE_FEE = "refund_return_postage_fee", _("Refund of the return postage fee")


class PaidBy(models.TextChoices):
    SELLER = "seller", _("seller")
    MARKETPLACE = "marketplace", _("marketplace")


class RefundCause(models.TextChoices):
    PARTIAL_REFUND = "partial_refund", _("partial refund")
    CANCELLATION = "cancellation", _("cancellation")
    POLICY_ENFORCEMENT = "policy_enforcement", _("return-option policy enforcement")


class Order(models.Model):
    id_order = models.CharField(_("order number"), max_length=16, unique=True, default=ids.random_order_number)
    seller = models.ForeignKey(SellerAccount, on_delete=models.PROTECT, related_name="orders")
    buyer = models.ForeignKey(Buyer, on_delete=models.PROTECT, related_name="orders")
    storefront = models.ForeignKey(Storefront, on_delete=models.PROTECT, related_name="orders")
    fulfillment_type = models.CharField(
        max_length=24, choices=FulfillmentType.choices, default=FulfillmentType.MERCHANT
    )
    is_marketplace_deemed_supplier = models.BooleanField(default=False)
    billing_address = models.JSONField(_("billing address"))
    shipping_address = models.JSONField(_("shipping address"))
    created_at = models.DateTimeField(_("created"))
    # Written once by orders.services.order_create with the units (no unit is ever added or deleted later), so the
    # Service Performance page counts a period's order units from the orders' covering index alone.
    units_count = models.PositiveIntegerField(_("order units"), default=0, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        indexes = [
            # units_count is a key column rather than only included: SQLite ignores INCLUDE, and the period's units
            # (Service Performance) are then read from the index alone on both databases.
            models.Index(fields=["seller", "-created_at", "units_count"], include=["id"], name="order_seller_created")
        ]

    def __str__(self) -> str:
        return self.id_order


class OrderUnit(models.Model):
    id = models.BigIntegerField(_("order unit id"), primary_key=True, default=ids.random_unit_id, editable=False)
    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="units")
    status = models.CharField(_("status"), max_length=20, choices=OrderUnitStatus.choices)
    price = models.PositiveIntegerField(_("price (minor units)"))
    shipping_rate = models.PositiveIntegerField(_("shipping rate (minor units)"), default=0)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    vat = models.DecimalField(_("VAT rate (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    product_title = models.CharField(_("product title"), max_length=255)
    id_product = models.BigIntegerField(_("product id"))
    id_category = models.PositiveBigIntegerField(_("category id"), default=1)
    ean = models.CharField(_("EAN"), max_length=14, blank=True)
    id_offer = models.CharField(_("offer id"), max_length=32, blank=True)
    unit_condition = models.CharField(_("condition"), max_length=32, default="new")
    note = models.CharField(_("note"), max_length=255, blank=True)
    delivery_time_min = models.PositiveSmallIntegerField(null=True, blank=True)
    delivery_time_max = models.PositiveSmallIntegerField(null=True, blank=True)
    delivery_time_expires_at = models.DateTimeField(_("latest delivery"), null=True, blank=True)
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True)
    cancel_reason = models.CharField(_("cancel reason"), max_length=40, choices=CancelReason.choices, blank=True)
    created_at = models.DateTimeField(_("created"))
    updated_at = models.DateTimeField(_("updated"))

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("order unit")
        verbose_name_plural = _("order units")
        indexes = [models.Index(fields=["order", "status"], include=["id"], name="unit_order_status")]

    def __str__(self) -> str:
        return f"{self.id} ({self.product_title})"

    @property
    def paid(self) -> Money:
        """What the buyer paid for this unit: its price plus its shipping rate."""
        return Money(self.price + self.shipping_rate, self.currency)


class Refund(AppendOnlyModel):
    unit = models.ForeignKey(OrderUnit, on_delete=models.PROTECT, related_name="refunds")
    amount = models.PositiveIntegerField(_("amount (minor units)"))
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    reason = models.CharField(_("reason"), max_length=32, choices=RefundReason.choices)
    cause = models.CharField(_("cause"), max_length=24, choices=RefundCause.choices)
    paid_by = models.CharField(_("paid by"), max_length=12, choices=PaidBy.choices)
    in_name_of_seller = models.BooleanField(_("in the seller's name"), default=True)
    note = models.TextField(_("note"), blank=True)
    idempotency_key = models.CharField(_("idempotency key"), max_length=80, null=True, blank=True)
    seller = models.ForeignKey(SellerAccount, on_delete=models.PROTECT, related_name="refunds")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_role = models.CharField(_("by"), max_length=20)
    created_at = models.DateTimeField(_("created"))

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        constraints = [
            models.UniqueConstraint(fields=["seller", "idempotency_key"], name="refund_idempotency_key_unique"),
            models.CheckConstraint(name="refund_amount_positive", condition=models.Q(amount__gt=0)),
        ]

    def __str__(self) -> str:
        return f"{Money(self.amount, self.currency)} on {self.unit_id}"


class Cancellation(AppendOnlyModel):
    unit = models.OneToOneField(OrderUnit, on_delete=models.PROTECT, related_name="cancellation")
    reason = models.CharField(_("reason"), max_length=40, choices=CancelReason.choices)
    refund = models.OneToOneField(Refund, on_delete=models.PROTECT, null=True, blank=True, related_name="cancellation")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_role = models.CharField(_("by"), max_length=20)
    created_at = models.DateTimeField(_("created"))

    class Meta:
        verbose_name = _("cancellation")
        verbose_name_plural = _("cancellations")

    def __str__(self) -> str:
        return f"{self.unit_id}: {self.reason}"
