"""Query plans for bench/run.py: which indexes a query uses, what it reads without one, how many rows it touches.

PostgreSQL plans come from `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`, SQLite plans from `EXPLAIN QUERY PLAN`; both are
reduced to a `Plan` with a few abbreviated lines for people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# The product's tables. Key lookups of the session, the user or the API key are not what a plan is read for here.
DATA_TABLES = ("tickets_", "orders_", "policy_", "notify_", "textmodules_")
# A sequential scan or a sort over at least this many rows is named in the summary.
BIG = 1000
_SCANS = ("Seq Scan", "Index Scan", "Index Only Scan", "Bitmap Heap Scan")
_SQLITE_INDEX = re.compile(r"USING (?:COVERING )?INDEX (\w+)")
_SQLITE_TABLE = re.compile(r"^(SEARCH|SCAN) (\w+)")


@dataclass
class Plan:
    indexes: list[str] = field(default_factory=list)  # used on the product's tables
    full_scans: list[str] = field(default_factory=list)  # product tables read without an index
    sorted_rows: int = 0  # rows sorted after reading (PostgreSQL)
    temp_sorts: int = 0  # sorts through a temporary B-tree (SQLite: ORDER BY or GROUP BY not served by an index)
    touched: int | None = None  # rows the scans read, filtered ones included (PostgreSQL only)
    filtered: int | None = None  # … of which a filter threw away
    lines: list[str] = field(default_factory=list)
    jit_ms: float = 0.0

    def summary(self) -> str:
        """Indexes used, then what needs a look: '✗ seq <table>' and big sorts."""
        parts = list(dict.fromkeys(self.indexes))
        parts += [f"✗ seq {table}" for table in dict.fromkeys(self.full_scans)]
        if self.sorted_rows >= BIG:
            parts.append(f"sort {self.sorted_rows:,}")
        if self.temp_sorts:
            parts.append(f"temp b-tree ×{self.temp_sorts}")
        return ", ".join(parts) or "–"


def merge(plans: list[Plan]) -> Plan:
    """The plans of one page's queries as one: every index, every full scan, rows summed."""
    total = Plan()
    for plan in plans:
        total.indexes += plan.indexes
        total.full_scans += plan.full_scans
        total.sorted_rows += plan.sorted_rows
        total.temp_sorts += plan.temp_sorts
        total.jit_ms += plan.jit_ms
        if plan.touched is not None:
            total.touched = (total.touched or 0) + plan.touched
            total.filtered = (total.filtered or 0) + (plan.filtered or 0)
    return total


def _is_data(table: str) -> bool:
    return table.startswith(DATA_TABLES)


def _walk(node: dict[str, Any], depth: int = 0) -> Iterator[tuple[int, dict[str, Any]]]:
    yield depth, node
    for child in node.get("Plans", []):
        yield from _walk(child, depth + 1)


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _describe(node: dict[str, Any]) -> str:
    loops = int(node.get("Actual Loops", 1))
    text = str(node["Node Type"])
    if node.get("Index Name"):
        text += f" using {node['Index Name']}"
    if node.get("Relation Name"):
        text += f" on {node['Relation Name']}"
    text += f"  rows={int(node.get('Actual Rows', 0)):,}" + (f" ×{loops:,} loops" if loops != 1 else "")
    removed = _removed(node)
    if removed:
        text += f" removed={removed:,}"
    if node.get("Sort Method"):
        text += f" ({node['Sort Method']}, {node.get('Sort Space Used', '?')} kB)"
    text += f"  {float(node.get('Actual Total Time', 0)):.2f} ms"
    condition = node.get("Index Cond") or node.get("Recheck Cond") or node.get("Filter")
    if condition:
        text += f"  [{_short(str(condition), 90)}]"
    return text


def _removed(node: dict[str, Any]) -> int:
    # EXPLAIN gives these per loop, like Actual Rows.
    per_loop = float(node.get("Rows Removed by Filter", 0)) + float(node.get("Rows Removed by Index Recheck", 0))
    return round(per_loop * float(node.get("Actual Loops", 1)))


def postgres(document: list[dict[str, Any]], max_lines: int = 14) -> Plan:
    top = document[0]
    root = top["Plan"]
    plan = Plan(touched=0, filtered=0)
    jit = top.get("JIT") or {}
    plan.jit_ms = float((jit.get("Timing") or {}).get("Total") or 0)
    head = f"execution {top.get('Execution Time', 0):.2f} ms, planning {top.get('Planning Time', 0):.2f} ms"
    head += f", buffers hit={root.get('Shared Hit Blocks', 0):,} read={root.get('Shared Read Blocks', 0):,}"
    if plan.jit_ms:
        head += f", JIT {plan.jit_ms:.1f} ms"
    plan.lines.append(head)
    for depth, node in _walk(root):
        kind, table = node["Node Type"], str(node.get("Relation Name", ""))
        loops = float(node.get("Actual Loops", 1))
        rows = round(float(node.get("Actual Rows", 0)) * loops)
        if kind in _SCANS:
            removed = _removed(node)
            plan.touched = (plan.touched or 0) + rows + removed
            plan.filtered = (plan.filtered or 0) + removed
            if _is_data(table) and node.get("Index Name"):
                plan.indexes.append(str(node["Index Name"]))
            if _is_data(table) and kind == "Seq Scan" and rows + removed >= BIG:
                plan.full_scans.append(table)
        elif kind == "Bitmap Index Scan" and node.get("Index Name"):
            plan.indexes.append(str(node["Index Name"]))
        elif kind in ("Sort", "Incremental Sort"):
            plan.sorted_rows += rows
        if len(plan.lines) <= max_lines:
            plan.lines.append("  " * depth + "-> " + _describe(node))
    if len(plan.lines) > max_lines:
        plan.lines.append("   …")
    return plan


def sqlite(rows: list[tuple[int, int, int, str]]) -> Plan:
    plan = Plan()
    depth: dict[int, int] = {0: -1}
    for node_id, parent, _unused, detail in rows:
        depth[node_id] = depth.get(parent, -1) + 1
        plan.lines.append("  " * depth[node_id] + "-> " + detail)
        table = _SQLITE_TABLE.match(detail)
        index = _SQLITE_INDEX.search(detail)
        if "TEMP B-TREE" in detail:
            plan.temp_sorts += 1
        if table is None or not _is_data(table.group(2)):
            continue
        if "VIRTUAL TABLE" in detail:
            plan.indexes.append(f"{table.group(2)} (FTS5)")
        elif index:
            plan.indexes.append(index.group(1))
        elif "PRIMARY KEY" in detail:
            plan.indexes.append(f"{table.group(2)} primary key")
        elif table.group(1) == "SCAN":
            plan.full_scans.append(table.group(2))
    return plan
