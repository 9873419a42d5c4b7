"""Weekly trend charts as inline SVG drawn on the server: no script, no chart library, readable by screen readers.

Each chart carries a <title>, a <desc> listing every number, and a <title> per bar or point (the tooltip);
the page adds a table with the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
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
    """Coordinates with one decimal: format_html escapes its arguments into strings before formatting."""
    return f"{number:.1f}"


def _y(value: float, top: float) -> float:
    return TOP + PLOT_H - (value / top) * PLOT_H


def _axis(top: float, fmt: Callable[[float], str]) -> SafeString:
    lines = []
    for fraction in (0, 0.5, 1):
        y = _y(top * fraction, top)
        lines.append(
            format_html(
                '<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}"/>'
                '<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                _f(y),
                _f(y),
                LEFT - 6,
                _f(y + 4),
                fmt(top * fraction),
            )
        )
    return mark_safe("".join(lines))  # noqa: S308 - every part went through format_html


def _x_labels(points: Sequence[Point], slot: float) -> SafeString:
    # Keep the labels apart: at most about eight under the axis, evenly spaced.
    every = max(1, math.ceil(len(points) / 8))
    shown = range(len(points) - 1, -1, -every)  # counted back from the latest week, which is always labelled
    return format_html_join(
        "",
        '<text class="tick" x="{}" y="{}" text-anchor="middle">{}</text>',
        ((_f(LEFT + slot * (i + 0.5)), HEIGHT - 10, points[i].label) for i in shown),
    )


def _frame(chart_id: str, title: str, points: Sequence[Point], fmt: Callable[[float], str], body: SafeString) -> str:
    desc = "; ".join(f"{p.label}: {fmt(p.value) if p.value is not None else '–'}" for p in points)
    return format_html(
        '<svg class="chart" id="{id}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-title {id}-desc" '
        'preserveAspectRatio="xMidYMid meet"><title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        '<line class="axis" x1="{left}" x2="{right}" y1="{base}" y2="{base}"/>{body}</svg>',
        id=chart_id,
        w=WIDTH,
        h=HEIGHT,
        title=title,
        desc=desc,
        left=LEFT,
        right=WIDTH - RIGHT,
        base=TOP + PLOT_H,
        body=body,
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
            format_html(
                '<rect class="bar" x="{}" y="{}" width="{}" height="{}" data-value="{}"><title>{}: {}</title></rect>',
                _f(LEFT + slot * i + (slot - bar_w) / 2),
                _f(y),
                _f(bar_w),
                _f(TOP + PLOT_H - y),
                point.value,
                point.label,
                fmt(point.value),
            )
        )
    body = mark_safe(_axis(top, fmt) + "".join(bars) + _x_labels(points, slot))  # noqa: S308 - escaped above
    return mark_safe(_frame(chart_id, title, points, fmt, body))  # noqa: S308 - built with format_html


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
            format_html(
                '<circle class="dot" cx="{}" cy="{}" r="4" data-value="{}"><title>{}: {}</title></circle>',
                _f(x),
                _f(y),
                point.value,
                point.label,
                fmt(point.value),
            )
        )
    lines = format_html_join(
        "",
        '<polyline class="line" points="{}"/>',
        ((" ".join(f"{x:.1f},{y:.1f}" for x, y in segment),) for segment in segments if len(segment) > 1),
    )
    body = mark_safe(_axis(top, fmt) + lines + "".join(dots) + _x_labels(points, slot))  # noqa: S308 - escaped
    return mark_safe(_frame(chart_id, title, points, fmt, body))  # noqa: S308 - built with format_html
