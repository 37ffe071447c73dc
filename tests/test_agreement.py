"""Tests for scorer.features.agreement: event clustering and cross-source agreement."""

from __future__ import annotations

import datetime
import functools
import re
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers import SEEDS, seed_articles
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import adjusted_rand_score

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


def test_a_late_repost_stays_with_its_story_by_the_date_it_states():
    # 003 re-posts the story on 2025-06-26, a year and a half after the others'
    # page dates; its text states the story's date ("6 Dec 2023", "December 4").
    articles = _seed_articles()
    late = articles["article_id"].str.startswith("003").to_numpy()
    assert articles.loc[late, "published"].iloc[0] == pd.Timestamp("2025-06-26")
    assert len(set(cluster_events(articles))) == 1
    # Without a full date in its text, it is a look-alike story of another
    # time: it links only as a near copy, which it is not.  (000 and 004 are
    # dated with the story here: an article of unknown date links to either.)
    undated = articles.assign(
        text=articles["text"].where(
            ~late,
            articles["text"].str.replace(r"\b6 Dec 2023\b|\bDecember \d\b", "", regex=True),
        ),
        published=articles["published"].fillna(pd.Timestamp("2023-12-06")),
    )
    events = cluster_events(undated)
    assert events[late].iloc[0] not in set(events[~late])
    assert len(set(events[~late])) == 1
    # An unknown page date never sets an article apart.
    unknown = undated.assign(published=undated["published"].mask(late))
    assert len(set(cluster_events(unknown))) == 1


def test_times_far_apart_are_found_pair_by_pair_in_any_chunks(monkeypatch):
    from scorer.features import agreement

    day = np.datetime64("2023-12-05", "ns")
    published = np.array(
        [day, day + np.timedelta64(400, "D"), np.datetime64("NaT"), day + np.timedelta64(900, "D")]
    )
    # Row 1 (a year later) states row 0's date; row 3 states a date of its own time.
    dates = [datetime.date(2023, 12, 4), datetime.date(2026, 5, 20)]
    mentioned = (np.array([1, 3]), np.array([d.toordinal() for d in dates]))
    first = np.array([0, 0, 0, 1, 1, 2])
    second = np.array([1, 2, 3, 2, 3, 3])
    expected = [False, False, True, False, True, False]
    clock = agreement._clock(published, mentioned)
    assert agreement._far_apart(first, second, clock, 14.0).tolist() == expected
    # Without mentioned dates only page dates count; an unknown one is never far.
    page_only = agreement._far_apart(first, second, agreement._clock(published, None), 14.0)
    assert page_only.tolist() == [True, False, True, False, True, False]
    monkeypatch.setattr(agreement, "_CHUNK_BUDGET", 1)
    monkeypatch.setattr(agreement, "_PAIR_SLICE", 2)
    assert agreement._far_apart(first, second, clock, 14.0).tolist() == expected


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
    # Every generated event stays whole, and events written from one source text
    # merge only when they are near in time (measured ARI 0.995 here; 0.989 before
    # story days counted, 0.834 when strong links crossed any time gap).
    predicted = events.to_numpy()
    split = [g for g in np.unique(gold) if len(np.unique(predicted[gold == g])) > 1]
    assert len(split) <= 0.01 * len(np.unique(gold)), split
    assert adjusted_rand_score(gold, predicted) > 0.95
    # Wrong facts are what the other outlets contradict (measured 89% of the
    # wrong ones, 7% of the right ones: those outvoted in small events).
    contradicted = (checked["status"] == "contradicted").to_numpy()
    assert contradicted[wrong].mean() > 0.75
    assert contradicted[~wrong].mean() < 0.15
    assert features["agreement"].notna().mean() > 0.9


@pytest.mark.data
@pytest.mark.slow
def test_look_alike_stories_of_other_days_stay_apart_and_wrong_dates_stay_in():
    # Ten source texts for 600 events over ten years: each text is told again
    # about every six weeks with other names, numbers and dates, so look-alike
    # stories fall within the 14-day window (the density of a million generated
    # articles).  Measured ARI 0.748 (0.277 when strong links ignored story days),
    # wrong-date articles with their event 99.2% (90.6%), late re-posts 100%.
    from scorer.synthetic import make_corpus, sentence_pools

    pools = sentence_pools()
    articles, truth = make_corpus(3000, seed=1, sentences=pools[pools["pool_id"] < 10])
    gold = truth["events"].set_index("article_id").loc[articles["article_id"], "event_id"]
    predicted = cluster_events(articles).to_numpy()
    assert adjusted_rand_score(gold, predicted) > 0.65
    pairs = pd.DataFrame({"predicted": predicted, "gold": gold.to_numpy()})
    with_event = pairs.groupby(["predicted", "gold"])["gold"].transform("size").to_numpy() > 1
    wrong_date = articles["article_id"].isin(
        truth["conflicts"].loc[lambda c: c["key"] == "date", "article_id"]
    )
    late = truth["labels"].set_index("article_id").loc[articles["article_id"], "late_repost"]
    assert wrong_date.sum() > 100 and late.sum() > 20
    assert with_event[wrong_date.to_numpy()].mean() > 0.97
    assert with_event[late.to_numpy(dtype=bool)].mean() > 0.97


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
    monkeypatch.setattr(agreement, "_CLAIM_BUDGET", 500)
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


