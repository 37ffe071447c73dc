"""Tests for scorer.features.agreement: event clustering and cross-source agreement."""

from __future__ import annotations

import functools
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers import SEEDS, seed_articles
from hypothesis import given, settings
from hypothesis import strategies as st

from scorer.features.agreement import AGREEMENT_COLUMNS, agreement_features, cluster_events
from scorer.schema import CLAIM_COLUMNS, CLAIM_STATUSES, ENTITY_COLUMNS

SEED_SOURCES = {
    "000": None,
    "001": "b1og.net",
    "002": "Politics Today",
    "003": "The America One News",
}


def _seed_articles() -> pd.DataFrame:
    articles = seed_articles()
    sources = [SEED_SOURCES.get(article_id[:3]) for article_id in articles["article_id"]]
    return articles.assign(source=pd.array(sources, dtype="string"))


def _id(prefix: str) -> str:
    return next(f.stem for f in sorted(SEEDS.glob("*.txt")) if f.stem.startswith(prefix))


# Facts as the founding corpus states them (see /work/shared/seeds/README.md), built by hand
# in the shape of scorer.schema.CLAIM_COLUMNS.
_SEED_FACTS = [
    ("000", "number", "Europeans in EUCAP Sahel Niger", "120", "comprising 120 Europeans"),
    ("000", "date", "EUCAP Sahel Niger active since", "2012", "active since 2012"),
    ("000", "date", "EUMPM launched", "2023-02", "launched in February"),
    ("000", "person", "", "E:yevkurov", "Yunus-Bek Yevkurov"),
    ("000", "person", "", "E:tiani", "Abdourahamane Tiani"),
    ("001", "number", "French troops in Niger", "1500", "1,500 troops"),
    ("001", "person", "", "E:yevkurov", "Lounous-Bek Evkourov"),
    ("001", "person", "", "E:tiani", "Abdourahmane Tchiani"),
    ("002", "date", "note ending the EU missions", "2023-11-04", "on November 4"),
    ("002", "number", "French troops in Niger", "1500", "approximately 1,500"),
    ("002", "date", "EUCAP Sahel Niger active since", "2012", "the 2012 EU civilian mission"),
    ("002", "date", "EUMPM launched", "2023-02", "initiated in February"),
    ("002", "person", "", "E:yevkurov", "Yunus-Bek Yevkurov"),
    ("003", "date", "note ending the EU missions", "2023-12-04", "on Monday, December 4"),
    ("003", "number", "Europeans in EUCAP Sahel Niger", "130", "the 130-strong"),
    ("003", "number", "French troops in Niger", "1500", "the 1,500 French soldiers"),
    ("003", "date", "EUCAP Sahel Niger active since", "2012", "set up in 2012"),
    ("003", "date", "EUMPM launched", "2022", "installed there in 2022"),
    ("003", "person", "", "E:yevkurov", "Yunus-bek Yevkurov"),
    ("003", "person", "", "E:tiani", "Abdourahamane Tiani"),
    ("004", "date", "note ending the EU missions", "2023-12-04", "on December 4"),
    ("004", "person", "head of the Wagner Group", "E:yevkurov", "newly appointed head"),
    ("004", "person", "", "E:yevkurov", "Yunus-Bek Yevkurov"),
    ("004", "date", "immigration law", "2005", "2005 immigration law"),
]


