"""What bench/run.py measured and how it reads: operations with their timings and plans, the targets with ✓/✗, the
table, the EXPLAIN evidence, and the section of docs/performance.md they go into."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import explain

DOCS = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
CLAIM_BATCH = 20  # the worker's default batch
_SELECT_LIST = re.compile(r"^SELECT (DISTINCT )?.*? FROM ")


@dataclass
class Statement:
    sql: str
    params: Any
    times: list[float] = field(default_factory=list)
    plan: explain.Plan | None = None

    @property
    def is_read(self) -> bool:
        return self.sql.lstrip().upper().startswith(("SELECT", "WITH"))

    @property
    def is_transaction_control(self) -> bool:
        return self.sql.lstrip().upper().startswith(("BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "COMMIT"))

    def short(self) -> str:
        text = _SELECT_LIST.sub(r"SELECT \1… FROM ", " ".join(self.sql.replace('"', "").split()), count=1)
        return text if len(text) <= 150 else text[:149] + "…"


@dataclass
class Operation:
    key: str
    label: str
    kind: str  # page, api, performance, worker
    path: str = ""
    expect: tuple[int, ...] = (200,)
    job: Callable[[], object] | None = None  # worker operations: the worker's own code, in this process
    due: Callable[[dt.datetime], Any] | None = None  # … and the queryset of what is due
    at: dt.datetime | None = None  # … at this instant
    pending: str = ""  # why it is not measured yet
    statements: list[Statement] = field(default_factory=list)
    app: list[float] = field(default_factory=list)  # server time (Server-Timing) or the job's time, seconds
    http: list[float] = field(default_factory=list)  # round trip as the client saw it
    floor: list[float] = field(default_factory=list)
    due_rows: int | None = None
    due_plan: explain.Plan | None = None

    @property
    def plan(self) -> explain.Plan:
        return explain.merge([s.plan for s in self.statements if s.plan is not None])

    @property
    def heaviest(self) -> Statement | None:
        return max(self.statements, key=lambda s: median(s.times), default=None)


def percentile(values: list[float], p: float) -> float:
    """Nearest rank, in milliseconds."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))] * 1000


def median(values: list[float]) -> float:
    return percentile(values, 50)


@dataclass
class Sample:
    """The seller and the values its pages are asked for, read from the database."""

    seller_id: int
    seller_name: str
    tickets: int
    tabs: dict[str, int]
    number: str
    id_order: str
    topic: str
    storefront: str
    latest: dt.datetime
    database_tickets: int


# --- targets and output ---------------------------------------------------------------------------------------------

# (kind, what, limit in ms) per backend; the ratio target holds for lists, searches and the API on PostgreSQL.
TARGETS = {
    "postgresql": [
        ("page", "list, search and filter pages: p95 ≤ 50 ms", 50.0),
        ("api", "GET /v2/tickets: p95 ≤ 30 ms", 30.0),
        ("performance", "Service Performance: p95 ≤ 300 ms", 300.0),
    ],
    "sqlite": [
        ("page", "list, search and filter pages: p95 < 200 ms", 200.0),
        ("api", "GET /v2/tickets: p95 < 200 ms", 200.0),
        ("performance", "Service Performance: p95 < 200 ms", 200.0),
    ],
}
RATIO = 2.0


def ratio(op: Operation) -> float:
    floor = median(op.floor)
    return median(op.app) / floor if floor else math.nan


def only_due_rows(op: Operation, sqlite_db: bool) -> tuple[bool | None, str]:
    """The due query reads what is due, through its partial index: PostgreSQL counts rows, SQLite shows the plan.
    None when nothing at all is due (an empty outbox proves nothing)."""
    plan, due = op.due_plan, op.due_rows or 0
    if plan is None:
        return False, "no plan"
    claim = explain.merge([s.plan for s in op.statements if s.is_read and s.plan is not None])
    used = ", ".join(dict.fromkeys(plan.indexes)) or "no index"
    if not due and not plan.touched:
        return None, "nothing due, nothing read (no rows to show the index at work)"
    if sqlite_db:
        ok = bool(plan.indexes) and not plan.full_scans and not claim.full_scans
        return ok, f"{due:,} due; found through {used}; the claim through {claim.summary()}"
    ok = bool(plan.indexes) and not plan.full_scans and plan.filtered == 0 and plan.touched == due
    ok = ok and not claim.full_scans and (claim.touched or 0) <= max(due, CLAIM_BATCH)
    return ok, (
        f"{due:,} due; counting them read {plan.touched:,} rows through {used} ({plan.filtered:,} filtered away); "
        f"the claim read {claim.touched:,} rows ({claim.summary()})"
    )


