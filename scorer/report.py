"""A self-contained HTML report of an analysis: plots inline, no network needed.

``python -m scorer report PATH -o DIR`` writes ``DIR/report.html`` with
:func:`render_report`. The page holds everything a reader needs to check a
score: the ranked articles with each family's points and the score's
interval, the plots, the outlet table (shrunk toward the corpus prior), the
claims other outlets contradict, each article's self-contradictions, and
every article's text with its spam and page chrome highlighted.

Plots are PNG images embedded as ``data:`` URIs and the styles are inline, so
the file opens offline and can be mailed as it is.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from scorer.combine import COMPONENTS
from scorer.features.spam import highlight_segments
from scorer.plots import plot_contributions, plot_reliability
from scorer.schema import ARTICLE_ID, ERROR, FAMILIES, SOURCE

__all__ = ["render_report"]

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto;
       max-width: 1100px; color: #222; line-height: 1.4; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: .2em; }
h2 { border-bottom: 2px solid #34495e; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; font-size: .9em; margin: .5em 0 1em; }
th, td { border: 1px solid #ccc; padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: #ecf0f1; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #777; font-size: .9em; }
.bar { display: inline-block; height: .8em; background: #4c9a2a; vertical-align: middle; }
img { max-width: 100%; }
section.article { border: 1px solid #ddd; border-radius: 6px; padding: .5em 1em; margin: 1em 0; }
"""


def _figure_uri(figure: Figure) -> str:
    # A bare Figure (not pyplot): no backend switch, no window, nothing left open
    # in the caller's notebook.
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _plot(draw: Any, frame: pd.DataFrame, size: tuple[float, float]) -> str:
    figure = Figure(figsize=size)
    draw(frame, ax=figure.subplots())
    return f'<img alt="{html.escape(draw.__name__)}" src="{_figure_uri(figure)}">'


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return '<td class="num">—</td>'
    if isinstance(value, float):
        return f'<td class="num">{value:.3f}</td>'
    if isinstance(value, int):
        return f'<td class="num">{value:,}</td>'
    return f"<td>{html.escape(str(value))}</td>"


def _table(frame: pd.DataFrame, *, links: str | None = None) -> str:
    """A plain HTML table; ``links`` names a column whose cells link to article anchors."""
    if frame.empty:
        return '<p class="muted">none</p>'
    head = "".join(f"<th>{html.escape(str(column))}</th>" for column in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record, strict=True):
            if column == links and isinstance(value, str):
                anchor = html.escape(_anchor(value))
                cells.append(f'<td><a href="#{anchor}">{html.escape(value)}</a></td>')
            else:
                cells.append(_cell(value.item() if hasattr(value, "item") else value))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _anchor(article_id: str) -> str:
    return "article-" + "".join(c if c.isalnum() else "-" for c in article_id)


def _ranked(scores: pd.DataFrame) -> pd.DataFrame:
    columns = [ARTICLE_ID, SOURCE, "reliability", "reliability_low", "reliability_high"]
    columns += [*FAMILIES, ERROR]
    ranked = scores[columns].sort_values(
        ["reliability", ARTICLE_ID], ascending=[False, True], na_position="last", kind="mergesort"
    )
    if ranked[ERROR].isna().all():
        ranked = ranked.drop(columns=ERROR)
    return ranked.rename(columns={"reliability_low": "low", "reliability_high": "high"})


