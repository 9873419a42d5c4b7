"""Domain errors: each has a stable code, a message for people and, where it applies, the field."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the marketplace refused an action; nothing was written."""

    code = "domain_error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(DomainError):
    """The object does not exist for this actor (another seller's data is 'not found', never 'forbidden')."""

    code = "not_found"


class ValidationFailed(DomainError):
    code = "validation_error"


class ActionNotAllowed(DomainError):
    code = "action_not_allowed"
