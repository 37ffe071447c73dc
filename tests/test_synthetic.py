"""Tests for scorer.synthetic: the generated corpora and their ground truth agree."""

from __future__ import annotations

import itertools
import re
import time

import numpy as np
import pandas as pd
import pytest

from scorer.schema import ARTICLE_COLUMNS, ARTICLE_ID, EVENT_ID
from scorer.synthetic import (
    BUILTIN_SENTENCES,
    OUTLET_CLASSES,
    iter_corpus,
    make_corpus,
    sentence_pools,
)

_WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def corpus():
    """2,000 articles from the default sentence source (public data when present)."""
    return make_corpus(2000, seed=7)


def _line(text: str, line_no: int) -> str:
    return text.split("\n")[line_no - 1]


def _shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def _assert_same(first, second) -> None:
    articles_a, truth_a = first
    articles_b, truth_b = second
    pd.testing.assert_frame_equal(articles_a, articles_b)
    assert truth_a.keys() == truth_b.keys()
    for name in truth_a:
        pd.testing.assert_frame_equal(truth_a[name], truth_b[name], obj=name)


# --- determinism and sizes ---------------------------------------------------


def test_same_seed_gives_identical_frames():
    _assert_same(make_corpus(600, seed=3), make_corpus(600, seed=3))


def test_different_seeds_give_different_corpora():
    a, _ = make_corpus(300, seed=1)
    b, _ = make_corpus(300, seed=2)
    assert (a["text"] != b["text"]).mean() > 0.9


@pytest.mark.parametrize("n", [0, 1, 7, 128, 1001])
def test_sizes_and_columns(n):
    articles, truth = make_corpus(n, n_outlets=12, seed=n)
    assert len(articles) == n
    assert list(articles.columns) == ARTICLE_COLUMNS
    assert articles[ARTICLE_ID].is_unique
    assert articles["published"].dtype == "datetime64[ns]"
    assert articles["error"].isna().all()
    assert len(truth["events"]) == n
    assert len(truth["labels"]) == n
    assert len(truth["outlets"]) == 12
    ids = set(articles[ARTICLE_ID])
    for name in ("spam", "lines", "conflicts", "copies", "statements", "events", "labels"):
        assert set(truth[name][ARTICLE_ID]) <= ids, name
    assert set(truth["facts"][EVENT_ID]) == set(truth["events"][EVENT_ID])


def test_smaller_corpus_is_a_prefix_of_a_larger_one():
    small, small_truth = make_corpus(250, seed=5)
    large, large_truth = make_corpus(900, seed=5)
    pd.testing.assert_frame_equal(small, large.iloc[:250])
    kept = large_truth["spam"][large_truth["spam"][ARTICLE_ID].isin(small[ARTICLE_ID])]
    pd.testing.assert_frame_equal(small_truth["spam"], kept.reset_index(drop=True))


def test_chunks_concatenate_to_the_whole_corpus():
    whole, truth = make_corpus(2345, seed=11)
    chunks = list(iter_corpus(2345, chunk_size=500, seed=11))
    assert all(len(a) <= 500 for a, _ in chunks)
    pd.testing.assert_frame_equal(pd.concat([a for a, _ in chunks], ignore_index=True), whole)
    for name in ("spam", "conflicts", "copies", "events", "facts", "labels"):
        joined = pd.concat([t[name] for _, t in chunks], ignore_index=True)
        pd.testing.assert_frame_equal(joined, truth[name], obj=name)
    # chunks hold whole events, so cross-source features can run chunk by chunk
    event_sets = [set(t["events"][EVENT_ID]) for _, t in chunks]
    for first, second in itertools.pairwise(event_sets):
        assert not first & second


def test_options_are_validated():
    with pytest.raises(ValueError, match="n_articles"):
        make_corpus(-1)
    with pytest.raises(ValueError, match="n_outlets"):
        make_corpus(10, n_outlets=0)
    with pytest.raises(ValueError, match="chunk_size"):
        next(iter_corpus(10, chunk_size=0))


# --- ground truth matches the text -------------------------------------------


def test_every_injected_line_is_at_its_recorded_line(corpus):
    articles, truth = corpus
    text = articles.set_index(ARTICLE_ID)["text"]
    lines = truth["lines"]
    assert len(lines) > 1000
    found = [_line(text[a], n) for a, n in zip(lines[ARTICLE_ID], lines["line_no"], strict=True)]
    assert found == lines["text"].tolist()
    assert set(truth["spam"]["category"]) == {
        "ad",
        "crypto",
        "hash",
        "url_slug",
        "cjk",
        "cyrillic",
        "markup",
    }
    assert (truth["spam"]["label"] == "spam").all()


