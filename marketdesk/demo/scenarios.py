"""What demo tickets are about: reason, topics, the order state they need, and how seller and CS react."""

from __future__ import annotations

from dataclasses import dataclass

from marketdesk.orders.models import OrderUnitStatus as Unit
from marketdesk.orders.models import RefundReason
from marketdesk.tickets.enums import NotifyReason, TicketReason, TicketTopic


@dataclass(frozen=True, slots=True)
class Scenario:
    key: str
    reason: str
    topics: tuple[str, ...]
    weight: float
    need: str  # delivered | in_transit | unsent | any: what the order must look like when the ticket opens
    cs_kind: str  # what customer service writes (a key of LanguageTexts.cs)
    notify_reason: str = NotifyReason.CANNOT_HELP_FURTHER  # used when the seller hands it over at once
    refund_reason: str = ""  # set when the seller may settle it with a partial refund
    cancel: str = ""  # "buyer" or "stock" when the seller settles it by cancelling the unit
    seller_file: str = ""  # label, invoice (PDF) or tracking (text): what the seller may attach to the first answer
    buyer_photo: bool = False
    cs_direct: bool = False  # the seller hands it to CS at once (not the seller's business)
    product_flag: str = ""  # the ticket's product must have it (only powered things fail to switch on)


SCENARIOS = (
    Scenario(
        "defect",
        TicketReason.PRODUCT_DEFECT,
        (TicketTopic.ORDER_PRODUCT_DEFECT,),
        16,
        "delivered",
        "mediation",
        refund_reason=RefundReason.DEFECT,
        buyer_photo=True,
        product_flag="powered",
    ),
    Scenario(
        "not_as_described",
        TicketReason.PRODUCT_NOT_AS_DESCRIBED,
        (TicketTopic.PRODUCT_PROPERTIES, TicketTopic.DELIVERY_WRONG_PRODUCTS, TicketTopic.PRODUCT_OTHER_QUESTION),
        10,
        "delivered",
        "mediation",
        refund_reason=RefundReason.INCORRECT_DELIVERY,
        buyer_photo=True,
    ),
    Scenario(
        "parts_missing",
        TicketReason.PRODUCT_NOT_AS_DESCRIBED,
        (TicketTopic.DELIVERY_PARTS_MISSING,),
        6,
        "delivered",
        "mediation",
        refund_reason=RefundReason.INCOMPLETE_DELIVERY,
        buyer_photo=True,
        product_flag="assembly",
    ),
    Scenario(
        "not_delivered",
        TicketReason.PRODUCT_NOT_DELIVERED,
        (TicketTopic.DELIVERY_NOT_RECEIVED,),
        10,
        "in_transit",
        "carrier",
        refund_reason=RefundReason.REFUND_POSTAGE_FEE,
        seller_file="tracking",
    ),
    Scenario(
        "delayed",
        TicketReason.PRODUCT_NOT_DELIVERED,
        (TicketTopic.DELIVERY_DELAYED, TicketTopic.DELIVERY_OTHER_QUESTION),
        8,
        "unsent",
        "carrier",
        refund_reason=RefundReason.DELIVERY_DELAY,
        cancel="stock",
    ),
    Scenario(
        "return",
        TicketReason.PRODUCT_RETURN,
        (TicketTopic.RETURN_REQUEST_LABEL,),
        14,
        "delivered",
        "mediation",
        seller_file="label",
    ),
    Scenario(
        "return_status",
        TicketReason.PRODUCT_RETURN,
        (TicketTopic.RETURN_CHECK_STATUS,),
        6,
        "returned",
        "refund_status",
    ),
    Scenario(
        "invoice",
        TicketReason.CONTACT_OTHER,
        (TicketTopic.INVOICE_NEEDED, TicketTopic.INVOICE_PROBLEM),
        5,
        "any",
        "invoice",
        seller_file="invoice",
    ),
    Scenario(
        "paypal",
        TicketReason.CONTACT_OTHER,
        (TicketTopic.ISSUE_PAYPAL,),
        4,
        "any",
        "payment",
        notify_reason=NotifyReason.PAYMENT_PROVIDER,
        cs_direct=True,
    ),
    Scenario(
        "klarna",
        TicketReason.CONTACT_OTHER,
        (TicketTopic.ISSUE_KLARNA,),
        4,
        "any",
        "payment",
        notify_reason=NotifyReason.PAYMENT_PROVIDER,
        cs_direct=True,
    ),
    Scenario(
        "login",
        TicketReason.CONTACT_OTHER,
        (TicketTopic.ACCOUNT_LOGIN, TicketTopic.ACCOUNT_OTHER),
        3,
        "any",
        "login",
        notify_reason=NotifyReason.ACCOUNT_LOGIN,
        cs_direct=True,
    ),
    Scenario(
        "coupon",
        TicketReason.CONTACT_OTHER,
        (TicketTopic.ISSUE_COUPON, TicketTopic.KAUFLAND_CARD),
        3,
        "any",
        "coupon",
        notify_reason=NotifyReason.GIFT_CARD_LOYALTY_COUPON,
        cs_direct=True,
    ),
    Scenario(
        "payout",
        TicketReason.CONTACT_OTHER,
        (TicketTopic.ACCOUNT_CASH_OUT_BALANCE,),
        2,
        "returned",
        "payout",
        notify_reason=NotifyReason.PAYOUT_CREDIT,
        cs_direct=True,
    ),
    Scenario(
        "cancel",
        TicketReason.CONTACT_OTHER,
        (TicketTopic.ORDER_CANCEL,),
        4,
        "unsent",
        "cancel",
        cancel="buyer",
    ),
)
BY_KEY = {scenario.key: scenario for scenario in SCENARIOS}

# A ticket the seller opens towards the buyer (an unclear delivery address before shipping).
SELLER_QUESTION = Scenario(
    "seller_question", TicketReason.CONTACT_OTHER, (TicketTopic.DELIVERY_OTHER_QUESTION,), 0, "unsent", "mediation"
)

# The unit's status when the order is created, by what the scenario needs.
STATUS_FOR_NEED = {
    "delivered": Unit.RECEIVED,
    "in_transit": Unit.SENT,
    "unsent": Unit.NEED_TO_BE_SENT,
    "returned": Unit.RETURNED,
    "any": Unit.RECEIVED,
}