_RETOLD_STORY = (
    "The port authority opened the new container terminal on the northern quay.",
    "Cranes unloaded the first freighter while dockworkers watched from the pier.",
    "Harbour officials expect shipping traffic to double within the decade.",
    "Local fishermen complained that the dredging had muddied their grounds.",
    "The mayor praised the terminal as a gateway for regional exporters.",
    "Customs inspectors will screen cargo with new scanning equipment.",
    "Environmental groups asked for an audit of the harbour water quality.",
    "Rail links to the inland warehouses are scheduled to open next spring.",
    "Pilots guided the vessel through the narrow channel at high tide.",
    "Insurance brokers raised premiums for ships anchored outside the breakwater.",
    "Trade unions negotiated overtime pay for the night shifts.",
    "A ceremony with brass bands marked the ribbon cutting.",
    "Engineers reinforced the seawall against winter storms.",
    "Tourism operators hope cruise liners will follow the freighters.",
    "Investors from abroad financed half of the construction costs.",
    "Residents near the quay worry about noise from trucks at night.",
)


def _retold_story_corpus() -> tuple[pd.DataFrame, np.ndarray]:
    """One story text told again every 60 days for ten years, four articles a telling.

    Each article tells 12 of the story's 16 sentences, each followed by a
    word of its own (a name, a figure), so the words two articles share are
    those of the story, in all its tellings: at the scale of a million
    articles, where a recurring story's words are in hundreds of articles,
    this is the common case.  Returns the articles and their telling.
    """
    rng = np.random.default_rng(0)
    rows = []
    for telling in range(60):
        day = pd.Timestamp("2015-01-01") + pd.Timedelta(days=60 * telling)
        for outlet in range(4):
            picked = np.sort(rng.choice(len(_RETOLD_STORY), size=12, replace=False))
            text = " ".join(f"{_RETOLD_STORY[i]} ref{telling:02d}x{outlet}x{i:02d}" for i in picked)
            rows.append(
                {
                    "article_id": f"t{telling:02d}o{outlet}",
                    "source": f"outlet {outlet}",
                    "published": day + pd.Timedelta(hours=3 * outlet),
                    "text": text,
                }
            )
    articles = pd.DataFrame(rows)
    return articles, articles["article_id"].str.slice(0, 3).to_numpy()


def test_a_story_retold_every_other_month_is_linked_within_each_telling():
    # The story's words are in 180 articles each, more than max_postings (50):
    # a term that common once paired every article only with the 50 that
    # weigh it most, mostly of other tellings (too far apart in time to link),
    # so tellings split (measured ARI 0.933, 78 events for 60).  A common
    # term now pairs articles near in time.
    articles, telling = _retold_story_corpus()
    events = cluster_events(articles).to_numpy()
    pieces = pd.Series(events).groupby(telling).nunique()
    assert (pieces == 1).all(), pieces[pieces > 1]
    assert adjusted_rand_score(telling, events) > 0.99
    # The same partition whatever the input order (ties go to the smaller id).
    shuffled = cluster_events(articles.sample(frac=1.0, random_state=1))
    assert adjusted_rand_score(events, shuffled.reindex(articles.index).to_numpy()) == 1.0
    # Undated, the same words are one story: the tellings still cluster by text.
    undated = cluster_events(articles.drop(columns="published")).to_numpy()
    assert pd.Series(undated).groupby(telling).nunique().eq(1).all()