def test_spam_lines_look_like_their_category(corpus):
    _, truth = corpus
    spam = truth["spam"]
    hashes = spam.loc[spam["category"] == "hash", "text"]
    assert hashes.str.fullmatch(r"[A-Za-z0-9]{40,41}").all()
    slugs = spam.loc[spam["category"] == "url_slug", "text"]
    assert slugs.str.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*").all()
    assert spam.loc[spam["category"] == "cjk", "text"].str.contains(r"[\u3040-\u9fff]").all()
    assert spam.loc[spam["category"] == "cyrillic", "text"].str.contains(r"[\u0400-\u04ff]").all()


def test_conflicts_appear_in_the_text_with_the_wrong_value(corpus):
    articles, truth = corpus
    text = articles.set_index(ARTICLE_ID)["text"]
    conflicts = truth["conflicts"]
    assert len(conflicts) > 50
    assert (conflicts["true_value"] != conflicts["stated_value"]).all()
    for row in conflicts.itertuples(index=False):
        assert row.surface in _line(text[row.article_id], row.line_no)
    numbers = conflicts[conflicts["kind"] == "number"]
    assert (numbers["surface"].str.replace(",", "") == numbers["stated_value"]).all()
    # the true value is the event's fact sheet value
    facts = truth["facts"].merge(truth["events"], on=EVENT_ID)
    merged = conflicts.merge(facts, on=[ARTICLE_ID, "kind", "key"])
    assert len(merged) == len(conflicts)
    assert (merged["true_value"] == merged["value"]).all()
    assert set(conflicts["kind"]) == {"number", "date"}
    assert conflicts["internal"].any()


def test_every_statement_is_in_its_line(corpus):
    articles, truth = corpus
    text = articles.set_index(ARTICLE_ID)["text"]
    statements = truth["statements"]
    for row in statements.itertuples(index=False):
        assert row.surface in _line(text[row.article_id], row.line_no)
    assert set(statements["kind"]) == {"number", "date", "person"}


def _content(articles, truth) -> pd.Series:
    """Each article's text without its injected (non-content) lines."""
    injected = set(zip(truth["lines"][ARTICLE_ID], truth["lines"]["line_no"], strict=True))
    return pd.Series(
        {
            a: "\n".join(
                line
                for number, line in enumerate(text.split("\n"), start=1)
                if (a, number) not in injected
            )
            for a, text in zip(articles[ARTICLE_ID], articles["text"], strict=True)
        }
    )


def test_copies_share_most_shingles_with_their_original(corpus):
    articles, truth = corpus
    text = _content(articles, truth)
    events = truth["events"].set_index(ARTICLE_ID)[EVENT_ID]
    copies = truth["copies"]
    assert len(copies) > 50
    assert (events[copies[ARTICLE_ID]].to_numpy() == events[copies["copy_of"]].to_numpy()).all()
    assert (copies[ARTICLE_ID] > copies["copy_of"]).all()
    contained = [
        len(_shingles(text[c]) & (orig := _shingles(text[o]))) / len(orig)
        for c, o in zip(copies[ARTICLE_ID], copies["copy_of"], strict=True)
    ]
    assert min(contained) > 0.9
    # independent reports of the same event overlap much less
    originals = truth["labels"].loc[~truth["labels"]["is_copy"], ARTICLE_ID]
    pairs = (
        pd.DataFrame({ARTICLE_ID: originals, EVENT_ID: events[originals].to_numpy()})
        .groupby(EVENT_ID)[ARTICLE_ID]
        .agg(list)
    )
    overlap = [
        len(_shingles(text[ids[0]]) & (s := _shingles(text[ids[1]]))) / len(s)
        for ids in pairs
        if len(ids) >= 2
    ]
    assert len(overlap) > 100
    assert np.median(overlap) < 0.6


def test_credited_copies_name_their_original(corpus):
    articles, truth = corpus
    frame = articles.set_index(ARTICLE_ID)
    credited = truth["copies"][truth["copies"]["credited"]]
    assert len(credited) > 0
    publisher = frame.loc[credited[ARTICLE_ID], "publisher"].to_numpy()
    original = frame.loc[credited["copy_of"], "source"].to_numpy()
    assert (publisher == original).all()
    texts = frame.loc[credited[ARTICLE_ID], "text"]
    assert all(p in t for p, t in zip(publisher, texts, strict=True))