def _seed_claims(articles: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for number, (prefix, kind, key, value, surface) in enumerate(_SEED_FACTS):
        rows.append(
            {
                "article_id": _id(prefix),
                "claim_no": number,
                "sentence_no": 0,
                "sentence": surface,
                "kind": kind,
                "key": key,
                "value": value,
                "surface": surface,
                "attributed": False,
                "source_named": False,
                "confidence": 1.0,
                "status": pd.NA,
                "support": pd.NA,
                "conflict_with": pd.NA,
            }
        )
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def _status(checked: pd.DataFrame, prefix: str, key: str) -> pd.Series:
    rows = checked.loc[(checked["article_id"] == _id(prefix)) & (checked["key"] == key)]
    assert len(rows) == 1
    return rows.iloc[0]


@pytest.fixture(scope="module")
def seeds():
    articles = _seed_articles()
    articles = articles.assign(event_id=cluster_events(articles))
    return articles, _seed_claims(articles)


# --- cluster_events ---------------------------------------------------------------------------


def test_seeds_form_one_event():
    articles = _seed_articles()
    events = cluster_events(articles)
    assert events.name == "event_id"
    assert events.index.equals(articles.index)
    assert events.tolist() == ["event-0001"] * 5


def test_seed_entities_help_but_are_optional():
    articles = _seed_articles()
    entities = pd.DataFrame(
        [
            (_id(p), "E:yevkurov", "Yunus-Bek Yevkurov", "Yevkurov", "person", 1)
            for p in ("000", "001", "002", "003", "004")
        ],
        columns=ENTITY_COLUMNS,
    )
    assert len(cluster_events(articles, entities).unique()) == 1
    assert len(cluster_events(articles, entities.iloc[:0]).unique()) == 1


def test_given_event_ids_are_kept_errors_and_empty_texts_get_none():
    articles = _seed_articles()
    articles["event_id"] = pd.array([None, "niger", None, None, None], dtype="string")
    articles.loc[4, "error"] = "could not decode"
    articles.loc[2, "text"] = "   "
    events = cluster_events(articles)
    assert events.iloc[1] == "niger"
    assert events.iloc[0] == events.iloc[3] == "event-0001"
    assert events.iloc[[2, 4]].isna().all()


def test_empty_and_single_article_corpora():
    empty = _seed_articles().iloc[:0]
    assert len(cluster_events(empty)) == 0
    one = _seed_articles().iloc[:1]
    assert cluster_events(one).tolist() == ["event-0001"]
    with pytest.raises(ValueError, match=r"missing column.*text"):
        cluster_events(pd.DataFrame({"article_id": ["a"]}))


def _fakenewsamt(shared_data: Path) -> pd.DataFrame:
    folder = shared_data / "fakenewsamt" / "fakeNewsDataset"
    files = sorted(folder.glob("legit/*.txt")) + sorted(folder.glob("fake/*.txt"))
    return pd.DataFrame(
        {
            "article_id": [f.name for f in files],
            "story": [f.name.split(".")[0] for f in files],
            "text": [f.read_text(encoding="utf-8", errors="replace") for f in files],
        }
    )


def _pairwise_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    upper = np.triu_indices(len(gold), 1)
    same_predicted = (predicted[:, None] == predicted[None, :])[upper]
    same_gold = (gold[:, None] == gold[None, :])[upper]
    both = (same_predicted & same_gold).sum()
    return 2 * both / (same_predicted.sum() + same_gold.sum())


@pytest.mark.data
def test_fakenewsamt_twins_form_one_event(shared_data):
    corpus = _fakenewsamt(shared_data)
    start = time.perf_counter()
    events = cluster_events(corpus)
    elapsed = time.perf_counter() - start
    f1 = _pairwise_f1(events.to_numpy(), corpus["story"].to_numpy())
    # Measured 0.93 (precision 0.90, recall 0.95), 480 articles in ~0.3 s.
    assert f1 >= 0.90, f1
    assert elapsed < 10


@pytest.mark.data
def test_seeds_stay_one_event_among_unrelated_stories(shared_data):
    corpus = pd.concat([_fakenewsamt(shared_data), _seed_articles()], ignore_index=True)
    events = cluster_events(corpus)
    seeds = events.iloc[-5:]
    assert len(seeds.unique()) == 1
    assert (events.iloc[:-5] != seeds.iloc[0]).all()


# --- agreement_features on the founding corpus -------------------------------------------------


def test_november_4_is_contradicted_by_the_december_4_outlets(seeds):
    articles, claims = seeds
    checked, _ = agreement_features(claims, articles)
    november = _status(checked, "002", "note ending the EU missions")
    assert november["status"] == "contradicted"
    assert november["support"] == 0
    assert november["conflict_with"] == f"{_id('003')};{_id('004')}"
    for prefix in ("003", "004"):
        december = _status(checked, prefix, "note ending the EU missions")
        assert december["status"] == "corroborated"
        assert december["support"] == 1
        assert december["conflict_with"] == _id("002")


def test_120_and_130_europeans_conflict(seeds):
    articles, claims = seeds
    checked, _ = agreement_features(claims, articles)
    key = "Europeans in EUCAP Sahel Niger"
    assert _status(checked, "000", key)["status"] == "contradicted"
    assert _status(checked, "000", key)["conflict_with"] == _id("003")
    assert _status(checked, "003", key)["status"] == "contradicted"
    assert _status(checked, "003", key)["conflict_with"] == _id("000")


def test_shared_facts_are_corroborated_and_single_outlet_claims_are_not(seeds):
    articles, claims = seeds
    checked, features = agreement_features(claims, articles)
    troops = _status(checked, "003", "French troops in Niger")
    assert troops["status"] == "corroborated" and troops["support"] == 2
    assert _status(checked, "004", "head of the Wagner Group")["status"] == "uncorroborated"
    assert _status(checked, "004", "immigration law")["status"] == "uncorroborated"
    # A month ("February" 2023) does not conflict with a full date of that month,
    # but 2022 does: 003 dates EUMPM differently from 000 and 002.
    assert _status(checked, "000", "EUMPM launched")["status"] == "corroborated"
    assert _status(checked, "003", "EUMPM launched")["status"] == "contradicted"
    assert set(checked["status"]) <= set(CLAIM_STATUSES)
    assert checked["article_id"].tolist() == claims["article_id"].tolist()
    assert list(checked.columns) == CLAIM_COLUMNS
    assert features.index.tolist() == articles["article_id"].tolist()
    assert list(features.columns) == AGREEMENT_COLUMNS
    assert features["agreement"].between(0, 1).all()
    assert features.loc[_id("002"), "n_contradicted"] == 1
    assert features.loc[_id("004"), "n_uncorroborated"] == 2
    assert (features["n_independent"] == 4).all()
    # 002 dates the note wrongly; 001 only repeats facts others confirm.
    assert features.loc[_id("001"), "agreement"] > features.loc[_id("002"), "agreement"]


def test_inputs_are_not_mutated_and_output_is_deterministic(seeds):
    articles, claims = seeds
    before = claims.copy(), articles.copy()
    first = agreement_features(claims, articles)
    second = agreement_features(claims, articles)
    pd.testing.assert_frame_equal(claims, before[0])
    pd.testing.assert_frame_equal(articles, before[1])
    pd.testing.assert_frame_equal(first[0], second[0])
    pd.testing.assert_frame_equal(first[1], second[1])


def _with_copy(articles, claims, prefix, position, source):
    """The corpus plus a verbatim re-publication of one article, claims included."""
    original = articles.loc[articles["article_id"] == _id(prefix)]
    copy = original.assign(article_id="copy-of-" + prefix, source=source)
    rows = [articles.iloc[:position], copy, articles.iloc[position:]]
    copied = claims.loc[claims["article_id"] == _id(prefix)].assign(article_id="copy-of-" + prefix)
    return pd.concat(rows, ignore_index=True), pd.concat([claims, copied], ignore_index=True)


@settings(max_examples=25, deadline=None)
@given(
    prefix=st.sampled_from(["000", "001", "002", "003", "004"]),
    position=st.integers(0, 5),
    source=st.sampled_from([None, "copycat.example", "b1og.net"]),
)
def test_a_duplicate_article_does_not_raise_anyone_elses_agreement(prefix, position, source):
    articles = _seed_articles()
    claims = _seed_claims(articles)
    base_checked, base = agreement_features(
        claims, articles.assign(event_id=cluster_events(articles))
    )
    more_articles, more_claims = _with_copy(articles, claims, prefix, position, source)
    more_articles = more_articles.assign(event_id=cluster_events(more_articles))
    checked, features = agreement_features(more_claims, more_articles)
    others = base.index[base.index != _id(prefix)]
    after, before = features.loc[others, "agreement"], base.loc[others, "agreement"]
    assert before.notna().all()
    assert (after.isna() | (after <= before + 1e-12)).all()
    assert (features.loc[others, "n_independent"] <= base.loc[others, "n_independent"]).all()
    original_support = checked.set_index("claim_no").loc[
        checked["article_id"].ne("copy-of-" + prefix).to_numpy(), "support"
    ]
    assert (original_support.to_numpy() <= base_checked["support"].to_numpy()).all()


def test_articles_of_one_outlet_do_not_confirm_each_other():
    articles = _seed_articles().iloc[[2, 3]].reset_index(drop=True)
    articles["source"] = "Same Outlet"
    articles["event_id"] = "e"
    claims = _seed_claims(_seed_articles())
    claims = claims.loc[claims["article_id"].isin(articles["article_id"])]
    checked, features = agreement_features(claims, articles)
    assert (checked["status"] == "uncorroborated").all()
    assert features["agreement"].isna().all()
    assert (
        features["agreement_reason"]
        == "only copies or articles of the same outlet cover this event"
    ).all()


def test_uncovered_errored_and_claimless_articles_get_a_reason(seeds):
    articles, claims = seeds
    articles = articles.copy()
    articles.loc[0, "event_id"] = "alone"
    articles.loc[1, "error"] = "fetch failed"
    claims = claims.loc[claims["article_id"] != _id("002")]
    checked, features = agreement_features(claims, articles)
    assert features.loc[_id("000"), "agreement_reason"] == "no other article covers this event"
    assert "error" in features.loc[_id("001"), "agreement_reason"]
    assert features.loc[_id("002"), "agreement_reason"] == "no claims to compare"
    assert features.loc[[_id("000"), _id("001"), _id("002")], "agreement"].isna().all()
    assert features.loc[[_id("003"), _id("004")], "agreement"].notna().all()
    assert checked.loc[checked["article_id"] == _id("000"), "status"].eq("uncorroborated").all()


def test_rounding_and_date_precision_are_compatible():
    articles = pd.DataFrame(
        {"article_id": list("abcd"), "source": list("ABCD"), "text": list("wxyz"), "event_id": "e"}
    )
    claims = pd.DataFrame(
        {
            "article_id": list("abcd") + list("abcd"),
            "kind": ["number"] * 4 + ["date"] * 4,
            "key": ["French troops"] * 4 + ["visit to Niamey"] * 4,
            "value": [
                "1500",
                "1487",
                "1500",
                "1100",
                "2023-12",
                "2023-12-04",
                "2023",
                "2023-12-03",
            ],
        }
    )
    checked, _ = agreement_features(claims, articles)
    assert checked["status"].tolist()[:2] == ["corroborated", "corroborated"]
    assert checked["conflict_with"].iloc[0] == "d"
    assert checked["status"].iloc[3] == "contradicted"
    # "2023-12" and "2023" agree with both December dates; the two full dates conflict.
    assert checked["support"].tolist()[4:] == [3, 2, 3, 2]
    assert checked["conflict_with"].iloc[5] == "d"


def test_empty_inputs_and_missing_columns():
    articles = _seed_articles().iloc[:0].assign(event_id=pd.Series([], dtype="string"))
    claims = pd.DataFrame(columns=CLAIM_COLUMNS)
    checked, features = agreement_features(claims, articles)
    assert len(checked) == 0 and len(features) == 0
    assert list(features.columns) == AGREEMENT_COLUMNS
    with pytest.raises(ValueError, match=r"missing column.*event_id"):
        agreement_features(claims, _seed_articles())


def test_end_to_end_on_the_seeds_with_extracted_claims():
    claims_module = pytest.importorskip("scorer.features.claims")
    import scorer

    spam = pytest.importorskip("scorer.features.spam")
    from scorer.text import split_sentences

    articles = scorer.load_articles(SEEDS)
    segments = spam.segment(articles)
    sentences = split_sentences(segments)
    entities = claims_module.extract_entities(sentences, articles)
    extracted = claims_module.extract_claims(sentences, articles, entities)
    events = cluster_events(articles, entities)
    assert len(events.unique()) == 1
    checked, features = agreement_features(extracted, articles.assign(event_id=events))
    assert len(checked) == len(extracted) > 0
    assert set(checked["status"]) <= set(CLAIM_STATUSES)
    assert (checked["status"] == "corroborated").any()
    assert features["agreement"].between(0, 1).all()


# --- generated corpora: scale, and one event at a time ------------------------------------------


def _generated(n_articles: int):
    """A generated corpus, its true events, and its stated facts as claims.

    The claims are the facts the generator wrote into each article (wrong ones
    included), in the shape of scorer.schema.CLAIM_COLUMNS, so that these tests
    do not depend on the claim extractor.
    """
    from scorer.synthetic import make_corpus

    articles, truth = make_corpus(n_articles, seed=0)
    stated = truth["statements"]
    claims = pd.DataFrame(
        {
            "article_id": stated["article_id"],
            "claim_no": stated.groupby("article_id").cumcount(),
            "sentence_no": stated["line_no"],
            "sentence": stated["surface"],
            "kind": stated["kind"],
            "key": stated["key"],
            "value": stated["stated_value"].astype("string"),
            "surface": stated["surface"],
            "attributed": stated["attributed"],
            "source_named": stated["source_named"],
            "confidence": 1.0,
        }
    ).reindex(columns=CLAIM_COLUMNS)
    wrong = (stated["stated_value"] != stated["true_value"]).to_numpy()
    gold = truth["events"].set_index("article_id").loc[articles["article_id"], "event_id"]
    return articles, claims, wrong, gold.to_numpy()


@pytest.fixture(scope="module")
def generated():
    return _generated(2000)


@pytest.mark.slow
def test_two_thousand_generated_articles_cluster_and_agree_quickly(generated):
    articles, claims, wrong, gold = generated
    start = time.perf_counter()
    events = cluster_events(articles)
    checked, features = agreement_features(claims, articles.assign(event_id=events))
    elapsed = time.perf_counter() - start
    # Measured ~1.2-1.5 s on 2 busy cores; the per-event implementation took 11 s here
    # (and 147 s and 16 GB to cluster 10,000 articles).
    assert elapsed < 8, elapsed
    # Every generated event stays whole (events sharing a source text may merge).
    predicted = events.to_numpy()
    split = [g for g in np.unique(gold) if len(np.unique(predicted[gold == g])) > 1]
    assert len(split) <= 0.01 * len(np.unique(gold)), split
    # Wrong facts are what the other outlets contradict (measured 89% of the
    # wrong ones, 7% of the right ones: those outvoted in small events).
    contradicted = (checked["status"] == "contradicted").to_numpy()
    assert contradicted[wrong].mean() > 0.75
    assert contradicted[~wrong].mean() < 0.15
    assert features["agreement"].notna().mean() > 0.9


def test_one_event_at_a_time_gives_the_whole_corpus_result(generated, monkeypatch):
    from scorer.features import agreement

    articles, claims, _, _ = generated
    articles = articles.iloc[:600].assign(event_id=cluster_events(articles.iloc[:600]))
    claims = claims.loc[claims["article_id"].isin(articles["article_id"])]
    whole_checked, whole = agreement_features(claims, articles)
    # The thin driver a partitioned run (Dask) uses: a groupby over events.
    parts = [
        agreement_features(claims.loc[claims["article_id"].isin(group["article_id"])], group)
        for _, group in articles.groupby("event_id", sort=False)
    ]
    assert len(parts) > 50
    checked = pd.concat([part[0] for part in parts]).sort_index()
    features = pd.concat([part[1] for part in parts])
    pd.testing.assert_frame_equal(checked, whole_checked.loc[checked.index], check_exact=True)
    pd.testing.assert_frame_equal(features, whole.loc[features.index], check_exact=True)
    assert (checked["status"] == "contradicted").any()
    # Large corpora are cut into batches of whole events: same result.
    monkeypatch.setattr(agreement, "_PAIR_BUDGET", 500)
    batched_checked, batched = agreement_features(claims, articles)
    pd.testing.assert_frame_equal(batched_checked, whole_checked, check_exact=True)
    pd.testing.assert_frame_equal(batched, whole, check_exact=True)


def test_trust_of_all_events_at_once_is_discover_on_each_event(generated, monkeypatch):
    from scorer.features import agreement

    articles, claims, _, _ = generated
    articles = articles.iloc[:600].assign(event_id=cluster_events(articles.iloc[:600]))
    batched = agreement_features(claims, articles)
    monkeypatch.setattr(
        agreement,
        "_truthfinder_by_event",
        functools.partial(agreement._discover_by_event, method="truthfinder"),
    )
    reference = agreement_features(claims, articles)
    pd.testing.assert_frame_equal(batched[0], reference[0], check_exact=True)
    pd.testing.assert_frame_equal(batched[1], reference[1], check_exact=True)
    weighted = batched[1]["agreement"].dropna()
    assert weighted.nunique() > 10  # trust varies: the comparison is not vacuous


@pytest.mark.slow
def test_an_event_of_a_thousand_articles_is_found_whole():
    from scorer.synthetic import make_corpus

    articles, truth = make_corpus(1500, n_outlets=1000, event_size=(1000, 1000), seed=1)
    gold = truth["events"]["event_id"].to_numpy()
    start = time.perf_counter()
    events = cluster_events(articles).to_numpy()
    elapsed = time.perf_counter() - start
    big = events[gold == gold[0]]
    assert len(big) == 1000
    assert len(set(big)) == 1
    assert (events == big[0]).sum() == 1000
    assert elapsed < 30, elapsed
