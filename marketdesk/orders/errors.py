"""Refusals of order actions; each maps to a Seller API problem type."""

from marketdesk.core.errors import ActionNotAllowed, ValidationFailed


class RefundExceedsRemaining(ActionNotAllowed):
    code = "insufficient_funds"


class DuplicateRefundKey(ValidationFailed):
    code = "duplicate_action"


class CancelNotPossible(ActionNotAllowed):
    code = "cancel_not_possible"


class ShippingStepNotAllowed(ActionNotAllowed):
    """The unit's status does not allow this shipping step (send, fulfil): 403 /problems/action-not-allowed."""

    code = "action_not_allowed"