def _postings_reference(block, max_postings, times):
    """The three posting matrices of ``agreement._postings``, built directly.

    Every (article, slot) entry is listed for both sides, with slots keyed
    ``term * n_slots + run`` and kept once: simple, and several times the
    memory of the module's term-by-term build (at 1,000,000 articles, some
    2.5 GB more).
    """
    import scipy.sparse as sp

    from scorer.features.agreement import _keep_top

    def unique_entries(row, column, value, shape):
        key, first = np.unique(row * shape[1] + column, return_index=True)
        return sp.csr_matrix((value[first], (key // shape[1], key % shape[1])), shape=shape)

    n, width = block.shape
    by_term = block.T.tocsr()
    common = np.diff(by_term.indptr) > max_postings
    if not common.any():
        return block, sp.identity(width, dtype=np.float32, format="csr"), by_term
    if times is None:
        times = np.full((n, 1), np.nan)
    entries = block.tocoo()
    row, term, weight = entries.row.astype(np.int64), entries.col.astype(np.int64), entries.data
    rare = ~common[term]
    run_size = max(1, max_postings // 2)
    n_slots = int(np.diff(by_term.indptr).max()) * times.shape[1] // run_size + 2
    left = [(row[rare], term[rare] * n_slots, weight[rare])]
    right = [(term[rare] * n_slots, row[rare], weight[rare])]
    shared = np.flatnonzero(~rare)
    repeat = np.repeat(shared, times.shape[1])
    when = times[row[repeat], np.tile(np.arange(times.shape[1]), len(shared))]
    dated, when = repeat[~np.isnan(when)], when[~np.isnan(when)]
    dated = dated[np.lexsort((row[dated], when, term[dated]))]
    sorted_terms = term[dated]
    place = np.arange(len(dated)) - np.searchsorted(sorted_terms, sorted_terms, side="left")
    runs = sorted_terms * n_slots + place // run_size + 1
    left.append((row[dated], runs, weight[dated]))
    right.append((runs, row[dated], weight[dated]))
    undated = ~rare
    undated[dated] = False
    if undated.any():
        left.append((row[undated], term[undated] * n_slots, weight[undated]))
        needed = np.zeros(width, dtype=bool)
        needed[term[undated]] = True
        top = _keep_top(sp.diags(needed.astype(float)) @ by_term, max_postings).tocoo()
        right.append((top.row.astype(np.int64) * n_slots, top.col.astype(np.int64), top.data))
    slots = np.unique(np.concatenate([part[1] for part in left] + [part[0] for part in right]))
    left = unique_entries(
        np.concatenate([part[0] for part in left]),
        np.searchsorted(slots, np.concatenate([part[1] for part in left])),
        np.concatenate([part[2] for part in left]).astype(weight.dtype),
        (n, len(slots)),
    )
    right = unique_entries(
        np.searchsorted(slots, np.concatenate([part[0] for part in right])),
        np.concatenate([part[1] for part in right]),
        np.concatenate([part[2] for part in right]).astype(weight.dtype),
        (len(slots), n),
    )
    run = slots % n_slots > 0
    after = np.flatnonzero(run[:-1] & run[1:] & (slots[1:] == slots[:-1] + 1))
    reader = np.concatenate([np.arange(len(slots)), after, after + 1])
    read = np.concatenate([np.arange(len(slots)), after + 1, after])
    spread = sp.csr_matrix(
        (np.ones(len(reader), dtype=np.float32), (reader, read)), shape=(len(slots),) * 2
    )
    return left, spread, right


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(2, 120),
    width=st.integers(1, 40),
    density=st.floats(0.02, 0.7),
    max_postings=st.integers(1, 20),
    n_times=st.sampled_from([0, 1, 2]),
    batch=st.sampled_from([1, 7, 1_000_000]),
    seed=st.integers(0, 2**16),
)
def test_postings_match_their_direct_definition(
    n, width, density, max_postings, n_times, batch, seed
):
    # Ties of weight and of time, articles of unknown time, second times in
    # the same or another run of a term, and term batches of any size.
    import scipy.sparse as sp

    from scorer.features import agreement

    rng = np.random.default_rng(seed)
    block = sp.random(n, width, density=density, format="csr", random_state=rng)
    block.data = rng.choice([0.25, 0.5, 1.0], size=block.nnz).astype(np.float32)
    times = None
    if n_times:
        times = rng.choice([np.nan, 1.0, 2.0, 3.5, 40.0], size=(n, n_times))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(agreement, "_TERM_BATCH", batch)
        found = agreement._postings(block.copy(), max_postings, times)
    expected = _postings_reference(block.copy(), max_postings, times)
    for got, want in zip(found, expected, strict=True):
        assert got.has_canonical_format
        want = want.tocsr()
        want.sort_indices()
        assert got.shape == want.shape
        assert np.array_equal(got.indptr, want.indptr)
        assert np.array_equal(got.indices, want.indices)
        assert np.array_equal(got.data, want.data)
        assert got.dtype == want.dtype


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(0, 60),
    width=st.integers(1, 30),
    density=st.floats(0.02, 0.9),
    k=st.integers(1, 8),
    budget=st.sampled_from([1, 13, 4_000_000]),
    masked=st.booleans(),
    product=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_keep_top_keeps_each_rows_largest_entries(
    n, width, density, k, budget, masked, product, seed
):
    # Per row: the k largest entries (of the shared columns), ties to the
    # smaller column; sorted columns; any row ranges give the same matrix.
    import scipy.sparse as sp

    from scorer.features import agreement

    rng = np.random.default_rng(seed)
    matrix = sp.random(n, width, density=density, format="csr", random_state=rng)
    matrix.data = rng.choice([0.25, 0.5, 1.0], size=matrix.nnz)
    if product:  # a sparse product's rows come with unsorted columns
        matrix = (matrix @ sp.random(width, width, density=0.3, random_state=rng)).tocsr()
    shared = rng.random(width) < 0.7 if masked else None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(agreement, "_TOP_ENTRIES", budget)
        top = agreement._keep_top(matrix, k, shared=shared)
    assert top.shape == matrix.shape
    assert top.has_sorted_indices
    dense = matrix.toarray()
    for row in range(n):
        columns = [c for c in np.flatnonzero(dense[row]) if shared is None or shared[c]]
        columns = sorted(columns, key=lambda c: (-dense[row, c], c))[:k]
        start, end = top.indptr[row], top.indptr[row + 1]
        assert top.indices[start:end].tolist() == sorted(columns)
        assert np.array_equal(top.data[start:end], dense[row, sorted(columns)])


@settings(max_examples=100, deadline=None)
@given(
    n=st.integers(1, 80),
    n_ranges=st.integers(1, 4),
    density=st.floats(0.01, 0.5),
    n_pairs=st.integers(0, 200),
    budget=st.sampled_from([1, 17, 4_000_000]),
    seed=st.integers(0, 2**16),
)
def test_pair_similarity_adds_term_ranges_summed_apart(n, n_ranges, density, n_pairs, budget, seed):
    # The Dask path sums each term range of every pair apart, from that
    # range's entries only, and adds the partial sums afterwards: the result
    # must be the pandas path's bit for bit, whatever the chunks.
    import scipy.sparse as sp

    from scorer.features import agreement

    rng = np.random.default_rng(seed)
    bits = 3
    rows = sp.random(n, n_ranges << bits, density=density, format="csr", random_state=rng)
    rows.data = rng.random(rows.nnz).astype(np.float32)
    first = np.sort(rng.integers(0, n, n_pairs))
    second = rng.integers(0, n, n_pairs)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(agreement, "_TERM_RANGE_BITS", bits)
        patch.setattr(agreement, "_CHUNK_BUDGET", budget)
        whole = agreement._pair_similarity([rows], np.array([0, n]), first, second)
        pieces = [agreement.term_range_rows(rows, r) for r in range(n_ranges)]
        assert sum(p.nnz for p in pieces) == rows.nnz
        apart = [agreement._pair_products(p, p, first, second) for p in pieces]
    assert np.array_equal(whole, agreement.add_ranges(apart))
    dense = rows.toarray().astype(float)
    assert np.allclose(whole, (dense[first] * dense[second]).sum(axis=1), rtol=1e-12, atol=1e-15)


# --- large events: class by class, as a claim-by-claim reference counts -------------------------

_NOT_WORD = re.compile(r"[^\w]+")


def _stated_claims(articles: pd.DataFrame, truth: dict, repeats: int = 1) -> pd.DataFrame:
    """The facts a generated corpus states (wrong ones included), as claims."""
    stated = truth["statements"]
    claims = pd.DataFrame(
        {
            "article_id": stated["article_id"],
            "kind": stated["kind"],
            "key": stated["key"],
            "value": stated["stated_value"].astype("string"),
        }
    ).reindex(columns=CLAIM_COLUMNS)
    return pd.concat([claims] * repeats, ignore_index=True)


def _spy(monkeypatch, name: str, seen: dict) -> None:
    """Record the arguments and result of a private helper of the agreement module."""
    from scorer.features import agreement

    real = getattr(agreement, name)

    def wrapper(*args, **kwargs):
        seen[name] = (args, kwargs, real(*args, **kwargs))
        return seen[name][2]

    monkeypatch.setattr(agreement, name, wrapper)


def _pairwise_reference(claims, articles, unit, trust, *, key_threshold=85.0, prior=1.0):
    """Claim against claim, every ordered pair, as agreement was first written.

    ``unit`` is the independence unit of every article (in ``articles``
    order) and ``trust`` the trust of every unit. Returns per claim its
    support, agreeing and disagreeing trust, status and conflict_with (in
    full), the claims truth discovery sees with their object (a connected
    component of aligned pairs), and per article its agreement.
    """
    from rapidfuzz import fuzz

    from scorer.features.agreement import (
        _claim_anchors,
        _compatible,
        _facts_of,
        _is_distinctive,
        _key_facts,
        _near_codes,
        _parse_values,
        _slipped_codes,
    )

    @functools.cache
    def near(kind: str, first: str, second: str) -> bool:
        code, parsed = _parse_values(np.array([first, second], dtype=object))
        return bool(_near_codes(np.array([kind], dtype=object), code[:1], code[1:], parsed)[0])

    @functools.cache
    def slip(first: str, second: str) -> bool:
        code, parsed = _parse_values(np.array([first, second], dtype=object))
        return bool(_slipped_codes(code[:1], code[1:], parsed)[0])

    unit_of = dict(zip(articles["article_id"], unit, strict=True))
    event_of = dict(zip(articles["article_id"], articles["event_id"], strict=True))
    article = claims["article_id"].tolist()
    kind = claims["kind"].fillna("").tolist()
    value = claims["value"].fillna("").str.strip().tolist()
    key = claims["key"].fillna("").str.casefold().str.replace(_NOT_WORD, " ", regex=True)
    key = key.str.strip().tolist()
    facts = [_key_facts(k, text) for k, text in zip(kind, key, strict=True)]
    # The organisation a count or a date is about comes from the module (what is checked
    # here is that classes vote as claims do, not how anchors are found).
    kinds, keys = np.array(kind, dtype=object), np.array(key, dtype=object)
    anchor = _claim_anchors(claims, kinds, keys, _facts_of(kinds, keys)).tolist()
    # Entity claims are compared by their role.
    key = [
        f.role if k in ("person", "organisation", "place") else text
        for k, text, f in zip(kind, key, facts, strict=True)
    ]
    n = len(claims)
    eligible = [
        value[i] != "" and (kind[i] not in ("number", "date") or key[i] != "") for i in range(n)
    ]

    def aligned(i: int, j: int) -> bool:
        if not (eligible[i] and eligible[j]) or kind[i] != kind[j]:
            return False
        if (
            event_of[article[i]] != event_of[article[j]]
            or unit_of[article[i]] == unit_of[article[j]]
        ):
            return False
        similar = fuzz.token_sort_ratio(key[i], key[j]) >= key_threshold
        same = value[i] == value[j]
        if kind[i] in ("number", "date"):
            close = near(kind[i], value[i], value[j])
            same_anchor = anchor[i] == anchor[j] != ""
            generic = facts[i].generic or facts[j].generic
            if similar and (not generic or close or same_anchor):
                return True
            if same and _is_distinctive(kind[i], value[i]):
                return True
            if kind[i] == "date":
                slipped = slip(value[i], value[j])
                return facts[i].head == facts[j].head != "" and (slipped or same_anchor)
            numbers = [
                float(v) for v in (value[i], value[j]) if re.fullmatch(r"[-+]?\d+(?:\.\d+)?", v)
            ]
            return (
                same_anchor
                and len(numbers) == 2
                and min(numbers) >= 10
                and max(numbers) / min(numbers) <= 1.5
            )
        keyed_i, keyed_j = key[i] not in ("", kind[i]), key[j] not in ("", kind[j])
        if not keyed_i and not keyed_j:
            return same
        holders = same or (facts[i].functional and facts[j].functional)
        return similar and keyed_i and keyed_j and holders

    support, agree, conflict, status, conflict_with = [], [], [], [], []
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    taking_part = [False] * n
    for i in range(n):
        agreeing, disagreeing = set(), {}
        for j in range(n):
            if not aligned(i, j):
                continue
            taking_part[i] = True
            parent[root(i)] = root(j)
            other = unit_of[article[j]]
            if _compatible(kind[i], value[i], value[j]):
                agreeing.add(other)
            else:
                disagreeing.setdefault(other, []).append(article[j])
        for other in agreeing:
            disagreeing.pop(other, None)
        support.append(len(agreeing))
        agree.append(sum(trust[u] for u in agreeing))
        conflict.append(sum(trust[u] for u in disagreeing))
        names = sorted({name for listed in disagreeing.values() for name in listed})
        conflict_with.append(";".join(names))
        own = trust[unit_of[article[i]]]
        if not agreeing and not disagreeing:
            status.append("uncorroborated")
        elif agreeing and agree[-1] + own >= conflict[-1] - 1e-12:
            status.append("corroborated")
        else:
            status.append("contradicted")
    rows = np.flatnonzero(taking_part)
    reference = pd.DataFrame(
        {
            "article_id": article,
            "support": support,
            "agree": agree,
            "conflict": conflict,
            "status": status,
            "conflict_with": conflict_with,
        }
    )
    per_article = (
        reference.assign(
            numerator=reference["agree"] + prior / 2,
            denominator=reference["agree"] + reference["conflict"] + prior,
        )
        .groupby("article_id")[["numerator", "denominator"]]
        .sum()
    )
    agreement = per_article["numerator"] / per_article["denominator"]
    return reference, rows, np.array([root(i) for i in rows]), agreement


def _capped(ids: str) -> str:
    from scorer.features.agreement import MAX_CONFLICT_IDS

    names = ids.split(";")
    if len(names) <= MAX_CONFLICT_IDS:
        return ids
    return ";".join(names[:MAX_CONFLICT_IDS]) + f";+{len(names) - MAX_CONFLICT_IDS} more"


def _check_against_reference(claims, articles, monkeypatch):
    # agreement_features works on articles and claims sorted by article id (so
    # that the input order changes no bit); the reference sees that order too.
    articles = articles.sort_values("article_id", kind="stable")
    claims = claims.sort_values("article_id", kind="stable")
    seen = {}
    _spy(monkeypatch, "_independence_units", seen)
    _spy(monkeypatch, "_unit_trust", seen)
    checked, features = agreement_features(claims, articles)
    (in_events, _, _), _, unit = seen["_independence_units"]
    assert in_events["article_id"].tolist() == articles["article_id"].tolist()
    (*_, rows, group), _, trust = seen["_unit_trust"]
    reference, reference_rows, components, agreement = _pairwise_reference(
        claims, articles, unit, trust
    )
    assert (checked["support"].to_numpy() == reference["support"].to_numpy()).all()
    assert checked["status"].tolist() == reference["status"].tolist()
    assert checked["conflict_with"].tolist() == reference["conflict_with"].map(_capped).tolist()
    # Truth discovery sees the same claims, grouped into the same objects,
    # numbered in the order of their first claim.
    assert rows.tolist() == reference_rows.tolist()
    assert (pd.factorize(group)[0] == pd.factorize(components)[0]).all()
    assert (pd.factorize(group)[0] == pd.factorize(group, sort=True)[0]).all()
    rated = features["agreement"].dropna()
    np.testing.assert_allclose(rated, agreement.loc[rated.index], rtol=0, atol=1e-12)
    return checked, features, reference


def test_class_votes_equal_a_claim_by_claim_count_on_the_seeds(seeds, monkeypatch):
    articles, claims = seeds
    # A re-post by another outlet and a second article of 002's outlet: units
    # of several articles, and the same fact held twice by one unit.
    more_articles, more_claims = _with_copy(articles, claims, "003", 2, "copycat.example")
    more_articles, more_claims = _with_copy(more_articles, more_claims, "000", 5, "Politics Today")
    more_articles = more_articles.assign(event_id=cluster_events(more_articles))
    checked, _, reference = _check_against_reference(more_claims, more_articles, monkeypatch)
    assert (reference["status"] == "contradicted").any()
    assert (checked["conflict_with"] != "").sum() >= 4


def test_class_votes_equal_a_claim_by_claim_count_on_a_generated_event(monkeypatch):
    from scorer.synthetic import make_corpus

    # 80 articles of 25 outlets: several articles per outlet, re-posts, wrong
    # numbers and dates, and conflict lists longer than the cap.
    articles, truth = make_corpus(80, n_outlets=25, event_size=(80, 80), seed=1)
    articles = articles.assign(event_id="one event")
    claims = _stated_claims(articles, truth)
    checked, features, reference = _check_against_reference(claims, articles, monkeypatch)
    assert checked["status"].nunique() >= 2
    assert (reference["conflict_with"].str.count(";") >= 20).any()
    assert checked["conflict_with"].str.endswith(" more").any()
    assert features["n_independent"].max() < 79  # some articles share a unit


@pytest.mark.slow
def test_an_event_of_a_thousand_articles_is_checked_in_linear_time():
    from scorer.features.agreement import MAX_CONFLICT_IDS
    from scorer.synthetic import make_corpus

    articles, truth = make_corpus(1000, n_outlets=1000, event_size=(1000, 1000), seed=1)
    articles = articles.assign(event_id="one event")
    # Every article states its facts four times (headline, lede, body, caption):
    # ~10,000 claims, ~3,500 of a kind.
    claims = _stated_claims(articles, truth, repeats=4)
    start = time.perf_counter()
    checked, features = agreement_features(claims, articles)
    elapsed = time.perf_counter() - start
    # Measured ~0.7 s; comparing claim pairs took 16 s and 2 GB here.
    assert elapsed < 8, elapsed
    wrong = (truth["statements"]["stated_value"] != truth["statements"]["true_value"]).to_numpy()
    contradicted = (checked["status"] == "contradicted").to_numpy()[: len(wrong)]
    assert contradicted[wrong].mean() > 0.9
    assert contradicted[~wrong].mean() < 0.05
    # A right fact is denied by dozens of articles: the list stops at the cap.
    listed = checked["conflict_with"].str.split(";")
    assert listed.map(len).max() == MAX_CONFLICT_IDS + 1
    assert checked["conflict_with"].str.fullmatch(r"([^;]+;){20}\+\d+ more").any()
    assert features["agreement"].notna().all()


def test_a_duplicate_in_a_large_event_does_not_raise_anyone_elses_agreement():
    from scorer.synthetic import make_corpus

    articles, truth = make_corpus(300, n_outlets=300, event_size=(300, 300), seed=2)
    articles = articles.assign(event_id="one event")
    claims = _stated_claims(articles, truth)
    _, base = agreement_features(claims, articles)
    for position in (0, 137):
        original = articles.iloc[[position]]
        copy = original.assign(article_id="copy", source="copycat.example")
        copied = claims.loc[claims["article_id"] == original["article_id"].iloc[0]]
        _, features = agreement_features(
            pd.concat([claims, copied.assign(article_id="copy")], ignore_index=True),
            pd.concat([articles, copy], ignore_index=True),
        )
        others = base.index[base.index != original["article_id"].iloc[0]]
        assert (features.loc[others, "agreement"] <= base.loc[others, "agreement"] + 1e-12).all()


# --- alignment on the claims the extractor finds in the founding corpus ------------------------


@pytest.fixture(scope="module")
def extracted():
    claims_module = pytest.importorskip("scorer.features.claims")
    spam = pytest.importorskip("scorer.features.spam")
    import scorer
    from scorer.text import split_sentences

    articles = scorer.load_articles(SEEDS)
    sentences = split_sentences(spam.segment(articles))
    entities = claims_module.extract_entities(sentences, articles)
    claims = claims_module.extract_claims(sentences, articles, entities)
    articles = articles.assign(event_id=cluster_events(articles, entities))
    checked, _ = agreement_features(claims, articles)
    return checked.assign(prefix=checked["article_id"].str[:3])


def _rows(checked, prefix, kind, value):
    rows = checked.loc[
        (checked["prefix"] == prefix) & (checked["kind"] == kind) & (checked["value"] == value)
    ]
    assert len(rows) >= 1, (prefix, kind, value)
    return rows


def test_extracted_november_4_is_contradicted_by_the_december_4_note(extracted):
    # 002: "announced by Niger's Foreign Ministry on November 4"; 003: "In a note sent to
    # the European Union delegation in Niamey on Monday [December 4]".
    november = _rows(extracted, "002", "date", "2023-11-04").iloc[0]
    assert november["status"] == "contradicted"
    assert _id("003") in november["conflict_with"]


def test_extracted_120_and_130_europeans_conflict(extracted):
    # 000: "... EUCAP Sahel Niger ... This mission, ... comprising 120 Europeans";
    # 003: "Eucap Sahel, the 130-strong civilian mission".
    europeans = _rows(extracted, "000", "number", "120").iloc[0]
    strong = _rows(extracted, "003", "number", "130").iloc[0]
    assert europeans["status"] == strong["status"] == "contradicted"
    assert europeans["conflict_with"] == _id("003")
    assert strong["conflict_with"] == _id("000")


def test_extracted_roles_many_hold_do_not_conflict(extracted):
    wagner = extracted.loc[
        (extracted["prefix"] == "004") & extracted["key"].str.contains("wagner", case=False)
    ]
    assert len(wagner) == 1 and wagner["status"].iloc[0] == "uncorroborated"
    # "President Emmanuel Macron" vs "President Mohamed Bazoum", "General Salifou Mody" vs
    # "General Yevkurov": many people share a bare title.
    people = extracted.loc[extracted["kind"] == "person"]
    assert not (people["status"] == "contradicted").any(), people.loc[
        people["status"] == "contradicted", ["prefix", "key", "value", "conflict_with"]
    ]
    assert (
        _rows(extracted, "002", "person", "person:emmanuel-macron")["status"] != "contradicted"
    ).all()
    # The same person in the same role elsewhere corroborates ("Deputy Minister of Defense
    # Colonel-General Yunus-Bek Yevkurov" / "Vice Minister of Defense Yunus-Bek Yevkurov").
    deputy = _rows(extracted, "004", "person", "person:yunus-bek-yevkurov")
    assert (deputy.loc[deputy["key"].str.contains("minister"), "status"] == "corroborated").all()


def test_extracted_different_announcements_do_not_conflict(extracted):
    # 003: "After Bamako a year ago, Niamey and Ouagadougou announced on December 1 their
    # decision to leave the G5 Sahel" is not the note 002 dates November 4.
    for value in ("2022", "2023-12-01"):
        assert (_rows(extracted, "003", "date", value)["status"] != "contradicted").all()


# --- the rules behind alignment, on the seed corpus's own wording ------------------------------


@pytest.mark.parametrize(
    ("key", "functional"),
    [
        ("head of wagner group", True),
        ("head of nigerien military regime", True),
        ("defense minister gen.", True),
        ("health minister", True),
        ("french president", True),
        ("president", False),
        ("general", False),
        ("colonel general", False),
        ("deputy minister of defense colonel-general", False),
        ("vice minister of defense", False),
        ("prime minister", False),
        ("ambassador", False),
    ],
)
def test_only_roles_with_one_holder_are_functional(key, functional):
    from scorer.features.agreement import _NOT_WORD as NOT_WORD
    from scorer.features.agreement import _key_facts

    normalised = NOT_WORD.sub(" ", key.casefold()).strip()
    assert _key_facts("person", normalised).functional is functional


def test_vice_and_deputy_ranks_dropped_are_one_role():
    from scorer.features.agreement import _key_facts

    first = _key_facts("person", "deputy minister of defense colonel general").role
    second = _key_facts("person", "vice minister of defence").role
    assert first == second == "deputy minister of defense"


def _facts_table(rows):
    ids = sorted({row[0] for row in rows})
    articles = pd.DataFrame(
        {
            "article_id": ids,
            "source": ids,
            # Texts of their own: the same short text twice would be a copy, one voice.
            "text": [f"Report {article_id}" for article_id in ids],
            "event_id": "e",
        }
    )
    claims = pd.DataFrame(
        rows, columns=["article_id", "sentence_no", "kind", "key", "value", "surface", "sentence"]
    ).reindex(columns=CLAIM_COLUMNS)
    return articles, claims


def test_generic_event_nouns_need_a_near_date_or_the_same_organisation():
    a = "The move, announced by Niger's Foreign Ministry on November 4, ends EUMPM."
    b = "In a note sent to the European Union delegation on Monday, it denounced them."
    c = "Niamey and Ouagadougou announced on December 1 their decision to leave the G5 Sahel."
    articles, claims = _facts_table(
        [
            ("a", 3, "organisation", "organisation", "org:mfa", "Foreign Ministry", a),
            ("a", 3, "date", "announcement", "2023-11-04", "November 4", a),
            ("b", 6, "organisation", "organisation", "org:eu", "European Union", b),
            ("b", 6, "date", "sending", "2023-12-04", "on Monday", b),
            # The outlet of the note also reports the G5 Sahel exit (as 003 does).
            ("b", 22, "organisation", "organisation", "org:g5", "G5 Sahel", c),
            ("b", 22, "date", "announcement", "2023-12-01", "December 1", c),
            ("b", 22, "date", "announcement", "2022", "a year ago", c),
        ]
    )
    checked, _ = agreement_features(claims, articles)
    status = dict(zip(checked["value"], checked["status"], strict=True))
    # November 4 vs December 4: one part apart, both a communication -> one fact told wrongly.
    assert status["2023-11-04"] == status["2023-12-04"] == "contradicted"
    assert checked["conflict_with"].iloc[1] == "b"
    # Another announcement, 27 days and two parts away, or a bare year: not the same one.
    assert status["2023-12-01"] == status["2022"] == "uncorroborated"


def test_a_count_of_an_organisation_named_a_sentence_before_aligns_with_its_size():
    prev = "It ends the mission EUCAP Sahel Niger, active since 2012."
    a = "This mission, based in Niamey and comprising 120 Europeans, supports the police."
    b = "Eucap Sahel, the 130-strong civilian mission set up in 2012, must leave."
    articles, claims = _facts_table(
        [
            ("a", 2, "organisation", "organisation", "org:eucap", "EUCAP Sahel Niger", prev),
            ("a", 3, "number", "europeans", "120", "120", a),
            ("b", 7, "organisation", "organisation", "org:eucap", "Eucap Sahel", b),
            ("b", 7, "number", "civilian mission", "130", "130-strong", b),
            ("c", 1, "organisation", "organisation", "org:other", "Other Mission", "x"),
            ("c", 1, "number", "europeans", "300", "300", "Other Mission has 300 Europeans."),
        ]
    )
    checked, _ = agreement_features(claims, articles)
    numbers = checked.loc[checked["kind"] == "number"].set_index("value")
    assert numbers.loc["120", "conflict_with"] == "b;c"  # c's key is the same word
    assert numbers.loc["130", "conflict_with"] == "a"  # c counts another organisation
    assert numbers.loc["130", "status"] == "contradicted"


# --- find_copies --------------------------------------------------------------------------------


def test_a_seed_reposted_with_chrome_is_found_as_a_copy_of_it():
    from scorer.features.agreement import COPY_COLUMNS, find_copies

    articles = _seed_articles()
    assert len(find_copies(articles)) == 0  # five independent reports of one event
    original = articles.loc[articles["article_id"] == _id("002")].iloc[0]
    chrome = "Home | World | Africa\nSponsor: QWIKET\nRead more: Niger news\n"
    repost = original.copy()
    repost["article_id"] = "repost"
    repost["text"] = chrome + original["text"] + "\nShare this Article\nLeave a comment\n"
    # Placed first in the table but published later: the date decides who copies whom.
    repost["published"] = pd.Timestamp("2024-01-10")
    corpus = pd.concat([repost.to_frame().T, articles], ignore_index=True)
    corpus = corpus.assign(published=corpus["published"].astype("datetime64[ns]"))
    copies = find_copies(corpus)
    assert list(copies.columns) == COPY_COLUMNS
    assert copies[["article_id", "copy_of"]].values.tolist() == [["repost", _id("002")]]
    assert 0.9 < copies["containment"].iloc[0] < 1.0  # the chrome is the repost's own
    assert copies["copied_share"].iloc[0] == 1.0
    # Without dates, the first row is the original.
    undated = find_copies(corpus.assign(published=pd.NaT))
    assert undated[["article_id", "copy_of"]].values.tolist() == [[_id("002"), "repost"]]
    # Scoped by event: the same texts in two events are not compared.
    apart = find_copies(corpus.assign(event_id=["elsewhere"] + ["niger"] * 5))
    assert len(apart) == 0


def test_find_copies_on_empty_and_errored_input():
    from scorer.features.agreement import COPY_COLUMNS, find_copies

    articles = _seed_articles()
    assert list(find_copies(articles.iloc[:0]).columns) == COPY_COLUMNS
    doubled = pd.concat([articles.iloc[:1], articles.iloc[:1].assign(article_id="twin")])
    assert len(find_copies(doubled)) == 1
    assert len(find_copies(doubled.assign(error=["", pd.NA]).replace("", "fetch failed"))) == 0
    with pytest.raises(ValueError, match="containment"):
        find_copies(articles, containment=0)


@pytest.mark.data
def test_fakenewsamt_fakes_are_rewrites_not_copies(shared_data):
    from scorer.features.agreement import find_copies

    corpus = _fakenewsamt(shared_data)
    start = time.perf_counter()
    copies = find_copies(corpus)
    assert time.perf_counter() - start < 5
    twins = copies.loc[
        copies["article_id"].str.split(".").str[0] == copies["copy_of"].str.split(".").str[0]
    ]
    # Measured: 12 of 240 fakes keep >= 70% of their legit twin's 5-grams (light edits:
    # "dealt a final blow" -> "applauded"); the rest are rewritten.
    assert len(twins) <= 0.1 * corpus["story"].nunique()
    assert not copies["article_id"].isin(["biz01.fake.txt", "polit01.fake.txt"]).any()
    assert len(copies) - len(twins) <= 2


# --- regressions found by tests/test_properties.py -------------------------------------------


@pytest.mark.parametrize("text", ["a b", "0", "the of", "\x00\x01", "!!!"])
def test_articles_without_a_word_of_two_letters_are_events_of_their_own(text):
    # No word feature and no entity: nothing to compare, and no crash.
    articles = pd.DataFrame({"article_id": ["x", "y", "z"], "text": [text, text, "  "]})
    events = cluster_events(articles)
    assert events.iloc[:2].tolist() == ["event-0001", "event-0002"] and events.isna().iloc[2]
    # Beside real articles they are still apart, and the real ones still form their event.
    seeds = _seed_articles()
    mixed = pd.concat([articles, seeds], ignore_index=True)
    events = cluster_events(mixed)
    assert len(set(events.iloc[3:])) == 1
    assert not set(events.iloc[:2]) & set(events.iloc[3:])


def test_permuted_inputs_give_the_same_result_bit_for_bit(generated):
    articles, claims, _, _ = generated
    articles = articles.iloc[:400].reset_index(drop=True)
    claims = claims.loc[claims["article_id"].isin(articles["article_id"])]
    events = cluster_events(articles)
    checked, features = agreement_features(claims, articles.assign(event_id=events))
    assert features["agreement"].notna().sum() > 300 and features["agreement"].nunique() > 50

    order = np.random.default_rng(0).permutation(len(articles))
    shuffled = articles.iloc[order]
    shuffled_events = cluster_events(shuffled)
    # Event labels follow the input order; which articles share an event does not.
    same = pd.crosstab(events, shuffled_events.loc[events.index])
    assert ((same > 0).sum(axis=1) == 1).all() and ((same > 0).sum(axis=0) == 1).all()
    # Claims interleaved at random, each article's claims in their own order (that order
    # is the article's: the claim extractor reads it off the text).
    article = claims["article_id"].to_numpy(dtype=object)
    slot_article = article[np.random.default_rng(1).permutation(len(claims))]
    claim_order = np.empty(len(claims), dtype=np.int64)
    claim_order[np.argsort(slot_article, kind="stable")] = np.argsort(article, kind="stable")
    shuffled_claims = claims.iloc[claim_order]
    assert not shuffled_claims.index.equals(claims.index)
    checked_again, features_again = agreement_features(
        shuffled_claims, shuffled.assign(event_id=shuffled_events)
    )
    pd.testing.assert_frame_equal(features_again.loc[features.index], features, check_exact=True)
    pd.testing.assert_frame_equal(checked_again.loc[checked.index], checked, check_exact=True)


def test_copies_of_a_text_under_five_words_are_one_voice():
    from scorer.features.agreement import find_copies

    # No word 5-gram: the whole word sequence is the text's one shingle.
    text = "Niger 120\nMali 130"
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d", "e"],
            "source": ["x", "y", "z", "w", "v"],
            "text": [text, "NIGER 120 -- mali 130!", "Niger 120", "Niger 120\nMali 140", "!!"],
            "event_id": "e1",
        }
    )
    copies = find_copies(articles.assign(text=articles["text"].str.replace("!!", "Mali 130")))
    assert copies[["article_id", "copy_of"]].values.tolist() == [["b", "a"]]
    assert copies["containment"].tolist() == [1.0] and copies["copied_share"].tolist() == [1.0]
    # Only the same words in the same order: a shorter or a different text is no copy,
    # and texts without a word are copies only of the same text.
    symbols = articles.assign(text=["!!", "!!", "?!", "Niger 120", "Mali 130"])
    assert find_copies(symbols)[["article_id", "copy_of"]].values.tolist() == [["b", "a"]]

    claims = pd.DataFrame(
        {
            "article_id": ["a", "b", "d", "a", "b", "d"],
            "kind": "number",
            "key": ["Niger"] * 3 + ["Mali"] * 3,
            "value": ["120", "120", "120", "130", "130", "140"],
        }
    ).reindex(columns=CLAIM_COLUMNS)
    _, features = agreement_features(claims, articles.iloc[[0, 1, 3]])
    # a and b are one unit: each has one other voice (d), not two.
    assert features["n_independent"].tolist() == [1, 1, 1]
    _, alone = agreement_features(claims.iloc[[0, 1, 3, 4]], articles.iloc[[0, 1]])
    assert alone["agreement"].isna().all()
    assert alone["agreement_reason"].str.startswith("only copies").all()


def test_shingles_in_batches_of_whole_events_change_nothing(monkeypatch):
    from scorer import load_articles
    from scorer.features import agreement
    from scorer.synthetic import make_corpus

    articles, _ = make_corpus(600, seed=3, event_size=30, n_outlets=40)
    articles = load_articles(articles)
    events = agreement.cluster_events(articles)
    with_events = articles.assign(event_id=events.to_numpy())
    codes = pd.factorize(events.fillna(""))[0]
    whole = agreement.find_copies(with_events)
    units = agreement._independence_units(with_events, codes, 0.7)
    assert len(whole) > 0
    monkeypatch.setattr(agreement, "_SHINGLE_BATCH", 50)
    pd.testing.assert_frame_equal(agreement.find_copies(with_events), whole)
    assert (agreement._independence_units(with_events, codes, 0.7) == units).all()
