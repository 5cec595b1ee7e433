"""The week report as PDF: it opens, its text reads back, pages are numbered; charts are images."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quadrant.domain.errors import ExportFailed
from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import IsoWeek
from quadrant.interop.report import Chart, ReportOptions, Variant
from quadrant.interop.week_export import ExportFormat, export_week
from quadrant.services import reflection, tasks
from quadrant.store.unit_of_work import SqlUnitOfWork

WEEK = IsoWeek(2026, 47)
MONDAY = datetime(2026, 11, 16, 9, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Qt for painting: pytest-qt's QApplication (a later widget test needs one, not a
    QGuiApplication)."""


@pytest.fixture
def week(uow: SqlUnitOfWork) -> SqlUnitOfWork:
    """Week 47: work done for three people, an urgent request, a reason, and the answers."""
    for title, quadrant, who in (
        ("Board pack", Quadrant.DO, "Marieke Jansen"),
        ("Onboarding plan", Quadrant.PLAN, "Sanne Visser"),
        ("Expense claims", Quadrant.DELEGATE, "Pieter de Boer"),
    ):
        task = tasks.capture(uow, title, quadrant=quadrant, requester_name=who, now=MONDAY)
        assert task.id is not None
        tasks.complete(uow, task.id, MONDAY + timedelta(days=1))
    moved = tasks.capture(uow, "Auditor meeting", quadrant=Quadrant.PLAN, now=MONDAY)
    assert moved.id is not None
    tasks.move(uow, moved.id, Quadrant.DO, reason="emergency", note="Auditor came early",
               now=MONDAY + timedelta(hours=3))  # fmt: skip
    reflection.save_reflection(
        uow, WEEK, {"went_well": "Onboarding was ready early.", "next_week": "Protect mornings."}
    )
    return uow


def write_pdf(uow: SqlUnitOfWork, target: Path, **options: object) -> Path:
    from quadrant.ui.pdf import paint_chart, pdf_renderer

    return export_week(
        uow, WEEK, target, ExportFormat.PDF, ReportOptions(**options),  # type: ignore[arg-type]
        pdf_renderer=pdf_renderer, chart_painter=paint_chart,
    )  # fmt: skip


def page_count(path: Path) -> int:
    """Pages, from pdfinfo when installed, else from the page tree's /Count."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]
    counts = re.findall(rb"/Count (\d+)", path.read_bytes())
    return max(int(c) for c in counts)


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text pdftotext reads; the test is skipped (saying why) where it is not installed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    # NFKC: the fi and fl ligatures the PDF draws read back as two letters, as a reader shows them
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())


def test_the_pdf_opens_and_its_text_can_be_read(week: SqlUnitOfWork, tmp_path: Path) -> None:
    target = write_pdf(week, tmp_path / "week.pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert page_count(target) >= 1
    text = pdf_text(target)
    expected = ("Week 2026-W47: my reflection", "What was done, and for whom", "Board pack",
                "Onboarding was ready early.", "Auditor came early")  # fmt: skip
    for words in expected:
        assert words in text


def test_every_page_carries_its_number(week: SqlUnitOfWork, tmp_path: Path) -> None:
    long_answer = "\n\n".join(f"Paragraph {n}: " + "a thought worth keeping. " * 30
                              for n in range(12))  # fmt: skip
    reflection.save_reflection(week, WEEK, {"learned": long_answer})
    target = write_pdf(week, tmp_path / "long.pdf")
    pages = page_count(target)
    assert pages >= 3
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in pdf_text(target, page)


def test_a_dutch_report_numbers_its_pages_in_dutch(week: SqlUnitOfWork, tmp_path: Path) -> None:
    target = write_pdf(week, tmp_path / "week-nl.pdf", language="nl")
    text = pdf_text(target, 1)
    assert "Week 2026-W47: mijn reflectie" in text
    assert "Pagina 1 van" in text


def test_charts_are_pictures_in_the_pdf(week: SqlUnitOfWork, tmp_path: Path) -> None:
    target = write_pdf(week, tmp_path / "charts.pdf")
    assert target.read_bytes().count(b"/Subtype /Image") >= 2  # quadrants, urgent requests
    assert "Completed work per quadrant" in pdf_text(target)  # the caption stays text


def test_the_value_report_pdf_leaves_out_private_text(week: SqlUnitOfWork, tmp_path: Path) -> None:
    target = write_pdf(week, tmp_path / "value.pdf", variant=Variant.VALUE,
                       hide_other_names=True, for_requester="Sanne Visser")  # fmt: skip
    text = pdf_text(target)
    assert "Sanne Visser" in text and "Onboarding plan" in text
    for private in ("Onboarding was ready early.", "Auditor came early", "Marieke", "Pieter"):
        assert private not in text


def test_a_failure_while_drawing_leaves_no_file(week: SqlUnitOfWork, tmp_path: Path) -> None:
    def broken(html: str) -> bytes:
        raise ExportFailed("The printer engine gave up.")

    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportFailed):
        export_week(
            week, WEEK, folder / "broken.pdf", ExportFormat.PDF, ReportOptions(),
            pdf_renderer=broken,
        )  # fmt: skip
    assert list(folder.iterdir()) == []


def test_the_command_line_writes_a_pdf_without_a_display(
    week: SqlUnitOfWork, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "cli.pdf"
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "quadrant", "export-week", "--week", "2026-W47", "--format", "pdf",
         "--output", str(target), "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=120, env=environment, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert page_count(target) >= 1


labels = st.text(
    st.characters(blacklist_categories=("Cs",)), max_size=80
)  # any text a requester's name may hold, control characters and right-to-left included


@settings(max_examples=40, deadline=None)
@given(
    bars=st.lists(st.tuples(labels, st.floats(0, 1e6, allow_nan=False)), max_size=12),
    percent=st.booleans(),
)
def test_any_chart_paints_as_a_png(bars: list[tuple[str, float]], percent: bool) -> None:
    from quadrant.ui.pdf import CHART_WIDTH, paint_chart

    png = paint_chart(Chart("any", "Any", tuple(bars), percent=percent))
    assert png.startswith(PNG)
    assert int.from_bytes(png[16:20], "big") == CHART_WIDTH


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=st.text(st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_any_answer_makes_a_pdf(answer: str) -> None:
    from html import escape

    from quadrant.ui.pdf import html_to_pdf

    page = f'<html lang="en"><body><h2>Reflection</h2><p>{escape(answer)}</p></body></html>'
    data = html_to_pdf(page)
    assert data.startswith(b"%PDF-") and b"/Count " in data
