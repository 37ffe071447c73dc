"""End to end on the founding corpus: every table, every article, deterministic."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

import scorer
from scorer.schema import (
    ARTICLE_ID,
    CLAIM_COLUMNS,
    ENTITY_COLUMNS,
    FAMILIES,
    INCONSISTENCY_COLUMNS,
    QUOTE_COLUMNS,
    SCORE_COLUMNS,
    SEGMENT_COLUMNS,
    SENTENCE_COLUMNS,
    SOURCE_COLUMNS,
)

SEED_IDS = [
    "000_70571204d3049d9c",
    "001_2289ed053e9986e6",
    "002_24c16acd31fd676f",
    "003_6e6ab8aa43d31d9b",
    "004_c7edc6ca8071738a",
]


def test_every_table_has_its_columns(seed_analysis):
    expected = {
        "segments": SEGMENT_COLUMNS,
        "sentences": SENTENCE_COLUMNS,
        "quotes": QUOTE_COLUMNS,
        "claims": CLAIM_COLUMNS,
        "entities": ENTITY_COLUMNS,
        "inconsistencies": INCONSISTENCY_COLUMNS,
        "scores": SCORE_COLUMNS,
        "sources": SOURCE_COLUMNS,
    }
    for name, columns in expected.items():
        table = getattr(seed_analysis, name)
        missing = [c for c in columns if c not in table]
        assert not missing, f"{name} lacks {missing}"
    assert list(seed_analysis.truths.columns[:3]) == ["object", "value", "confidence"]
    assert seed_analysis.trust.name == "trust"


def test_every_article_scored_in_input_order(seed_analysis):
    for name in ("articles", "features", "scores"):
        assert getattr(seed_analysis, name)[ARTICLE_ID].tolist() == SEED_IDS, name
    scores = seed_analysis.scores
    assert scores["error"].isna().all()
    assert scores["reliability"].between(0, 1).all()
    assert (scores["reliability_low"] <= scores["reliability"]).all()
    assert (scores["reliability"] <= scores["reliability_high"]).all()
    for family in FAMILIES:
        values = scores[family].dropna()
        assert values.between(0, 1).all(), family


def test_the_families_see_what_a_careful_reader_sees(seed_analysis):
    scores = seed_analysis.scores.set_index(ARTICLE_ID)
    spam = scores["spam_density"]
    # the content farm (hash lines, crypto ads, a URL slug) and the aggregator (sponsor
    # lines, a language-course ad) carry spam; the other three next to none
    spammy = spam[["001_2289ed053e9986e6", "003_6e6ab8aa43d31d9b"]]
    assert spammy.min() > 2 * spam.drop(spammy.index).max()
    # the sourced pieces beat the unsourced ones on attribution
    attribution = scores["attribution"]
    assert min(attribution["002_24c16acd31fd676f"], attribution["003_6e6ab8aa43d31d9b"]) > max(
        attribution["000_70571204d3049d9c"], attribution["001_2289ed053e9986e6"]
    )
    # the content farm repeats its headline; the aggregator's page date is 2025 for a 2023 story
    kinds = seed_analysis.inconsistencies.groupby(ARTICLE_ID)["kind"].agg(set)
    assert "repeated_text" in kinds.get("001_2289ed053e9986e6", set())
    assert "page_date_mismatch" in kinds.get("003_6e6ab8aa43d31d9b", set())
    # the content farm ranks last
    assert scores["reliability"].idxmin() == "001_2289ed053e9986e6"


def test_deterministic_bit_for_bit(seed_articles, seed_analysis):
    again = scorer.analyze(seed_articles)
    pd.testing.assert_frame_equal(again.scores, seed_analysis.scores)
    pd.testing.assert_frame_equal(again.claims, seed_analysis.claims)


def test_score_is_analyze_scores(seed_articles, seed_analysis):
    pd.testing.assert_frame_equal(scorer.score(seed_articles), seed_analysis.scores)


def test_nothing_lost_with_bad_rows():
    frame = pd.DataFrame(
        {
            "text": [
                (scorer.EXAMPLE_CORPUS / "000_70571204d3049d9c.txt").read_text("utf-8"),
                "",
                None,
                "壯陽藥 " * 50,
                "64Jer2Wccr7qUKZ8oCYplnmpNJrq0aQocDaAOGhxU\n"
                "▶ [Kucoin] Transaction fee 0% discount CODE◀",
            ],
            "source": ["a", "b", "c", "d", "e"],
        }
    )
    result = scorer.analyze(frame)
    scores = result.scores
    assert scores[ARTICLE_ID].tolist() == ["0", "1", "2", "3", "4"]
    assert pd.isna(scores.loc[0, "error"])
    assert scores.loc[1:3, "error"].notna().all()
    assert scores.loc[1:3, "reliability"].isna().all()
    assert "non-English" in scores.loc[3, "error"]
    # all spam, but English and scoreable: the spam family says so
    assert scores.loc[4, "spam_density"] == pytest.approx(1.0)
    assert scores.loc[4, "reliability"] < scores.loc[0, "reliability"]
    assert len(result.features) == 5


def test_sources_table_shrinks_single_articles_toward_the_prior(seed_analysis):
    sources = seed_analysis.sources
    assert sources["n_articles"].sum() == 5
    prior = seed_analysis.scores["reliability"].mean()
    for row in sources.itertuples():
        assert abs(row.reliability - prior) < abs(row.mean_reliability - prior) + 1e-12
        assert row.reliability_low <= row.reliability <= row.reliability_high


def test_feature_extractor_in_a_grouped_sklearn_pipeline(seed_articles):
    articles = pd.concat([seed_articles] * 2, ignore_index=True)
    articles["article_id"] = [f"{i}" for i in range(len(articles))]
    y = np.array([0, 0, 1, 1, 0] * 2)
    groups = np.arange(len(articles)) % 5
    pipe = make_pipeline(scorer.FeatureExtractor(), scorer.ReliabilityModel())
    proba = cross_val_predict(
        pipe, articles, y, groups=groups, cv=GroupKFold(2), method="predict_proba"
    )
    assert proba.shape == (10, 2)
    assert np.isfinite(proba).all()


def test_timings_cover_every_stage(seed_analysis):
    assert set(seed_analysis.timings) >= {"load", "segments", "attribution", "claims", "scores"}


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_explain_returns_the_evidence_of_one_article(seed_analysis, article_id):
    evidence = seed_analysis.explain(article_id)
    assert len(evidence["scores"]) == 1
    assert (evidence["segments"][ARTICLE_ID] == article_id).all()
    assert len(evidence["segments"]) > 0


def test_analyze_with_a_fitted_model_reads_the_columns_it_was_fitted_on(seed_articles):
    from scorer.combine import FEATURE_COLUMNS, ReliabilityModel
    from scorer.pipeline import FeatureExtractor
    from scorer.synthetic import make_corpus

    articles, truth = make_corpus(120, seed=5)
    labels = truth["labels"].set_index("article_id").loc[articles["article_id"], "reliable"]
    X = FeatureExtractor().fit_transform(articles)
    model = ReliabilityModel().fit(X, labels.to_numpy(dtype=int))
    assert list(model.feature_names_in_) == list(FEATURE_COLUMNS)
    scores = scorer.analyze(seed_articles, model=model).scores
    assert scores["reliability"].between(0, 1).all()
    # the same probabilities as the fitted pipeline gives on the same articles
    expected = model.predict_proba(FeatureExtractor().fit_transform(seed_articles))[:, 1]
    np.testing.assert_allclose(scores["reliability"].to_numpy(), expected)


def test_copies_are_found_and_do_not_confirm_their_original(seed_articles):
    from scorer.features.agreement import COPY_COLUMNS

    alone = scorer.analyze(seed_articles)
    assert list(alone.copies.columns[: len(COPY_COLUMNS)]) == list(COPY_COLUMNS)
    assert alone.copies.empty  # five outlets, five different texts
    original = seed_articles.loc[seed_articles["article_id"].str.startswith("002")].iloc[0]
    repost = original.copy()
    repost["article_id"], repost["source"] = "repost-of-002", "aggregator.example"
    repost["text"] = "Home | World | Africa\n" + original["text"] + "\nRead more: Africa news"
    copied = scorer.analyze(pd.concat([seed_articles, repost.to_frame().T], ignore_index=True))
    pair = copied.copies.loc[copied.copies["article_id"] == "repost-of-002"]
    assert pair["copy_of"].tolist() == [original["article_id"]]
    assert pair["containment"].iloc[0] > 0.9
    before = alone.features.set_index("article_id")["agreement"]
    after = copied.features.set_index("article_id")["agreement"].reindex(before.index)
    assert (after <= before + 1e-12).all()  # the re-post confirms nobody


def test_per_article_stages_in_blocks_of_whole_outlets_change_nothing(monkeypatch):
    from scorer import pipeline
    from scorer.synthetic import make_corpus

    articles, _ = make_corpus(400, seed=8, n_outlets=30, event_size=8)
    # a few articles with no outlet: they share no page chrome with anyone
    articles.loc[articles.index[::37], "source"] = pd.NA
    whole = scorer.analyze(articles)
    monkeypatch.setattr(pipeline, "SEGMENT_BLOCK", 60)
    assert len(pipeline._outlet_blocks(articles)) > 5
    blocks = scorer.analyze(articles)
    for table in ("segments", "sentences", "quotes", "claims", "features", "scores"):
        pd.testing.assert_frame_equal(getattr(whole, table), getattr(blocks, table))
    assert set(blocks.timings) >= {"segments", "attribution", "claims", "agreement"}
