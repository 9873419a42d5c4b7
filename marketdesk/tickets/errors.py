"""Refusals of ticket actions; each maps to a Seller API problem type."""

from marketdesk.core.errors import ActionNotAllowed


class TicketFinallyClosed(ActionNotAllowed):
    code = "finally_closed"


class NotClosableBySeller(ActionNotAllowed):
    code = "non_closable_by_seller"


class AlreadyClosed(ActionNotAllowed):
    code = "action_not_allowed"


class HeldByCustomerService(ActionNotAllowed):
    code = "internal_action_restriction"