def _article_section(result: Any, article_id: str, rank: int) -> str:
    tables = result.explain(article_id)
    score = tables["scores"].iloc[0]
    title = score.get("title")
    heading = html.escape(str(title) if isinstance(title, str) and title else article_id)
    points = {
        family: score.get(f"points_{family}")
        for family in COMPONENTS
        if f"points_{family}" in tables["scores"]
    }
    contributions = pd.DataFrame(
        {
            "family": list(points),
            "value": [score.get(family) for family in points],
            "points": list(points.values()),
        }
    )
    conflicts = tables["claims"].loc[
        lambda c: c["status"] == "contradicted", ["sentence", "kind", "value", "conflict_with"]
    ]
    unattributed = tables["sentences"]
    if {"claim_bearing", "attributed"} <= set(unattributed.columns):
        unattributed = unattributed.loc[
            unattributed["claim_bearing"].fillna(False).astype(bool)
            & ~unattributed["attributed"].fillna(False).astype(bool),
            ["sentence"],
        ]
    else:
        unattributed = unattributed.iloc[0:0][["sentence"]]
    reliability = score.get("reliability")
    shown = "—" if pd.isna(reliability) else f"{reliability:.3f}"
    error = score.get(ERROR)
    parts = [
        f'<section class="article" id="{html.escape(_anchor(article_id))}">',
        f"<h3>#{rank} {heading}</h3>",
        f'<p class="muted">{html.escape(article_id)} · outlet '
        f"{html.escape(str(score.get(SOURCE)))} · reliability <b>{shown}</b>"
        + (
            f" [{score.get('reliability_low'):.2f}, {score.get('reliability_high'):.2f}]"
            if not pd.isna(reliability)
            else ""
        )
        + (f" · error: {html.escape(str(error))}" if isinstance(error, str) else "")
        + "</p>",
        "<h4>What the score stands on</h4>",
        _table(contributions),
        "<h4>Self-contradictions</h4>",
        _table(tables["inconsistencies"][["kind", "reason"]]),
        "<h4>Claims other outlets contradict</h4>",
        _table(conflicts),
        "<h4>Checkable sentences with no source</h4>",
        _table(unattributed.head(15)),
        "<details><summary>The text, line by line (spam and page chrome highlighted)</summary>",
        highlight_segments(tables["segments"]),
        "</details>",
        "</section>",
    ]
    return "\n".join(parts)


def render_report(result: Any, *, title: str = "scorer report", max_articles: int = 200) -> str:
    """The whole report of an :class:`~scorer.pipeline.Analysis` as one HTML page.

    Parameters
    ----------
    result : scorer.pipeline.Analysis
        What :func:`scorer.analyze` returned.
    title : str
        The page title.
    max_articles : int
        At most this many articles get a detailed section (the best and the
        worst halves when there are more); all are in the ranked table.

    Returns
    -------
    str
        A complete, self-contained HTML document (no external resources).

    Examples
    --------
    >>> import scorer
    >>> page = render_report(scorer.analyze(scorer.load_articles(scorer.EXAMPLE_CORPUS)))
    >>> page.startswith("<!DOCTYPE html>"), "http://" in page or "https://" in page
    (True, False)
    """
    scores = result.scores
    ranked = _ranked(scores)
    ids = ranked[ARTICLE_ID].tolist()
    if len(ids) > max_articles:
        half = max_articles // 2
        detailed = ids[:half] + ids[-(max_articles - half) :]
        note = (
            f'<p class="muted">Details for the {half} best and {max_articles - half} worst '
            f"of {len(ids):,} articles.</p>"
        )
    else:
        detailed, note = ids, ""
    rank_of = {article_id: rank for rank, article_id in enumerate(ids, start=1)}
    scored = scores.loc[scores["reliability"].notna()]
    plots = ""
    if len(scored):
        height = min(0.35 * len(scored) + 1.2, 12)
        plots = _plot(plot_reliability, scored.head(60), (8, height)) + _plot(
            plot_contributions, scored.head(60), (8, height)
        )
    claims = result.claims
    conflicts = claims.loc[
        claims["status"] == "contradicted",
        [ARTICLE_ID, "sentence", "kind", "key", "value", "conflict_with"],
    ]
    sources = result.sources.rename(columns={"reliability_low": "low", "reliability_high": "high"})
    n_outlets = scores[SOURCE].nunique()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="muted">{len(scores):,} articles from {n_outlets:,} outlets · '
        f"{len(scored):,} scored · reliability in [0, 1], higher is more trustworthy; "
        "the interval is wide when the evidence is thin.</p>",
        "<h2>Articles, ranked</h2>",
        _table(ranked, links=ARTICLE_ID),
        plots,
        "<h2>Outlets</h2>",
        '<p class="muted">Mean reliability of each outlet\'s articles, shrunk toward the corpus '
        "prior: an outlet seen once stays near it.</p>",
        _table(sources),
        "<h2>Claims other outlets contradict</h2>",
        _table(conflicts.head(300), links=ARTICLE_ID),
        "<h2>Self-contradictions</h2>",
        _table(result.inconsistencies[[ARTICLE_ID, "kind", "reason"]], links=ARTICLE_ID),
        "<h2>Articles</h2>",
        note,
        *(_article_section(result, article_id, rank_of[article_id]) for article_id in detailed),
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part)
