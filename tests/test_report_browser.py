"""The client report in a real browser: printed to PDF on A4 and Letter, and at phone width.

Headless Chromium renders the report of ``examples/plans/bandwagon-boutique.yaml``
(and, printed, of a museum's flawed plan) as a client would see it. Printing
checks the page count, that no page ends on a heading and that no
recommendation is split across pages; the phone
check measures the page's scroll width with a probe script added to a copy
of the report (the report itself carries no script) and takes a screenshot.
Skipped when no Chromium is installed; CI installs Debian's.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.model.findings import AREAS

BOUTIQUE = Path(__file__).parent.parent / "examples" / "plans" / "bandwagon-boutique.yaml"
MUSEUM = Path(__file__).parent / "data" / "report" / "museum_roof_appeal.yaml"
BROWSER = next((path for name in ("chromium", "chromium-browser", "google-chrome")
                if (path := shutil.which(name))), None)
MAX_PAGES = 10
PHONE = 390

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=True)


def plain(text: str) -> str:
    """Text as compared across HTML and PDF: ligatures unfolded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


class Outline(HTMLParser):
    """Headings, and each recommendation's title and first words of what to do."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.recs: list[list[str]] = []
        self._open: str | None = None
        self._text: list[str] = []
        self._in_rec = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("h2", "h3", "p"):
            self._open, self._text = tag, []
        if tag == "article":
            self._in_rec = True
            self.recs.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_rec = False
        if tag == self._open:
            text = plain("".join(self._text))
            if tag in ("h2", "h3"):
                self.headings.append(text)
            if self._in_rec:
                self.recs[-1].append(text)
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)


@pytest.fixture(scope="module")
def boutique(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", str(BOUTIQUE), "-o", str(out), "--date", "2027-03-01"]) == 0
    return out


def printed(report: Path, tmp_path: Path, size: str) -> tuple[list[str], Outline]:
    """The report printed on ``size`` paper: each page's text, checked for what a
    printed deliverable must not do (more than ten pages, a page ending on a heading,
    a recommendation split across pages); and the page's outline."""
    from pypdf import PdfReader

    page = report.read_text(encoding="utf-8")
    sized = tmp_path / f"report-{size}.html"
    sized.write_text(page.replace("</style>", f"@page {{ size: {size}; }}</style>", 1),
                     encoding="utf-8")
    pdf = tmp_path / f"report-{size}.pdf"
    chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", sized.as_uri())
    pages = [plain(p.extract_text()) for p in PdfReader(pdf).pages]
    assert 2 <= len(pages) <= MAX_PAGES, f"{len(pages)} pages on {size}"
    outline = Outline()
    outline.feed(page)
    for number, text in enumerate(pages[:-1], 1):
        for heading in outline.headings:
            assert not text.endswith(heading), f"page {number} ends with {heading!r}"
    for rec in outline.recs:
        title = re.sub(r"^\d+\.\s*", "", rec[0])
        todo = next(p for p in rec if p.startswith("What to do."))[:60]
        holding = [n for n, text in enumerate(pages) if title in text.replace(". ", ".")
                   or title in text]
        assert holding, f"{title!r} not found in the PDF"
        assert todo in pages[holding[0]], f"{title!r} is split across pages"
    return pages, outline


@pytest.mark.parametrize("size", ["A4", "letter"])
def test_prints_in_at_most_ten_pages_with_nothing_stranded(boutique, tmp_path, size):
    pages, outline = printed(boutique, tmp_path, size)
    assert "Priorities" in pages[0], "the first page is filled, not left half empty"
    assert len(outline.recs) >= 19


def test_a_nonprofits_flawed_plan_prints_whole(tmp_path):
    """A plan unlike the boutique (a museum, a plan-file problem, 18 problems) prints
    within the same limits."""
    out = tmp_path / "museum.html"
    assert main(["report", str(MUSEUM), "-o", str(out), "--date", "2027-03-01"]) == 0
    _pages, outline = printed(out, tmp_path, "A4")
    assert len(outline.recs) >= 10


def test_phone_width_has_no_sideways_scrolling(boutique, tmp_path):
    """The report in a phone-sized frame: nothing wider than the screen.

    The frame is an ``iframe srcdoc`` (same origin as the probe page, so the probe can
    measure it): headless Chromium keeps its own window at least 500 pixels wide."""
    frame = html.escape(boutique.read_text(encoding="utf-8"), quote=True)
    probe = tmp_path / "probe.html"
    probe.write_text(
        f'<!DOCTYPE html><html><head><title>probe</title></head><body style="margin:0">'
        f'<iframe style="width:{PHONE}px;height:1500px;border:0" srcdoc="{frame}" '
        f'onload="var d = this.contentDocument.documentElement; document.title = '
        f"'width=' + d.scrollWidth + ' view=' + this.contentWindow.innerWidth\"></iframe>"
        f"</body></html>", encoding="utf-8")
    dom = chromium(tmp_path, "--window-size=800,2000", "--dump-dom", probe.as_uri()).stdout
    width, view = map(int, re.search(r"<title>width=(\d+) view=(\d+)</title>", dom).groups())
    assert view == PHONE and width <= view
    shot = tmp_path / "phone.png"
    chromium(tmp_path, f"--window-size={PHONE},2000", f"--screenshot={shot}",
             boutique.as_uri())
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (PHONE, 2000)


def test_each_area_of_a_comparison_fits_on_one_line(boutique, tmp_path):
    """On a desktop screen every area's name, bar and change since the last audit stand
    on one line ("76 (+50 since 26)" once wrapped under itself)."""
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"files": [{
        "path": str(BOUTIQUE), "score": 20.0, "findings": [],
        "areas": {area: 0.0 for area in AREAS}}]}), encoding="utf-8")
    out = tmp_path / "compare.html"
    assert main(["report", str(BOUTIQUE), "-o", str(out), "--compare", str(old)]) == 0
    frame = html.escape(out.read_text(encoding="utf-8"), quote=True)
    probe = tmp_path / "probe.html"
    probe.write_text(
        f'<!DOCTYPE html><html><head><title>probe</title></head><body style="margin:0">'
        f'<iframe style="width:960px;height:1500px;border:0" srcdoc="{frame}" '
        f'onload="var rows = this.contentDocument.querySelectorAll(\'.bar-row\'); '
        f"document.title = 'rows=' + rows.length + ' tallest=' + Math.max.apply(null, "
        f"Array.prototype.map.call(rows, function (r) {{ return r.offsetHeight; }}))\">"
        f"</iframe></body></html>", encoding="utf-8")
    dom = chromium(tmp_path, "--window-size=1000,1600", "--dump-dom", probe.as_uri()).stdout
    rows, tallest = map(int, re.search(r"<title>rows=(\d+) tallest=(\d+)</title>",
                                       dom).groups())
    assert rows == len(AREAS) and tallest <= 30, f"a row is {tallest}px tall"
