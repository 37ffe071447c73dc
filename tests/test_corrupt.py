"""Tests for scorer.corrupt: injected self-contradictions on real articles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from helpers import articles_frame, data_home, seed_articles

from scorer.corrupt import (
    CORRUPTION_KINDS,
    TRUTH_COLUMNS,
    consistency_scores,
    corrupt,
    corruption_report,
)


def _offsets(where: str) -> tuple[int, int]:
    start, end = where.split("[")[1].rstrip("]").split(":")
    return int(start), int(end)


@pytest.fixture(scope="module")
def seeds():
    return seed_articles()


@pytest.mark.parametrize("kind", CORRUPTION_KINDS)
def test_truth_points_at_the_injected_text(seeds, kind):
    corrupted, truth = corrupt(seeds, kind=kind, seed=3)
    assert list(truth.columns) == TRUTH_COLUMNS
    assert truth["article_id"].tolist() == seeds["article_id"].tolist()
    done = truth.loc[truth["skipped"].isna()]
    assert corrupted["article_id"].tolist() == done["article_id"].tolist()
    assert len(done) >= 2, truth  # 000 and 004 name every person once
    texts = dict(zip(corrupted["article_id"], corrupted["text"], strict=True))
    originals = dict(zip(seeds["article_id"], seeds["text"], strict=True))
    for row in done.itertuples(index=False):
        start, end = _offsets(row.where)
        assert texts[row.article_id][start:end] == row.injected
        assert texts[row.article_id] != originals[row.article_id]
        if kind == "paragraph_duplicated":
            assert texts[row.article_id].count(row.injected) >= 2
        else:
            assert row.injected != row.original
        # The original text is still there: one statement is added or one word changed.
        if kind in ("number_restated", "date_moved", "paragraph_duplicated"):
            assert texts[row.article_id].replace(row.injected, "", 1) != ""
            assert len(texts[row.article_id]) > len(originals[row.article_id])


def test_deterministic_and_order_independent(seeds):
    for kind in CORRUPTION_KINDS:
        a = corrupt(seeds, kind=kind, seed=1)
        b = corrupt(seeds.iloc[::-1].reset_index(drop=True), kind=kind, seed=1)
        pd.testing.assert_frame_equal(a[1], b[1].iloc[::-1].reset_index(drop=True))
        other = corrupt(seeds, kind=kind, seed=2)
        if kind != "name_respelled":
            assert not a[1]["where"].equals(other[1]["where"]), kind


def test_skipped_articles_are_reported(seeds):
    broken = pd.concat(
        [
            seeds,
            articles_frame(
                [
                    {"article_id": "empty", "text": ""},
                    {"article_id": "bad", "text": "Some text of 1,000 words.", "error": "x"},
                    {"article_id": "short", "text": "No numbers here at all."},
                ]
            ),
        ],
        ignore_index=True,
    )
    corrupted, truth = corrupt(broken, kind="number_restated")
    skipped = truth.set_index("article_id")["skipped"]
    assert skipped["empty"] == "empty text"
    assert skipped["bad"] == "article error: x"
    assert skipped["short"] == "no eligible claim"
    assert not {"empty", "bad", "short"} & set(corrupted["article_id"])
    with pytest.raises(ValueError, match="unknown corruption kind"):
        corrupt(seeds, kind="typo")
    empty, truth = corrupt(seeds.iloc[0:0], kind="date_moved")
    assert empty.empty and truth.empty and list(truth.columns) == TRUTH_COLUMNS


def test_seed_corruptions_lower_consistency(seeds):
    original = consistency_scores(seeds)
    for kind in CORRUPTION_KINDS:
        corrupted, truth = corrupt(seeds, kind=kind)
        report = corruption_report(original, consistency_scores(corrupted), truth)
        # date_moved in 002 restates a photo caption's date in the body: captions
        # are metadata, not read for claims, so that one goes unseen (4 of 5).
        assert report.loc[kind, "detection"] >= 0.8, (kind, report)
    # 001 (triple headline) and 003 (re-posted old story) are inconsistent already.
    assert (original["consistency"] == 1.0).tolist() == [True, False, True, False, True]


# --- public data: fakenewsamt legit and BuzzFeed "mostly true" -----------------


def _public_articles() -> dict[str, pd.DataFrame]:
    from scorer import datasets

    amt = datasets.fakenewsamt()
    amt = amt.loc[amt["label"] == 1]
    buzz = datasets.buzzfeed_webis()
    buzz = buzz.loc[buzz["veracity"] == "mostly true"].iloc[:300]
    out = {}
    for name, frame in (("fakenewsamt", amt), ("buzzfeed", buzz)):
        out[name] = articles_frame(frame[["article_id", "title", "text"]].to_dict("records"))
    return out


@pytest.mark.data
def test_detection_and_false_alarms_on_public_data():
    if not (data_home() / "fakenewsamt").exists():
        pytest.skip("public data not found")
    reports = []
    for name, articles in _public_articles().items():
        original = consistency_scores(articles)
        for kind in CORRUPTION_KINDS:
            corrupted, truth = corrupt(articles, kind=kind)
            report = corruption_report(original, consistency_scores(corrupted), truth)
            reports.append(report.assign(data=name))
    table = pd.concat(reports).reset_index()
    print("\n" + table.to_string())
    totals = table.groupby("kind")["n"].sum()
    for kind in CORRUPTION_KINDS:
        assert totals[kind] >= 100, (kind, totals[kind])
    assert (table["n"] >= 30).all(), table
    assert (table["detection"] >= 0.90).all(), table
    assert (table["false_alarm"] <= 0.05).all(), table
    # Fakenewsamt's legit articles are short and clean: almost no alarm at all.
    amt = table.loc[table["data"] == "fakenewsamt"]
    assert (amt["any_alarm"] <= 0.05).all(), amt
    # BuzzFeed's longer articles: any alarm at all on 3-6% of the originals
    # (measured 0.032-0.059, mostly real misspellings of names in the source).
    buzz = table.loc[table["data"] == "buzzfeed"]
    assert (buzz["any_alarm"] <= 0.07).all(), buzz
    assert np.isfinite(table["detection"]).all()


def test_report_of_no_articles_is_an_empty_table():
    _, truth = corrupt(seed_articles().iloc[0:0], kind="date_moved")
    report = corruption_report(pd.DataFrame(), pd.DataFrame(), truth)
    assert report.empty and list(report.columns) == [
        "n",
        "n_skipped",
        "detection",
        "false_alarm",
        "any_alarm",
    ]


def test_page_furniture_is_never_corrupted():
    # A posting line and an embed signature are the page's, not the story's.
    text = (
        "Posted by Robin Ficker Law Offices Group on Tuesday, September 20, 2016\n"
        "The mayor of the city said on Monday that the budget would pass.\n"
        "Great rally with Senator Jane Mattis today in the city of Columbus.\n"
        "— Jane Mattis (@janemattis) September 22, 2016\n"
        "Jane Mattis spoke to voters in Columbus for an hour on Thursday.\n"
        "Mattis said the campaign would stay in Ohio for the whole month."
    )
    articles = articles_frame([{"article_id": "x", "text": text}])
    for seed in range(6):
        # The only calendar dates are the posting line's and the signature's.
        _, truth = corrupt(articles, kind="date_moved", seed=seed)
        assert truth["skipped"].notna().all(), truth
        corrupted, truth = corrupt(articles, kind="name_respelled", seed=seed)
        assert truth["skipped"].isna().all(), truth
        line = int(truth["where"].iloc[0].split()[1])
        assert "(@" not in corrupted["text"].iloc[0].split("\n")[line - 1]
