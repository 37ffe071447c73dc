"""Tests for scorer.report and ``python -m scorer report``: a self-contained HTML page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest
from matplotlib import image

import scorer
from scorer.__main__ import main
from scorer.report import render_report
from scorer.synthetic import make_corpus
from tests.helpers import SEEDS


@pytest.fixture(scope="module")
def page(seed_analysis) -> str:
    return render_report(seed_analysis, title="Niger, 4 December 2023")


def test_the_page_is_self_contained(page):
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    # nothing to fetch: no external scripts, styles, fonts or images
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<script" not in page and "<link" not in page
    assert page.count('src="data:image/png;base64,') == 2


def test_every_article_is_ranked_and_detailed(page, seed_analysis):
    for article_id in seed_analysis.scores["article_id"]:
        assert page.count(article_id) >= 2  # ranked table and its own section
    ranked = re.findall(r"<h3>#(\d+) ", page)
    assert ranked == ["1", "2", "3", "4", "5"]
    assert "Niger, 4 December 2023" in page


def test_the_evidence_is_on_the_page(page):
    # 002's "November 4", contradicted by the outlet dating the note 4 December,
    # is in the corpus-wide conflicts table with its sentence
    conflicts = page.split("<h2>Claims other outlets contradict</h2>")[1].split("<h2>")[0]
    assert "2023-11-04" in conflicts and "announced by Niger" in conflicts
    # 003's page date against its story's own date, and 001's repeated headline
    assert "2025-06-26" in page or "Jun 26, 2025" in page
    assert "repeated" in page
    # spam highlighted: 001's crypto ads and 000's CJK pharmacy spam sit in spam lines
    spam_lines = re.findall(r"\[spam/[a-z_]+\]</small>(.*?)</div>", page)
    assert len(spam_lines) >= 10
    assert any(re.search(r"[\u4e00-\u9fff]", line) for line in spam_lines)


def test_large_corpora_get_details_for_the_best_and_worst_only():
    articles, _ = make_corpus(30, seed=4)
    result = scorer.analyze(articles)
    page = render_report(result, max_articles=10)
    assert len(re.findall(r'<section class="article"', page)) == 10
    assert "5 best and 5 worst of 30 articles" in page
    ranks = [int(rank) for rank in re.findall(r"<h3>#(\d+) ", page)]
    assert ranks == [1, 2, 3, 4, 5, 26, 27, 28, 29, 30]


def test_articles_that_could_not_be_scored_still_appear():
    articles = pd.DataFrame(
        {
            "article_id": ["ok", "empty"],
            "text": ["The ministry said on Monday that 120 people were evacuated.", "   "],
        }
    )
    page = render_report(scorer.analyze(articles))
    assert "empty" in page and "error: " in page


def test_cli_writes_report_html(tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["report", str(SEEDS), "-o", str(out), "--no-progress"]) == 0
    written = (out / "report.html").read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>")
    assert "scorer report: niger-2023" in written
    assert "wrote" in capsys.readouterr().out


def test_cli_report_errors_are_one_line(tmp_path, capsys):
    assert main(["report", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def _chromium() -> str | None:
    return next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
    )


@pytest.mark.browser
def test_report_renders_in_headless_chromium(tmp_path, seed_analysis):
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("no chromium on PATH: `make test` installs it (tools/ensure_chromium.sh)")
        pytest.skip("no chromium on PATH (make browser installs it)")
    report = tmp_path / "report.html"
    report.write_text(render_report(seed_analysis), encoding="utf-8")
    shot = tmp_path / "shot.png"
    # An empty network proxy makes any attempt to fetch a resource fail: what
    # renders came from the file alone.
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--proxy-server=127.0.0.1:9",
        "--window-size=1200,1600",
        f"--screenshot={shot}",
        report.as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    pixels = image.imread(shot)[..., :3]
    assert pixels.shape[:2] == (1600, 1200)
    not_white = (pixels < 0.95).any(axis=2)
    # text, tables and the two plots: a real page, not a blank or an error screen
    assert not_white.mean() > 0.03
    assert np.unique((pixels * 255).astype(np.uint8).reshape(-1, 3), axis=0).shape[0] > 50
    # the plots' bars (a saturated blue) are on screen, so the inline images loaded
    blue = (pixels[..., 2] > 0.6) & (pixels[..., 0] < 0.45) & (pixels[..., 1] < 0.6)
    assert blue.mean() > 0.005