def verdicts(ops: list[Operation], vendor: str) -> list[tuple[bool, str, list[str]]]:
    measured = [op for op in ops if not op.pending]
    lines = []
    for kind, text, limit in TARGETS[vendor]:
        mine = [op for op in measured if op.kind == kind]
        if not mine:
            continue  # not run this time (--only)
        # "≤" on PostgreSQL, "<" on SQLite.
        strict = vendor == "sqlite"
        slow = [op for op in mine if percentile(op.app, 95) > limit or (strict and percentile(op.app, 95) == limit)]
        failing = [f"{op.label} {percentile(op.app, 95):.1f} ms" for op in slow]
        lines.append((not failing, text, failing))
    if vendor == "postgresql":
        mine = [op for op in measured if op.kind in ("page", "api")]
        failing = [f"{op.label} {ratio(op):.1f}×" for op in mine if not ratio(op) <= RATIO]
        if mine:
            lines.append(
                (not failing, f"application p50 within {RATIO:g}× the raw-SQL floor (lists, searches)", failing)
            )
    checks = [(op, *only_due_rows(op, vendor == "sqlite")) for op in measured if op.kind == "worker"]
    if checks:
        lines.append(
            (
                all(ok is not False for _op, ok, _text in checks),
                "due-deadline and outbox queries touch only due rows",
                [f"{op.label}: {text}{'  ✗' if ok is False else ''}" for op, ok, text in checks],
            )
        )
    pending = [op.label for op in ops if op.pending]
    if pending:
        lines.append((False, "pending (not measured)", pending))
    return lines


def _ms(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1f}"


COLUMNS = ("operation", "app p50", "app p95", "HTTP p95", "floor p50", "floor p95", "ratio", "SQL", "rows", "index")


def rows(ops: list[Operation]) -> list[tuple[str, ...]]:
    table: list[tuple[str, ...]] = []
    for op in ops:
        if op.pending:
            table.append((op.label, "pending", "", "", "", "", "", "", "", op.pending))
            continue
        plan = op.plan
        table.append(
            (
                op.label,
                _ms(median(op.app)),
                _ms(percentile(op.app, 95)),
                _ms(percentile(op.http, 95)),
                _ms(median(op.floor)),
                _ms(percentile(op.floor, 95)),
                "–" if math.isnan(ratio(op)) else f"{ratio(op):.1f}×",
                str(len(op.statements)),
                "–" if plan.touched is None else f"{plan.touched:,}",
                plan.summary(),
            )
        )
    return table


def text_table(ops: list[Operation]) -> str:
    table = [COLUMNS, *rows(ops)]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS) - 1)]
    out = []
    for row in table:
        cells = [row[0].ljust(widths[0]), *(cell.rjust(w) for cell, w in zip(row[1:-1], widths[1:], strict=True))]
        out.append("  ".join([*cells, row[-1]]))
    return "\n".join(out)


def markdown_table(ops: list[Operation]) -> str:
    out = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows(ops)]
    return "\n".join(out)


def evidence(ops: list[Operation]) -> str:
    """Per operation: each statement's floor p50 and plan summary, and the heaviest statement's plan abbreviated."""
    out = []
    for op in ops:
        if op.pending:
            continue
        out.append(f"## {op.label}" + (f"   {op.path}" if op.path else ""))
        heaviest = op.heaviest
        for statement in op.statements:
            summary = statement.plan.summary() if statement.plan else "–"
            out.append(f"  {median(statement.times):7.2f} ms  {statement.short()}\n              index: {summary}")
        if heaviest is not None and heaviest.plan is not None:
            out.append("  heaviest statement's plan:")
            out += ["    " + line for line in heaviest.plan.lines]
        if op.due_plan is not None:
            out.append(f"  what is due at {op.at:%Y-%m-%d %H:%M} UTC ({op.due_rows:,} rows), counted:")
            out += ["    " + line for line in op.due_plan.lines]
        out.append("")
    return "\n".join(out)


def report(
    ops: list[Operation], s: Sample, vendor: str, args: argparse.Namespace, machine: list[str], *, markdown: bool
) -> str:
    title = "PostgreSQL" if vendor == "postgresql" else "SQLite"
    tabs = ", ".join(f"{name} {count:,}" for name, count in sorted(s.tabs.items()))
    head = [
        f"{title}: {s.database_tickets:,} tickets; seller #{s.seller_id} ({s.seller_name}) "
        f"with {s.tickets:,} ({tabs}).",
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC: {args.requests} warm requests per operation after "
        f"{args.warmup} warm-up, one client, gunicorn -w {args.workers}; the floor alternates with them on the same "
        "database.",
        *machine,
    ]
    marks = [
        f"{'✓' if ok else '✗'} {text}" + "".join(f"\n    {item}" for item in failing)
        for ok, text, failing in verdicts(ops, vendor)
    ]
    if not markdown:
        return "\n".join([*head, "", text_table(ops), "", *marks, "", evidence(ops)])
    return "\n".join(
        [
            *(f"- {line}" for line in head),
            "",
            markdown_table(ops),
            "",
            "Targets:",
            "",
            "```text",
            *marks,
            "```",
            "",
            "<details><summary>EXPLAIN evidence: every statement of each operation, and the heaviest one's plan"
            "</summary>",
            "",
            "```text",
            evidence(ops),
            "```",
            "",
            "</details>",
        ]
    )


def write_docs(vendor: str, text: str) -> None:
    start, end = f"<!-- bench/run.py {vendor} -->", f"<!-- /bench/run.py {vendor} -->"
    document = DOCS.read_text() if DOCS.exists() else ""
    if start not in document or end not in document:
        sys.exit(f"{DOCS} lacks the markers {start} … {end} where the results go.")
    before, rest = document.split(start, 1)
    after = rest.split(end, 1)[1]
    DOCS.write_text(f"{before}{start}\n{text}\n{end}{after}")
    print(f"Wrote the {vendor} section of {DOCS}.")
