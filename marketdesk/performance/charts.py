"""Weekly trend charts as inline SVG drawn on the server: no script, no chart library, readable by screen readers.

Each chart carries a <title>, a <desc> listing every number, and a <title> per bar or point (the tooltip);
the page adds a table with the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 14, 16, 34
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM


@dataclass(frozen=True, slots=True)
class Point:
    label: str  # the week, as shown under the axis
    value: float | None  # None: nothing to measure that week (no bar, a gap in the line)


def nice_ceiling(value: float) -> float:
    """The axis maximum: 1, 2, 2.5 or 5 times a power of ten, at least `value` (and never 0)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)  # pragma: no cover - the loop always returns


def _f(number: float) -> str:
    """Coordinates with one decimal."""
    return f"{number:.1f}"


def _y(value: float, top: float) -> float:
    return TOP + PLOT_H - (value / top) * PLOT_H


# The charts are written with f-strings, every text escaped as it goes in (coordinates are numbers written here):
# format_html's escaping of each argument was a third of a year's charts.


def _axis(top: float, fmt: Callable[[float], str]) -> str:
    lines = []
    for fraction in (0, 0.5, 1):
        y = _f(_y(top * fraction, top))
        lines.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{_f(_y(top * fraction, top) + 4)}" text-anchor="end">'
            f"{escape(fmt(top * fraction))}</text>"
        )
    return "".join(lines)


def _x_labels(points: Sequence[Point], slot: float) -> str:
    # Keep the labels apart: at most about eight under the axis, evenly spaced.
    every = max(1, math.ceil(len(points) / 8))
    shown = range(len(points) - 1, -1, -every)  # counted back from the latest week, which is always labelled
    return "".join(
        f'<text class="tick" x="{_f(LEFT + slot * (i + 0.5))}" y="{HEIGHT - 10}" text-anchor="middle">'
        f"{escape(points[i].label)}</text>"
        for i in shown
    )


def _frame(chart_id: str, title: str, points: Sequence[Point], fmt: Callable[[float], str], body: str) -> SafeString:
    desc = escape("; ".join(f"{p.label}: {fmt(p.value) if p.value is not None else '–'}" for p in points))
    id_ = escape(chart_id)
    return mark_safe(  # noqa: S308 - every text is escaped, the rest are numbers
        f'<svg class="chart" id="{id_}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{id_}-title {id_}-desc" preserveAspectRatio="xMidYMid meet">'
        f'<title id="{id_}-title">{escape(title)}</title><desc id="{id_}-desc">{desc}</desc>'
        f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + PLOT_H}" y2="{TOP + PLOT_H}"/>{body}</svg>'
    )


def bar_chart(
    *, chart_id: str, title: str, points: Sequence[Point], fmt: Callable[[float], str], top: float | None = None
) -> SafeString:
    """One bar per point, scaled to `top` (or a round number above the largest value)."""
    top = top or nice_ceiling(max((p.value or 0 for p in points), default=0))
    slot = PLOT_W / max(len(points), 1)
    bar_w = max(2.0, slot * 0.7)
    bars = []
    for i, point in enumerate(points):
        if point.value is None:
            continue
        y = _y(point.value, top)
        bars.append(
            f'<rect class="bar" x="{_f(LEFT + slot * i + (slot - bar_w) / 2)}" y="{_f(y)}" width="{_f(bar_w)}" '
            f'height="{_f(TOP + PLOT_H - y)}" data-value="{escape(str(point.value))}">'
            f"<title>{escape(point.label)}: {escape(fmt(point.value))}</title></rect>"
        )
    return _frame(chart_id, title, points, fmt, _axis(top, fmt) + "".join(bars) + _x_labels(points, slot))


def line_chart(
    *, chart_id: str, title: str, points: Sequence[Point], fmt: Callable[[float], str], top: float
) -> SafeString:
    """A line through the weeks that have a value, with a dot per week; weeks without one leave a gap."""
    slot = PLOT_W / max(len(points), 1)
    segments: list[list[tuple[float, float]]] = [[]]
    dots = []
    for i, point in enumerate(points):
        if point.value is None:
            segments.append([])
            continue
        x, y = LEFT + slot * (i + 0.5), _y(point.value, top)
        segments[-1].append((x, y))
        dots.append(
            f'<circle class="dot" cx="{_f(x)}" cy="{_f(y)}" r="4" data-value="{escape(str(point.value))}">'
            f"<title>{escape(point.label)}: {escape(fmt(point.value))}</title></circle>"
        )
    lines = "".join(
        f'<polyline class="line" points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in segment)}"/>'
        for segment in segments
        if len(segment) > 1
    )
    return _frame(chart_id, title, points, fmt, _axis(top, fmt) + lines + "".join(dots) + _x_labels(points, slot))
