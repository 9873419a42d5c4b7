"""Errors on the wire: {"type": "/problems/…", "message", "errors": [{"field", "message"}]} with the status."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import JsonResponse

from marketdesk.core.errors import DomainError

BAD_REQUEST = "/problems/bad-request"
VALIDATION_ERROR = "/problems/validation-error"
NOT_FOUND = "/problems/not-found"
FORBIDDEN = "/problems/forbidden"
UNAUTHORIZED = "/problems/unauthorized"
INVALID_CREDENTIALS = "/problems/invalid-credentials"
CORRUPTED_SIGNATURE = "/problems/corrupted-signature"
MISSING_HEADER = "/problems/missing-or-invalid-request-header"
ACTION_NOT_ALLOWED = "/problems/action-not-allowed"
DUPLICATE_ACTION = "/problems/duplicate-action"
SERVER_ERROR = "/problems/server-error"
TOO_MANY_REQUESTS = "about:blank"  # the reference defines no type for 429

# Domain error code → (HTTP status, problem type). Another seller's object is not found, never forbidden.
DOMAIN = {
    "not_found": (404, NOT_FOUND),
    "validation_error": (400, VALIDATION_ERROR),
    "attachments_upload_failure": (400, "/problems/tickets/attachments-upload-failure"),
    "duplicate_action": (400, DUPLICATE_ACTION),
    "insufficient_funds": (400, "/problems/insufficient-funds"),
    "action_not_allowed": (403, ACTION_NOT_ALLOWED),
    "finally_closed": (403, "/problems/tickets/finally-closed"),
    "non_closable_by_seller": (403, "/problems/tickets/non-closable-by-seller"),
    "internal_action_restriction": (403, "/problems/tickets/internal-action-restriction"),
    "cancel_not_possible": (403, "/problems/order-units/cancel-not-possible"),
}


@dataclass
class ApiProblem(Exception):
    status: int
    type: str
    message: str
    errors: list[dict[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def invalid(cls, field_name: str, message: str) -> ApiProblem:
        return cls(400, VALIDATION_ERROR, message, [{"field": field_name, "message": message}])

    @classmethod
    def from_domain(cls, error: DomainError) -> ApiProblem:
        status, problem_type = DOMAIN.get(error.code, (400, BAD_REQUEST))
        errors = [{"field": error.field, "message": error.message}] if error.field else []
        return cls(status, problem_type, error.message, errors)

    def response(self) -> JsonResponse:
        body = {"type": self.type, "message": self.message, "errors": self.errors}
        response = JsonResponse(body, status=self.status)
        for name, value in self.headers.items():
            response[name] = value
        return response
