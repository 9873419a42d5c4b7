"""What the demo holds, as printed after seeding, and the table of demo logins."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count

from marketdesk.accounts.models import Buyer, SellerAccount, User
from marketdesk.demo.people import DEMO_PASSWORD, LOGINS
from marketdesk.orders.models import Cancellation, Order, OrderUnit, Refund
from marketdesk.policy.models import CaseState, DecisionKind, PolicyCase, PolicyDecision
from marketdesk.textmodules.models import TextModule
from marketdesk.tickets.enums import PortalTab, TicketStatus
from marketdesk.tickets.models import Attachment, Ticket, TicketMessage


def _counted(field: str, rows: list[dict[str, object]], keys: list[str]) -> str:
    counts = {str(row[field]): row["n"] for row in rows}
    return ", ".join(f"{key} {counts.get(key, 0)}" for key in keys)


def summary_lines() -> list[str]:
    tabs = [tab.value for tab in PortalTab]
    statuses = [status.value for status in TicketStatus]
    all_tabs = list(Ticket.objects.values("portal_tab").annotate(n=Count("id")))
    seller_tabs = list(
        Ticket.objects.filter(seller__users__username="seller").values("portal_tab").annotate(n=Count("id"))
    )
    by_status = list(Ticket.objects.values("status").annotate(n=Count("id")))
    decisions = list(PolicyDecision.objects.values("decision").annotate(n=Count("id")))
    cases = list(PolicyCase.objects.values("state").annotate(n=Count("id")))
    return [
        f"Sellers        {SellerAccount.objects.count()}",
        f"Buyers         {Buyer.objects.count()}",
        f"Orders         {Order.objects.count()} with {OrderUnit.objects.count()} order units",
        f"Tickets        {Ticket.objects.count()}: {_counted('portal_tab', all_tabs, tabs)}",
        f"  of 'seller'  {_counted('portal_tab', seller_tabs, tabs)}",
        f"  by status    {_counted('status', by_status, statuses)}",
        f"  held by CS   {Ticket.objects.filter(held_by_cs=True).count()}",
        f"Messages       {TicketMessage.objects.count()} ({Attachment.objects.count()} attachments)",
        f"Refunds        {Refund.objects.count()} (partial: {Refund.objects.filter(cause='partial_refund').count()})",
        f"Cancellations  {Cancellation.objects.count()}",
        f"Text modules   {TextModule.objects.count()}",
        f"Policy checks  {_counted('decision', decisions, [d.value for d in DecisionKind])}; cases: "
        + _counted("state", cases, [c.value for c in CaseState]),
    ]


def login_lines() -> list[str]:
    """The demo logins that exist, as a table; empty when there are none."""
    existing = set(
        User.objects.filter(username__in=[login.username for login in LOGINS]).values_list("username", flat=True)
    )
    rows = [("user", "password", "role", "sees")]
    rows += [(x.username, DEMO_PASSWORD, x.role, x.sees) for x in LOGINS if x.username in existing]
    if len(rows) == 1:
        return []
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return [*lines, "", f"Open {settings.PUBLIC_BASE_URL}/ and log in with one of them."]