# --- outlet classes make reliability learnable --------------------------------


def test_outlet_classes_behave_differently(corpus):
    _, truth = corpus
    labels = truth["labels"]
    by_class = labels.groupby("outlet_class")
    spam = by_class["n_spam_lines"].mean()
    assert spam["content_farm"] > spam["aggregator"] > spam["newspaper"] >= spam["wire"] == 0
    wrong = by_class["n_conflicts"].sum() / by_class["n_statements"].sum()
    assert wrong["fabricator"] > wrong["content_farm"] > wrong["newspaper"] > wrong["wire"]
    attributed = by_class["n_attributed"].sum() / by_class["n_statements"].sum()
    assert attributed["wire"] > attributed["newspaper"] > attributed["content_farm"]
    assert attributed["content_farm"] > attributed["fabricator"]
    copies = by_class["is_copy"].mean()
    assert copies["aggregator"] > 0.5 > copies["newspaper"]
    assert labels["reliable"].eq(labels["outlet_class"].isin(["wire", "newspaper"])).all()
    outlets = truth["outlets"]
    assert set(outlets["outlet_class"]) == set(OUTLET_CLASSES)
    assert outlets["source"].is_unique


def test_rates_can_be_turned_off():
    _, truth = make_corpus(500, seed=2, spam_rate=0, conflict_rate=0)
    assert truth["spam"].empty
    assert truth["conflicts"].empty
    assert not truth["lines"].empty  # chrome and metadata are not spam


def test_event_size_range_is_respected():
    _, truth = make_corpus(400, seed=4, event_size=(2, 3))
    sizes = truth["events"].groupby(EVENT_ID).size()
    assert sizes.iloc[:-1].between(2, 3).all()  # the last event may be cut short


# --- sentence sources ----------------------------------------------------------


def test_builtin_fallback_when_the_data_folder_is_absent(monkeypatch, tmp_path):
    monkeypatch.setenv("SCORER_DATA_HOME", str(tmp_path / "missing"))
    pools = sentence_pools()
    assert pools["origin"].eq("builtin").all()
    articles, _ = make_corpus(40, seed=1)
    builtin = {s for pool in BUILTIN_SENTENCES for s in pool}
    assert any(s in articles["text"].iloc[0] for s in builtin)


def test_custom_sentences_as_texts_and_frames():
    texts = [
        "The bridge reopened on Friday after repairs. Traffic was light in the morning. "
        "Engineers said the structure was safe. Commuters welcomed the news.",
    ]
    articles, _ = make_corpus(5, n_outlets=5, seed=0, sentences=texts)
    assert articles["text"].str.contains("Engineers said the structure was safe.").any()
    frame = pd.DataFrame(
        {"pool_id": [0] * 4, "sentence": texts[0].split(". "), "title": ["Bridge reopens"] * 4}
    )
    articles, _ = make_corpus(5, n_outlets=5, seed=0, sentences=frame)
    assert articles["title"].str.endswith("Bridge reopens").all()
    with pytest.raises(ValueError, match="no usable sentence"):
        make_corpus(5, sentences=[])


@pytest.mark.data
def test_articles_are_built_from_real_sentences(shared_data, monkeypatch):
    monkeypatch.setenv("SCORER_DATA_HOME", str(shared_data))
    pools = sentence_pools()
    assert pools["pool_id"].nunique() > 1000
    assert pools["origin"].str.startswith("fakenewsamt/").any()
    assert pools["origin"].str.startswith("buzzfeed-webis-2016/").any()
    articles, truth = make_corpus(300, seed=9)
    # injected lines and templated facts aside, the prose is real sentences
    prefixes = {s[:40] for s in pools["sentence"]}
    lines = articles["text"].str.split("\n").explode()
    lines = lines[lines.str.len() > 60]
    assert lines.str[:40].isin(prefixes).mean() > 0.6
    assert len(truth["statements"]) > 0


# --- speed -----------------------------------------------------------------------


def test_ten_thousand_articles_in_under_ten_seconds():
    sentence_pools()  # reading the public data once is not generation
    start = time.perf_counter()
    articles, _ = make_corpus(10_000, seed=1)
    assert len(articles) == 10_000
    assert time.perf_counter() - start < 10
