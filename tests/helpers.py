"""Small builders the test files share: articles and line segments from raw text.

They build tables by hand, independent of ``scorer.io`` and ``spam.segment``,
so each stage can be tested on the founding corpus with the gold line labels.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

from scorer.schema import ARTICLE_COLUMNS, SEGMENT_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "examples" / "niger-2023"
#: Page dates of the founding articles (000 and 004 show none).
SEED_DATES = {"001": "2023-12-05", "002": "2023-12-05", "003": "2025-06-26"}


def data_home() -> Path:
    """SCORER_DATA_HOME, else ../shared/data beside the repository (may not exist)."""
    configured = os.environ.get("SCORER_DATA_HOME")
    return Path(configured) if configured else ROOT.parent / "shared" / "data"


def articles_frame(rows: list[dict]) -> pd.DataFrame:
    """An articles table with every schema column from a list of partial rows."""
    frame = pd.DataFrame(rows).reindex(columns=ARTICLE_COLUMNS)
    # object columns, so a test can later set a string (an error) in a column left empty
    frame = frame.astype({column: object for column in ARTICLE_COLUMNS})
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def seed_articles() -> pd.DataFrame:
    """The five founding articles with their page dates, built without scorer.io."""
    return articles_frame(
        [
            {
                "article_id": path.stem,
                "text": path.read_text(encoding="utf-8"),
                "published": SEED_DATES.get(path.stem[:3]),
            }
            for path in sorted(SEEDS.glob("*.txt"))
        ]
    )


def gold_labels() -> dict[tuple[str, int], str]:
    """(article_id, 1-based line) -> label, from the founding corpus' line_labels.csv."""
    table = pd.read_csv(SEEDS / "line_labels.csv")
    return {
        (file.removesuffix(".txt"), int(line)): label
        for file, line, label in zip(table["file"], table["line"], table["label"], strict=True)
    }


def line_segments(
    texts: pd.DataFrame | Mapping[str, str],
    label_of: Callable[[str, int], str] | Mapping[tuple[str, int], str] | None = None,
) -> pd.DataFrame:
    """One segment per non-empty line, labelled by ``label_of`` (default "content").

    ``texts`` is an articles table or a mapping article_id -> text; ``label_of``
    a function (article_id, line_no) -> label or a mapping of those keys.
    """
    if isinstance(texts, pd.DataFrame):
        texts = dict(zip(texts["article_id"], texts["text"], strict=True))
    if label_of is None:
        label_of = lambda article_id, line_no: "content"  # noqa: E731
    elif isinstance(label_of, Mapping):
        labels = label_of
        label_of = lambda article_id, line_no: labels.get((article_id, line_no), "content")  # noqa: E731
    rows = []
    for article_id, text in texts.items():
        position, seg_no = 0, 0
        for line_no, line in enumerate(str(text).split("\n"), start=1):
            if line.strip():
                rows.append(
                    {
                        "article_id": article_id,
                        "seg_no": seg_no,
                        "line_no": line_no,
                        "start": position,
                        "end": position + len(line),
                        "text": line,
                        "label": label_of(article_id, line_no),
                        "category": pd.NA,
                        "reason": pd.NA,
                        "spam_start": -1,
                        "spam_end": -1,
                    }
                )
                seg_no += 1
            position += len(line) + 1
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)
