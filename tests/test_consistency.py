"""Tests for scorer.features.consistency on the founding corpus and injected faults."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from helpers import articles_frame, data_home, gold_labels, line_segments, seed_articles

from scorer.features.claims import extract_claims, extract_entities
from scorer.features.consistency import (
    INCONSISTENCY_KINDS,
    consistency_features,
    find_inconsistencies,
)
from scorer.schema import INCONSISTENCY_COLUMNS
from scorer.text import split_sentences


def _analyse(articles: pd.DataFrame, segments: pd.DataFrame):
    sentences = split_sentences(segments)
    entities = extract_entities(sentences, articles)
    claims = extract_claims(sentences, articles, entities)
    found = find_inconsistencies(articles, segments, sentences, claims, entities)
    return found, consistency_features(found, articles["article_id"]), claims, entities


@pytest.fixture(scope="module")
def seeds():
    articles = seed_articles()
    segments = line_segments(articles, gold_labels())
    found, features, _, _ = _analyse(articles, segments)
    return articles, segments, found, features


def _kinds(found: pd.DataFrame, prefix: str) -> list[str]:
    return found.loc[found["article_id"].str.startswith(prefix), "kind"].tolist()


def test_schema(seeds):
    _, _, found, features = seeds
    assert list(found.columns) == INCONSISTENCY_COLUMNS
    assert set(found["kind"]) <= set(INCONSISTENCY_KINDS)
    assert list(features.columns) == ["consistency", "n_inconsistencies"] + [
        f"n_{k}" for k in INCONSISTENCY_KINDS
    ]
    assert features["consistency"].between(0, 1).all()


def test_reposted_old_story_has_page_date_mismatch(seeds):
    _, _, found, features = seeds
    assert _kinds(found, "003") == ["page_date_mismatch"]
    row = found.loc[found["kind"] == "page_date_mismatch"].iloc[0]
    assert "2025-06-26" in row["reason"] and "2023-12-06" in row["reason"]
    assert row["spans"] == "seg 12 [0:10]"  # the "6 Dec 2023" dateline
    assert features.loc["003_6e6ab8aa43d31d9b", "consistency"] < 1


def test_triple_headline_is_repeated_text(seeds):
    _, _, found, _ = seeds
    assert _kinds(found, "001") == ["repeated_text"]
    row = found.loc[found["kind"] == "repeated_text"].iloc[0]
    assert "3 times" in row["reason"]
    assert row["spans"].count("seg ") == 3


def test_clean_seed_articles_raise_no_false_alarm(seeds):
    _, _, found, features = seeds
    for prefix in ("000", "002", "004"):
        assert _kinds(found, prefix) == [], prefix
    # 001 spells Yevkurov "Evkourov" -- but the same way every time.
    assert "spelling_variant" not in set(found["kind"])
    assert "value_conflict" not in set(found["kind"])
    assert features.loc["000_70571204d3049d9c", "consistency"] == 1.0


def test_spelling_variant_in_one_article(seeds):
    articles, _, _, _ = seeds
    text = articles.loc[0, "text"].replace(
        "both parties signed agreements", "Evkourov and Tiani signed agreements"
    )
    assert text != articles.loc[0, "text"]
    one = articles.iloc[[0]].assign(text=[text])
    found, _, _, _ = _analyse(one, line_segments(one, lambda a, n: "content"))
    assert found["kind"].tolist() == ["spelling_variant"]
    assert "Evkourov" in found["reason"].iloc[0] and "Yevkurov" in found["reason"].iloc[0]


def test_value_conflict_and_future_event_in_one_article(seeds):
    articles, _, _, _ = seeds
    extra = (
        "\nThis mission, based in Niamey and comprising 150 Europeans, has been providing "
        "support to internal security forces, Nigerien authorities, and non-governmental "
        "entities.\nThe ministry issued its press release on March 3, 2031."
    )
    one = articles.iloc[[0]].assign(
        text=[articles.loc[0, "text"] + extra], published=[pd.Timestamp("2023-12-05")]
    )
    found, features, _, _ = _analyse(one, line_segments(one, lambda a, n: "content"))
    assert sorted(found["kind"]) == ["future_event", "value_conflict"]
    reason = found.loc[found["kind"] == "value_conflict", "reason"].iloc[0]
    assert "120" in reason and "150" in reason and "europeans" in reason
    assert features["consistency"].iloc[0] < 0.5


def test_headline_entities_missing():
    text = "Niger and Mali leave the G5 Sahel\nNiger has left the alliance, officials said."
    articles = articles_frame(
        [{"article_id": "x", "title": "Niger and Mali leave the G5 Sahel", "text": text}]
    )
    segments = line_segments(articles, lambda a, n: "metadata" if n == 1 else "content")
    found, _, _, _ = _analyse(articles, segments)
    assert found["kind"].tolist() == ["headline_entities_missing"]
    assert "Mali" in found["reason"].iloc[0] and "G5 Sahel" in found["reason"].iloc[0]


def test_error_and_empty_articles_are_nan_and_order_kept(seeds):
    articles, segments, found, _ = seeds
    broken = articles.assign(
        error=np.where(articles["article_id"].str.startswith("001"), "unreadable", None),
        text=np.where(articles["article_id"].str.startswith("004"), "", articles["text"]),
    )
    found, features, _, _ = _analyse(broken, segments)
    assert list(features.index) == articles["article_id"].tolist()
    assert features["consistency"].isna().tolist() == [False, True, False, False, True]
    assert features.loc["001_2289ed053e9986e6", "n_inconsistencies"] == 0
    empty = find_inconsistencies(
        articles.iloc[0:0], segments.iloc[0:0], found.iloc[0:0], found.iloc[0:0], found.iloc[0:0]
    )
    assert list(empty.columns) == INCONSISTENCY_COLUMNS and empty.empty
    assert consistency_features(empty, pd.Series([], dtype=str)).empty


# --- corruption harness ----------------------------------------------------------
#
# Inject one self-contradiction into real legit articles and check that the
# score drops; the untouched originals measure false alarms.

_RESPELL_RULES = (
    (r"([bcdfglmnprst])\1", r"\1"),  # undouble a consonant: Mattis -> Matis
    (r"(?<=.)y", "i"),
    (r"(?<=.)i", "y"),
    (r"(?<=.)o(?!u)", "ou"),
    (r"(?<=.)([bdgklmnprt])(?=[aeiou])", r"\1\1"),  # double a consonant
)


def _respell(surname: str, seed: int) -> str | None:
    for offset in range(len(_RESPELL_RULES)):
        pattern, replacement = _RESPELL_RULES[(seed + offset) % len(_RESPELL_RULES)]
        variant = re.sub(pattern, replacement, surname, count=1)
        if variant != surname:
            return variant
    return None


def _corrupt_number(text: str, claims: pd.DataFrame) -> str | None:
    numbers = claims.loc[
        (claims["kind"] == "number")
        & claims["surface"].str.contains(r"\d", regex=True)
        & (claims["key"].str.len() > 0)
    ]
    if numbers.empty:
        return None
    claim = numbers.iloc[0]
    value = float(claim["value"])
    new = int(value * 1.5) + 3 if value < 1e9 else int(value) + 7
    surface = f"{new:,}" if "," in claim["surface"] else str(new)
    digits = re.search(r"[\d.,]*\d", claim["surface"])
    replaced = claim["surface"][: digits.start()] + surface + claim["surface"][digits.end() :]
    sentence = claim["sentence"]
    restated = sentence[: claim["start"]] + replaced + sentence[claim["end"] :]
    return text + "\n" + restated


def _corrupt_name(text: str, entities: pd.DataFrame, seed: int) -> str | None:
    people = entities.loc[(entities["kind"] == "person") & entities["surface"].str.contains(" ")]
    if people.empty:
        return None
    surname = people.sort_values("mentions", ascending=False, kind="stable").iloc[0]["surface"]
    surname = surname.split()[-1]
    variant = _respell(surname, seed)
    if variant is None:
        return None
    body = text.index("\n") + 1 if "\n" in text else 0  # the first line is the title
    positions = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", text[body:])]
    positions = [body + p for p in positions]
    if len(positions) >= 2:
        last = positions[-1]
        return text[:last] + variant + text[last + len(surname) :]
    return text + f"\nA spokesperson for {variant} declined to comment."


def _corrupt_paragraph(text: str) -> str | None:
    lines = [line for line in text.split("\n")[1:] if len(line.split()) >= 8]
    if not lines:
        return None
    return text + "\n" + max(lines, key=len)


@pytest.mark.data
def test_injected_contradictions_lower_consistency():
    folder = data_home() / "fakenewsamt" / "fakeNewsDataset" / "legit"
    rows = []
    for path in sorted(folder.glob("*.txt"))[::6][:40]:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        rows.append({"article_id": path.stem, "title": text.split("\n", 1)[0], "text": text})
    originals = articles_frame(rows)
    assert len(originals) == 40

    def label(article_id, line_no):
        return "metadata" if line_no == 1 else "content"

    found, features, claims, entities = _analyse(originals, line_segments(originals, label))
    corrupted_rows = []
    for i, row in enumerate(originals.itertuples(index=False)):
        own_claims = claims.loc[claims["article_id"] == row.article_id]
        own_entities = entities.loc[entities["article_id"] == row.article_id]
        for kind, text in (
            ("value_conflict", _corrupt_number(row.text, own_claims)),
            ("spelling_variant", _corrupt_name(row.text, own_entities, i)),
            ("repeated_text", _corrupt_paragraph(row.text)),
        ):
            if text is not None:
                corrupted_rows.append(
                    {"article_id": f"{row.article_id}~{kind}", "title": row.title, "text": text}
                )
    corrupted = articles_frame(corrupted_rows)
    # Each corrupted copy is scored on its own, as if it were the only version.
    found_c, features_c, _, _ = _analyse(corrupted, line_segments(corrupted, label))
    original_score = features["consistency"]
    report = {}
    for kind in ("value_conflict", "spelling_variant", "repeated_text"):
        ids = [a for a in features_c.index if a.endswith(f"~{kind}")]
        lower = [features_c.loc[a, "consistency"] < original_score[a.split("~")[0]] for a in ids]
        flagged = [((found_c["article_id"] == a) & (found_c["kind"] == kind)).any() for a in ids]
        report[kind] = (len(ids), float(np.mean(lower)), float(np.mean(flagged)))
    false_alarms = found.groupby("kind")["article_id"].nunique().to_dict()
    alarm_rate = float((features["n_inconsistencies"] > 0).mean())
    print(f"\ninjected (n, share scored lower, share flagged with the right kind): {report}")
    print(f"false alarms on 40 originals: rate {alarm_rate:.3f}, by kind {false_alarms}")
    for kind, (n, lower, flagged) in report.items():
        assert n >= 20, kind
        assert lower >= 0.75, (kind, lower)
        assert flagged >= 0.75, (kind, flagged)
    assert alarm_rate <= 0.15
