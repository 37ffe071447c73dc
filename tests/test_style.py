"""NELA-style features on real text: the founding corpus and injected emphasis."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from helpers import seed_articles

from scorer.features.style import (
    LANGUAGE_CUES,
    LANGUAGE_FEATURES,
    STYLE_FEATURES,
    language_goodness,
    style_features,
)


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return seed_articles()


def test_one_row_per_article_in_input_order(seeds):
    out = style_features(seeds)
    assert out.index.tolist() == seeds["article_id"].astype(str).tolist()
    assert list(out.columns) == list(STYLE_FEATURES)
    assert out.notna().all().all()


def test_ranges_are_sane_on_real_news(seeds):
    out = style_features(seeds)
    assert out["mean_word_length"].between(3.5, 7).all()
    assert out["mean_sentence_length"].between(8, 60).all()
    assert out["type_token_ratio"].between(0.4, 1).all()
    for share in ("all_caps_share", "proper_noun_share"):
        assert out[share].between(0, 1).all(), share
    # news prose reads between "difficult" and "fairly easy"
    assert out["flesch_reading_ease"].between(0, 80).all()


def test_emphasis_injected_into_real_text_is_seen(seeds):
    body = seeds["text"].iloc[2]
    shouted = body.replace(". ", "!! ", 5).upper()
    frame = pd.DataFrame({"article_id": ["plain", "shouted"], "text": [body, shouted]})
    out = style_features(frame)
    assert out.loc["shouted", "exclamation_rate"] > out.loc["plain", "exclamation_rate"] + 0.1
    assert out.loc["shouted", "all_caps_share"] > 0.9 > out.loc["plain", "all_caps_share"]


def test_numbers_and_quotes_of_reporting_are_counted():
    frame = pd.DataFrame(
        {
            "article_id": ["report", "opinion"],
            "text": [
                '"We evacuated 120 people on 4 December," the EUCAP Sahel spokesman said.',
                "You will not believe the most shocking thing they perhaps did!",
            ],
        }
    )
    out = style_features(frame)
    assert out.loc["report", "number_rate"] > 0.1 and out.loc["opinion", "number_rate"] == 0
    assert out.loc["report", "quote_rate"] == 2
    assert out.loc["opinion", "second_person_rate"] > 0
    assert out.loc["opinion", "superlative_rate"] > 0
    assert out.loc["opinion", "hedge_rate"] > 0 and out.loc["report", "hedge_rate"] == 0
    assert out.loc["report", "first_person_rate"] > 0


def test_empty_and_error_rows_are_nan_not_dropped(seeds):
    frame = seeds.iloc[:3].copy()
    frame["text"] = [frame["text"].iloc[0], "", None]
    frame["error"] = [pd.NA, pd.NA, "could not decode"]
    out = style_features(frame)
    assert len(out) == 3
    assert out.iloc[0].notna().all()
    assert out.iloc[1:].isna().all().all()
    assert style_features(seeds.iloc[:0]).shape == (0, len(STYLE_FEATURES))


def test_deterministic_and_does_not_mutate(seeds):
    before = seeds.copy()
    first = style_features(seeds)
    pd.testing.assert_frame_equal(first, style_features(seeds))
    pd.testing.assert_frame_equal(seeds, before)
    assert np.isfinite(first.to_numpy()).all()


def test_language_cue_directions_agree_with_their_scales():
    # direction +1 needs limit < typical (more is better), -1 the opposite
    for column, (direction, typical, limit) in LANGUAGE_CUES.items():
        assert column in STYLE_FEATURES
        assert np.sign(typical - limit) == direction, column
    assert tuple(LANGUAGE_CUES) == LANGUAGE_FEATURES


def test_language_of_the_founding_reports_is_ordinary(seeds):
    good = language_goodness(style_features(seeds))
    assert good.name == "language"
    assert good.index.tolist() == seeds["article_id"].astype(str).tolist()
    # five news reports: written like ordinary reporting on most cues
    assert good.between(0.6, 1.0).all(), good


def test_hype_injected_into_a_real_report_lowers_its_language(seeds):
    body = seeds["text"].iloc[2]
    sentences = body.split(". ")
    hyped = ". ".join(
        f"You really MUST see this!! {s}" if i % 2 == 0 else s for i, s in enumerate(sentences)
    )
    thin = " ".join(body.split()[:60])  # a short, thin rewrite of the same story
    frame = pd.DataFrame({"article_id": ["plain", "hyped", "thin"], "text": [body, hyped, thin]})
    good = language_goodness(style_features(frame))
    assert good["plain"] - good["hyped"] > 0.2
    assert good["thin"] < good["plain"]


def test_language_of_empty_error_and_missing_columns(seeds):
    frame = seeds.iloc[:3].copy()
    frame["text"] = [frame["text"].iloc[0], "", None]
    frame["error"] = [pd.NA, pd.NA, "could not decode"]
    good = language_goodness(style_features(frame))
    assert np.isfinite(good.iloc[0]) and good.iloc[1:].isna().all()
    assert language_goodness(style_features(seeds.iloc[:0])).size == 0
    # one cue alone still scores; no cue at all is NaN
    partial = pd.DataFrame({"exclamation_rate": [0.0, 0.3]})
    assert language_goodness(partial).tolist() == [1.0, 0.0]
    assert language_goodness(pd.DataFrame(index=[0, 1])).isna().all()


@pytest.mark.data
def test_reference_bodies_score_as_ordinary_language():
    # the scales come from these 181 hand-checked bodies: most must score high
    import json

    from helpers import data_home

    path = data_home() / "article-extraction-benchmark" / "ground-truth.json"
    if not path.exists():
        pytest.skip("article-extraction-benchmark not available")
    truth = json.loads(path.read_text())
    frame = pd.DataFrame(
        {"article_id": list(truth), "text": [v["articleBody"] for v in truth.values()]}
    )
    good = language_goodness(style_features(frame))
    assert good.median() > 0.75
    assert (good < 0.5).mean() < 0.1


def test_style_features_in_chunks_change_nothing(monkeypatch):
    from scorer.features import style

    articles = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(7)],
            "text": [
                "The ministry said 1,240 residents were evacuated on Monday.",
                "You WON'T believe this!! The BEST cure ever!",
                "",
                "Officials in Niamey confirmed the decision. The EU mission ends in June.",
                "I really think we should go. Why not?",
                "Short.",
                "A report by AP and AFP, quoted by Reuters, said 120 Europeans remain.",
            ],
        }
    )
    whole = style.style_features(articles)
    monkeypatch.setattr(style, "_CHUNK_ARTICLES", 2)
    pd.testing.assert_frame_equal(style.style_features(articles), whole, check_exact=True)
