"""The per-area scores as an inline SVG bar chart.

Drawn by hand rather than with a plotting library: the report must open
offline, from an e-mail attachment, with no script and no new dependency,
and a row of labelled bars is a few dozen lines of SVG. One horizontal bar
per area (long area names read better beside a bar than under it), coloured
by the same bands as the overall verdict, with the value printed at its end;
when comparing with a previous audit, a dark tick marks the old score.
The chart has a ``<title>`` and ``<desc>`` so a screen reader can speak it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from smaudit.formatters import score_text
from smaudit.report.model import AreaScore

VERDICT_COLORS = {"Ready": "#2e7d32", "Nearly ready": "#689f38", "Needs work": "#d97706",
                  "Not ready": "#c62828"}
"""The overall score's colour follows the verdict, which also weighs critical findings."""

COLORS: tuple[tuple[float, str], ...] = (
    (90, "#2e7d32"),
    (75, "#689f38"),
    (50, "#f9a825"),
    (0, "#c62828"),
)
"""Bar colours by score band (green, light green, amber, red)."""

LABEL_WIDTH = 240
BAR_WIDTH = 470
VALUE_WIDTH = 70
ROW = 30
BAR = 18
TOP = 24


def color(score: float) -> str:
    """The fill for a bar of ``score``."""
    for floor, fill in COLORS:
        if score >= floor:
            return fill
    return COLORS[-1][1]


def _x(score: float) -> float:
    return LABEL_WIDTH + BAR_WIDTH * max(0.0, min(100.0, score)) / 100


def bar_chart(areas: Sequence[AreaScore], *, ident: str = "area-chart") -> str:
    """An ``<svg>`` element with one bar per area, 0-100."""
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = TOP + ROW * len(areas) + 8
    described = "; ".join(f"{a.title} {score_text(a.score)}" for a in areas)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{ident}-title {ident}-desc" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="13">',
        f'<title id="{ident}-title">Readiness by area, out of 100</title>',
        f'<desc id="{ident}-desc">{escape(described)}</desc>',
    ]
    bottom = TOP + ROW * len(areas)
    for tick in (0, 25, 50, 75, 100):
        x = _x(tick)
        parts.append(f'<line x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{bottom}" '
                     f'stroke="#d0d4da" stroke-width="1"/>')
        parts.append(f'<text x="{x:.1f}" y="{TOP - 10}" text-anchor="middle" fill="#6b7280" '
                     f'font-size="11">{tick}</text>')
    for index, area in enumerate(areas):
        y = TOP + ROW * index + (ROW - BAR) / 2
        middle = y + BAR / 2 + 4.5
        parts.append(f'<text x="{LABEL_WIDTH - 10}" y="{middle:.1f}" text-anchor="end" '
                     f'fill="#1f2937">{escape(area.title)}</text>')
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y:.1f}" width="{BAR_WIDTH}" height="{BAR}" '
                     f'fill="#eef0f3" rx="3"/>')
        length = _x(area.score) - LABEL_WIDTH
        if length > 0:
            parts.append(f'<rect x="{LABEL_WIDTH}" y="{y:.1f}" width="{length:.1f}" '
                         f'height="{BAR}" fill="{color(area.score)}" rx="3">'
                         f'<title>{escape(area.title)}: {score_text(area.score)}</title></rect>')
        if area.previous is not None:
            px = _x(area.previous)
            parts.append(f'<line x1="{px:.1f}" y1="{y - 3:.1f}" x2="{px:.1f}" '
                         f'y2="{y + BAR + 3:.1f}" stroke="#111827" stroke-width="2">'
                         f'<title>Previous audit: {score_text(area.previous)}</title></line>')
        parts.append(f'<text x="{LABEL_WIDTH + BAR_WIDTH + 10}" y="{middle:.1f}" '
                     f'fill="#1f2937" font-weight="600">{score_text(area.score)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
