"""The ticket vocabularies of the Seller API (status, reason, topic) and of customer service."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class TicketStatus(models.TextChoices):
    OPENED = "opened", _("opened")
    BUYER_CLOSED = "buyer_closed", _("closed by the buyer")
    SELLER_CLOSED = "seller_closed", _("closed by the seller")
    BOTH_CLOSED = "both_closed", _("closed by both")
    CUSTOMER_SERVICE_CLOSED_FINAL = "customer_service_closed_final", _("closed finally by customer service")


CLOSED_STATUSES = frozenset(
    {
        TicketStatus.BUYER_CLOSED,
        TicketStatus.SELLER_CLOSED,
        TicketStatus.BOTH_CLOSED,
        TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL,
    }
)


class PortalTab(models.TextChoices):
    """What the seller portal shows, derived from the API status (DESIGN §2)."""

    OPEN = "open", _("Open")
    WAITING = "waiting", _("Waiting")
    CLOSED = "closed", _("Closed")


class TicketReason(models.TextChoices):
    PRODUCT_NOT_AS_DESCRIBED = "product_not_as_described", _("Product not as described")
    PRODUCT_DEFECT = "product_defect", _("Product defective")
    PRODUCT_NOT_DELIVERED = "product_not_delivered", _("Product not delivered")
    PRODUCT_RETURN = "product_return", _("Product return")
    CONTACT_OTHER = "contact_other", _("Other concern")


class TicketTopic(models.TextChoices):
    ORDER_CANCEL = "order_cancel", _("Cancel order")
    ORDER_PRODUCT_DEFECT = "order_product_defect", _("Product defect")
    ORDER_OTHER_QUESTION = "order_other_question", _("Other question about the order")
    DELIVERY_NOT_RECEIVED = "delivery_not_received", _("Delivery not received")
    DELIVERY_DELAYED = "delivery_delayed", _("Delivery delayed")
    DELIVERY_WRONG_PRODUCTS = "delivery_wrong_products", _("Wrong products delivered")
    DELIVERY_PARTS_MISSING = "delivery_parts_missing", _("Parts missing")
    DELIVERY_CHANGE_ADDRESS = "delivery_change_address", _("Change delivery address")
    DELIVERY_TO_STORE = "delivery_to_store", _("Delivery to a store")
    DELIVERY_OTHER_QUESTION = "delivery_other_question", _("Other delivery question")
    RETURN_CHECK_STATUS = "return_check_status", _("Return status")
    RETURN_REQUEST_LABEL = "return_request_label", _("Return label request")
    ISSUE_PAYPAL = "issue_paypal", _("PayPal")
    ISSUE_KLARNA = "issue_klarna", _("Klarna")
    ISSUE_CREDITCARD = "issue_creditcard", _("Credit card")
    ISSUE_SOFORT = "issue_sofort", _("Sofort")
    ISSUE_CONSORSFINANZ = "issue_consorsfinanz", _("Consors Finanz")
    ISSUE_CASHINADVANCE = "issue_cashinadvance", _("Cash in advance")
    ISSUE_PAYBACK = "issue_payback", _("Payback")
    ISSUE_BARZAHLEN = "issue_barzahlen", _("Barzahlen")
    ISSUE_COUPON = "issue_coupon", _("Coupon")
    INVOICE_NEEDED = "invoice_needed", _("Invoice needed")
    ADMONITION = "admonition", _("Payment reminder")
    ACCOUNT_NEWSLETTER = "account_newsletter", _("Newsletter")
    ACCOUNT_LOGIN = "account_login", _("Login")
    ACCOUNT_CANCEL = "account_cancel", _("Delete account")
    ACCOUNT_OTHER = "account_other", _("Other account question")
    ACCOUNT_AGE_VERIFICATION = "account_age_verification", _("Age verification")
    PRODUCT_PROPERTIES = "product_properties", _("Product properties")
    PRODUCT_AVAILABILITY = "product_availability", _("Product availability")
    PRODUCT_OTHER_QUESTION = "product_other_question", _("Other product question")
    ACCOUNT_CASH_OUT_BALANCE = "account_cash_out_balance", _("Pay out balance")
    OLD_DEVICE_TAKE_BACK = "old_device_take_back", _("Old device take-back")
    OTHER_QUESTION = "other_question", _("Other question")
    FRAUD = "fraud", _("Fraud")
    ISSUE_GOOGLEPAY = "issue_googlepay", _("Google Pay")
    ISSUE_APPLEPAY = "issue_applepay", _("Apple Pay")
    ISSUE_CLICK_TO_PAY = "issue_click_to_pay", _("Click to Pay")
    INVOICE_PROBLEM = "invoice_problem", _("Invoice problem")
    ISSUE_BLIK = "issue_blik", _("BLIK")
    KAUFLAND_CARD = "kaufland_card", _("Loyalty card")
    CS_NAGATIVE_RATING = "cs_nagative_rating", _("Negative rating")  # sic: the Seller API's spelling


class NotifyReason(models.TextChoices):
    """Why a seller hands a ticket to the marketplace's customer service (DESIGN §2)."""

    CANNOT_HELP_FURTHER = "cannot_help_further", _("I cannot help the customer any further")
    NOT_DIRECTED_AT_SELLER = "not_directed_at_seller", _("The concern is not directed at me")
    INVOICE_FICTITIOUS_SUPPLIER = "invoice_fictitious_supplier", _("Invoices in the fictitious-supplier model")
    PAYMENT_PROVIDER = "payment_provider", _("Klarna, PayPal or another payment provider")
    PAYOUT_CREDIT = "payout_credit", _("Payout of credit")
    GIFT_CARD_LOYALTY_COUPON = "gift_card_loyalty_coupon", _("Gift cards, loyalty card and coupons")
    ACCOUNT_LOGIN = "account_login", _("Login, password or account deletion")


class AuthorRole(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SELLER = "seller", _("Seller")
    CUSTOMER_SERVICE = "customer_service", _("Customer service")
    SYSTEM = "system", _("System")


class EventKind(models.TextChoices):
    OPENED = "opened", _("Ticket opened")
    MESSAGE = "message", _("Message")
    STATUS_CHANGED = "status_changed", _("Status changed")
    CLOSED = "closed", _("Closed")
    REOPENED = "reopened", _("Reopened")
    CS_NOTIFIED = "cs_notified", _("Customer service notified")
    CS_TOOK_OVER = "cs_took_over", _("Customer service took over")
    CS_HANDED_BACK = "cs_handed_back", _("Handed back to the seller")
    REFUNDED = "refunded", _("Refund")
    UNIT_CANCELLED = "unit_cancelled", _("Order unit cancelled")
    DEADLINE_CHANGED = "deadline_changed", _("Deadline changed")
    VIEWED_BY_CS = "viewed_by_cs", _("Opened by customer service")
    POLICY_CHECKED = "policy_checked", _("Return-option policy checked")
    POLICY_ENFORCED = "policy_enforced", _("Return-option policy enforced")
    POLICY_DISMISSED = "policy_dismissed", _("Policy case dismissed")
    POLICY_WINDOW_ENDED = "policy_window_ended", _("Return agreement window ended")
    DEADLINE_WARNING = "deadline_warning", _("Deadline warning sent")
    OVERDUE = "overdue", _("Answer deadline passed")
