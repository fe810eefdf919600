"""The report's two charts: scores per area, and the overall score over time.

Both must read on a phone, on paper and offline, with no script. The area
chart is therefore HTML and CSS rather than an image: one row per area with
its name, a bar whose width is the score and the number, which reflows to
two lines on a narrow screen instead of shrinking its text the way a scaled
SVG would. The trend (``--history``) is a small inline SVG drawn in a narrow
coordinate space, so that at phone width it is shown at about its own size.
Colours follow the score bands; every figure is also written as text, so
nothing depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from smaudit.formats import score_text
from smaudit.report.readiness import AreaScore, HistoryPoint

VERDICT_COLORS = {"Ready": "#2e7d32", "Nearly ready": "#558b2f", "Needs work": "#b45309",
                  "Not ready": "#b71c1c", "No score": "#4b5563"}
"""The overall score's colour follows the verdict, which also weighs critical findings."""

COLORS: tuple[tuple[float, str], ...] = (
    (90, "#2e7d32"),
    (75, "#558b2f"),
    (50, "#b7791f"),
    (0, "#b71c1c"),
)
"""Bar colours by score band (green, olive, amber, red), dark enough for white text."""


def color(score: float) -> str:
    """The fill for a bar of ``score``."""
    return next((fill for floor, fill in COLORS if score >= floor), COLORS[-1][1])


def _delta(area: AreaScore) -> str:
    delta = area.delta
    if not delta:
        return ""
    sign = "+" if delta > 0 else ("\u2212" if delta < 0 else "\u00b1")
    return (f' <span class="delta">({sign}{score_text(abs(delta))} since '
            f'{score_text(area.previous or 0)})</span>')


def area_bars(areas: Sequence[AreaScore]) -> str:
    """A list of labelled bars, one per area, 0 to 100."""
    rows = []
    for area in areas:
        width = max(0.0, min(100.0, area.score))
        rows.append(
            f'<li class="bar-row"><span class="bar-label">{escape(area.title)}</span>'
            f'<span class="bar-track" aria-hidden="true"><span class="bar-fill" '
            f'style="width: {width:g}%; background: {color(area.score)}"></span></span>'
            f'<span class="bar-value">{score_text(area.score)}{_delta(area)}</span></li>')
    return ('<ul class="bars" aria-label="Readiness by area, out of 100">'
            + "".join(rows) + "</ul>")


def trend_svg(points: Sequence[HistoryPoint]) -> str:
    """A line of the overall score across audits, oldest first; audits without a score
    are marked on the axis and break the line."""
    width, height, left, right, top, bottom = 360, 190, 34, 16, 16, 48
    span = max(1, len(points) - 1)
    step = (width - left - right) / span

    def x(index: int) -> float:
        return left + step * index if len(points) > 1 else (left + width - right) / 2

    def y(score: float) -> float:
        return top + (height - top - bottom) * (1 - max(0.0, min(100.0, score)) / 100)

    described = "; ".join(f"{p.label}: {score_text(p.score) if p.score is not None else 'no score'}"
                          for p in points)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="trend" role="img" '
             f'viewBox="0 0 {width} {height}" aria-labelledby="trend-title trend-desc" '
             f'font-family="system-ui, sans-serif" font-size="12">',
             '<title id="trend-title">Overall score over time, out of 100</title>',
             f'<desc id="trend-desc">{escape(described)}</desc>']
    for tick in (0, 50, 100):
        parts.append(f'<line x1="{left}" y1="{y(tick):.1f}" x2="{width - right}" '
                     f'y2="{y(tick):.1f}" stroke="#d1d5db"/>')
        parts.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" '
                     f'fill="#4b5563">{tick}</text>')
    segment: list[str] = []
    for index, point in enumerate(points):
        if point.score is None:
            if len(segment) > 1:
                parts.append(f'<polyline points="{" ".join(segment)}" fill="none" '
                             f'stroke="#1f2937" stroke-width="2"/>')
            segment = []
            continue
        segment.append(f"{x(index):.1f},{y(point.score):.1f}")
    if len(segment) > 1:
        parts.append(f'<polyline points="{" ".join(segment)}" fill="none" '
                     f'stroke="#1f2937" stroke-width="2"/>')
    # Characters a label may take (about 7 units each at this size), so the labels
    # of neighbouring audits do not run into each other.
    room = max(5, int(step / 7)) if len(points) > 1 else 20
    for index, point in enumerate(points):
        # The end of a long label is kept: audits named by date differ at the end.
        text = point.label if len(point.label) <= room else "\u2026" + point.label[1 - room:]
        label = escape(text)
        anchor = "start" if index == 0 and len(points) > 1 else (
            "end" if index == len(points) - 1 and len(points) > 1 else "middle")
        parts.append(f'<text x="{x(index):.1f}" y="{height - bottom + 18}" '
                     f'text-anchor="{anchor}" fill="#1f2937">{label}</text>')
        if point.score is None:
            parts.append(f'<text x="{x(index):.1f}" y="{height - bottom - 4}" '
                         f'text-anchor="{anchor}" fill="#4b5563">no score</text>')
            continue
        parts.append(f'<circle cx="{x(index):.1f}" cy="{y(point.score):.1f}" r="4" '
                     f'fill="{color(point.score)}"/>')
        parts.append(f'<text x="{x(index):.1f}" y="{y(point.score) - 8:.1f}" '
                     f'text-anchor="{anchor}" fill="#1f2937" font-weight="600">'
                     f'{score_text(point.score)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
