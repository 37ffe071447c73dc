"""Tests for scorer.inject: planted spam in real articles, and the detector on it."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from helpers import articles_frame, data_home

from scorer.features import _lexicons as lex
from scorer.features import spam
from scorer.inject import INJECTED_CATEGORIES, STYLES, inject_spam

LEGIT = data_home() / "fakenewsamt" / "fakeNewsDataset" / "legit"


@pytest.fixture(scope="module")
def legit() -> pd.DataFrame:
    paths = sorted(LEGIT.glob("*.txt"))[:120]
    return articles_frame(
        [{"article_id": p.stem, "text": p.read_text("utf-8", errors="replace")} for p in paths]
    )


def test_truth_matches_the_planted_text():
    articles = articles_frame(
        [{"article_id": "a", "text": "Title\n\nOne paragraph here.\n\nAnother one."}]
    )
    planted, truth = inject_spam(articles, per_article=6, seed=3)
    lines = planted["text"].iloc[0].split("\n")
    for row in truth.itertuples():
        assert lines[row.line_no - 1] == row.text
    assert sorted(truth.loc[truth["injected"], "category"]) == sorted(INJECTED_CATEGORIES)
    assert truth.loc[~truth["injected"], "text"].tolist() == [
        "Title",
        "One paragraph here.",
        "Another one.",
    ]
    again, _ = inject_spam(articles, per_article=6, seed=3)
    pd.testing.assert_frame_equal(planted, again)


def test_unknown_category_is_rejected():
    with pytest.raises(ValueError, match="unknown categories"):
        inject_spam(articles_frame([]), categories=("casino",))


def test_vocabulary_is_apart_from_the_lexicons():
    import re

    import scorer.inject as inject

    brands = {b.lower() for b in inject._BRANDS}
    lists = lex.AD_STRONG + lex.AD_WEAK + lex.CRYPTO + lex.VICE + lex.MARKETING
    assert not brands & set(lists)
    rng = random.Random(0)
    for category in ("ad", "call_to_action"):
        for _ in range(100):
            line = inject._line(rng, category).lower()
            for phrase in lex.AD_STRONG + lex.CRYPTO + lex.VICE:
                assert not re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", line), (
                    phrase,
                    line,
                )


def test_unknown_style_is_rejected():
    with pytest.raises(ValueError, match="unknown style"):
        inject_spam(articles_frame([]), style="z")


@pytest.mark.parametrize(
    "style", ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"]
)
def test_other_styles_are_disjoint_from_style_a_and_the_lexicons(style):
    import re

    import scorer.inject as inject

    make = {
        "b": inject._line_b,
        "c": inject._line_c,
        "d": inject._line_d,
        "e": inject._line_e,
        "f": inject._line_f,
        "g": inject._line_g,
        "h": inject._line_h,
        "i": inject._line_i,
        "j": inject._line_j,
        "k": inject._line_k,
        "l": inject._line_l,
        "m": inject._line_m,
        "n": inject._line_n,
        "o": inject._line_o,
    }[style]
    brands = {
        "b": inject._BRANDS_B,
        "c": inject._BRANDS_C,
        "d": inject._BRANDS_D,
        "e": inject._BRANDS_E,
        "f": inject._BRANDS_F,
        "g": inject._BRANDS_G,
        "h": inject._BRANDS_H,
        "i": inject._BRANDS_I,
        "j": inject._BRANDS_J,
        "k": inject._BRANDS_K,
        "l": inject._BRANDS_L,
        "m": inject._BRANDS_M,
        "n": inject._BRANDS_N,
        "o": inject._BRANDS_O,
    }[style]
    assert not {b.lower() for b in brands} & {b.lower() for b in inject._BRANDS}
    rng = random.Random(0)
    rng_a = random.Random(0)
    lines_a = {inject._line(rng_a, c) for c in INJECTED_CATEGORIES for _ in range(50)}
    for category in INJECTED_CATEGORIES:
        for _ in range(50):
            line = make(rng, category)
            assert line not in lines_a
            if category in ("ad", "call_to_action"):
                for phrase in lex.AD_STRONG + lex.CRYPTO + lex.VICE:
                    pattern = rf"(?<![a-z]){re.escape(phrase)}(?![a-z])"
                    assert not re.search(pattern, line.lower()), (phrase, line)


@pytest.mark.parametrize("style", ["f", "g", "h", "i", "j", "k", "l", "m", "n", "o"])
def test_style_plants_every_category_and_is_deterministic(style):
    articles = articles_frame(
        [
            {"article_id": "a", "text": "Title\n\nOne paragraph here.\n\nAnother one."},
            {"article_id": "b", "text": "Headline\n\nA first line.\n\nA second line."},
        ]
    )
    per_article = len(INJECTED_CATEGORIES)
    planted, truth = inject_spam(articles, per_article=per_article, seed=4, style=style)
    for article_id, text in zip(planted["article_id"], planted["text"], strict=True):
        lines = text.split("\n")
        for row in truth[truth["article_id"] == article_id].itertuples():
            assert lines[row.line_no - 1] == row.text
    planted_rows = truth[truth["injected"]]
    assert sorted(planted_rows["category"]) == sorted(2 * list(INJECTED_CATEGORIES))
    assert planted_rows["text"].str.len().gt(0).all()
    again, truth_again = inject_spam(articles, per_article=per_article, seed=4, style=style)
    pd.testing.assert_frame_equal(planted, again)
    pd.testing.assert_frame_equal(truth, truth_again)
    other, _ = inject_spam(articles, per_article=per_article, seed=5, style=style)
    assert not other["text"].equals(planted["text"])


@pytest.mark.parametrize("style", ["f", "g", "h", "i", "j", "k", "l", "m", "n", "o"])
def test_style_vocabulary_is_apart_from_every_earlier_style(style):
    # Each style written blind (f onwards) has its own brands, goods, places,
    # trips, services, publications, clubs, films, shows, acts, topics and
    # foreign lines: none is shared with an earlier style, none turns up in an
    # earlier style's lines or theirs in its own, no line repeats an earlier
    # style's, every line is one paragraph, and no advert or call to action
    # uses a phrase of the detector's strong lists.
    import re

    import scorer.inject as inject

    def suffix(s: str) -> str:
        return "" if s == "a" else "_" + s.upper()

    earlier = STYLES[: STYLES.index(style)]
    lists = ("_BRANDS", "_GOODS", "_PLACES", "_TRIPS", "_SERVICES", "_SITES", "_TOPICS", "_FOREIGN")
    for name in lists:
        own = {x.lower() for x in getattr(inject, name + suffix(style), ())}
        for other_style in earlier:
            other = {x.lower() for x in getattr(inject, name + suffix(other_style), ())}
            assert not own & other, (name, other_style, own & other)
    makers = [getattr(inject, "_line" + suffix(s).lower()) for s in earlier]
    rng = random.Random(0)
    others = {make(rng, c) for make in makers for c in INJECTED_CATEGORIES for _ in range(50)}

    nouns = ("_BRANDS", "_GOODS", "_PLACES", "_TRIPS", "_SERVICES", "_SITES")
    named = ("_CLUBS", "_FILMS", "_SHOWS", "_ACTS")

    def any_of(styles):
        found = {
            x.lower()
            for g in (*nouns, *named)
            for s in styles
            for x in getattr(inject, g + suffix(s), ())
        }
        alternatives = "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
        return re.compile(rf"(?<!\w)({alternatives})(?!\w)") if found else None

    own_words, other_words = any_of([style]), any_of(earlier)
    for line in others:
        assert own_words is None or not own_words.search(line.lower()), line
    make = getattr(inject, "_line" + suffix(style).lower())
    rng_style = random.Random(0)
    for category in INJECTED_CATEGORIES:
        for _ in range(400):
            line = make(rng_style, category)
            assert line and "\n" not in line and line == line.strip(), line
            assert line not in others, line
            assert other_words is None or not other_words.search(line.lower()), line
            if category in ("ad", "call_to_action"):
                for phrase in lex.AD_STRONG + lex.CRYPTO + lex.VICE:
                    pattern = rf"(?<![a-z]){re.escape(phrase)}(?![a-z])"
                    assert not re.search(pattern, line.lower()), (phrase, line)


def _recall_precision(legit: pd.DataFrame, style: str, seed: int) -> tuple[dict, pd.DataFrame]:
    planted, truth = inject_spam(
        legit, per_article=len(INJECTED_CATEGORIES), seed=seed, style=style
    )
    segments = spam.segment(planted)
    merged = truth.rename(columns={"category": "planted"}).merge(
        segments, on=["article_id", "line_no"], how="left", validate="1:1"
    )
    assert (merged["text_x"] == merged["text_y"]).all()
    flagged = merged["label"] == "spam"
    out = {}
    for category in INJECTED_CATEGORIES:
        rows = merged["planted"] == category
        in_category = flagged & (merged["category"] == category)
        out[category] = (
            (flagged & rows).sum() / rows.sum(),
            (in_category & merged["injected"]).sum() / max(in_category.sum(), 1),
        )
    return out, merged


def _assert_recall_floors(legit: pd.DataFrame, style: str, floors: dict[str, float]) -> None:
    """Recall of each category at least its floor, precision >= 0.95, no real line called spam."""
    scores, merged = _recall_precision(legit, style, seed=11)
    for category, (recall, precision) in scores.items():
        assert recall >= floors[category], (category, recall)
        assert precision >= 0.95, (category, precision)
    assert (merged.loc[~merged["injected"], "label"] != "spam").all()


@pytest.mark.data
@pytest.mark.parametrize("style", ["a", "b"])
def test_detector_finds_planted_spam_per_category(legit, style):
    # Issue 3: recall >= 0.90 and precision >= 0.95 in every category, on the
    # tuning (a) and the development (b) templates.
    scores, merged = _recall_precision(legit, style, seed=11)
    for category, (recall, precision) in scores.items():
        assert recall >= 0.90, (style, category, recall)
        assert precision >= 0.95, (style, category, precision)
    real = merged[~merged["injected"]]
    assert (real["label"] != "spam").all()
    # the planted articles keep (almost) all their own lines
    assert (real["label"] == "content").mean() > 0.97


@pytest.mark.data
def test_studied_templates_are_found(legit):
    # Style c was held out at first (ad 0.16, call_to_action 0.45, sponsor
    # 0.77, junk_token 0.67, markup_residue 0.78, injected_spam 1.0); its
    # misses were then studied and its adverts train the promotion layer, so
    # these figures are in-sample.  Precision holds.
    _assert_recall_floors(legit, "c", dict.fromkeys(INJECTED_CATEGORIES, 0.90))


@pytest.mark.data
def test_held_out_templates_are_partly_found(legit):
    # Style d was written before any style-c miss was studied and is never
    # used to change the detector.  Its measurement (240 articles, seed 7)
    # before and after the promotion layer: ad 0.00 / 0.00, sponsor 0.23 /
    # 0.23, injected_spam 0.42 / 0.48, junk_token 0.45 / 0.45, markup_residue
    # 0.72 / 0.72, call_to_action 0.19 / 0.37.  Native-ad teasers without
    # selling words ("You won't believe ..."), affiliate disclosures, English
    # vice spam, tracking ids and CSS/JS residue are missed.  These floors
    # guard that state against regressions; the precision target holds.
    # Later sessions raised it with generic families (ad 0.77, sponsor 0.81,
    # junk_token 0.73 on seed 7); on 2026-11-23 its sponsor and junk-token
    # misses were studied (paid-link box labels, file names and asset
    # paths), so it is no longer held out: style e is.
    floors = {
        "ad": 0.0,
        "call_to_action": 0.25,
        "sponsor": 0.15,
        "junk_token": 0.35,
        "markup_residue": 0.6,
        "injected_spam": 0.35,
    }
    _assert_recall_floors(legit, "d", floors)


@pytest.mark.data
def test_blind_templates_are_partly_found(legit):
    # Style e was written on 2026-11-23 by someone who had not read the
    # detector; its misses were read on 2026-11-24 (style n is now the blind
    # set, see test_newest_blind_templates_are_partly_found).  First measurement (240
    # articles, seed 7, benchmarks/spam_benchmark.py): ad 0.65, sponsor
    # 0.77, injected_spam 0.89, junk_token 0.99, markup_residue 0.73,
    # call_to_action 0.98, precision 1.00.  The floors guard that state.
    floors = {
        "ad": 0.5,
        "call_to_action": 0.85,
        "sponsor": 0.6,
        "junk_token": 0.85,
        "markup_residue": 0.6,
        "injected_spam": 0.75,
    }
    _assert_recall_floors(legit, "e", floors)


@pytest.mark.parametrize("style", ["g", "h", "i", "j"])
@pytest.mark.data
def test_development_templates_g_to_j_are_found(legit, style):
    # Styles g to j were written on 2026-11-24 by someone who had not read the
    # detector.  Blind, g scored 0.856 in all, h 0.807, i 0.839 and j 0.814
    # (their weakest categories: sponsor 0.75, 0.64, 0.71 and 0.65); their
    # misses were then read (they are development sets now) and guided
    # generic additions: every category but the adverts of i and j (0.83) is at
    # 0.90 or more (240 articles, seed 7, benchmarks/spam_benchmark.py).  The
    # floors guard that state.
    floors = dict.fromkeys(
        ("call_to_action", "sponsor", "junk_token", "markup_residue", "injected_spam"), 0.8
    )
    floors["ad"] = 0.75
    _assert_recall_floors(legit, style, floors)


#: Recall of styles k to n once their misses had been read, on 2026-11-24.
#: Blind, k scored 0.741 in all, l 0.836, m 0.767 and n 0.824 (240 articles,
#: seed 7, benchmarks/spam_benchmark.py); their misses then guided generic
#: additions (every script Unicode knows, whole words of another script,
#: notices the law or a funder requires, lone ids, labelled codes and links of
#: other schemes, placeholders, other formats' residue, the page's interface
#: prompts; after n: software's output, reference ids, doc-comment tags and
#: front matter, host-read adverts, reader prompts) and the promotion layer
#: learnt from k: k 0.892, l 0.899, m 0.917 and n 0.938 in all there.  Here
#: (120 articles, seed 11): k ad 0.96, sponsor 0.91, injected_spam 0.85,
#: junk_token 0.96, markup_residue 0.97, call_to_action 0.91; l ad 0.78,
#: sponsor 0.80, injected_spam 0.78, junk_token 0.93, markup_residue 1.00,
#: call_to_action 0.85; m ad 0.92, sponsor 0.89, injected_spam 0.97,
#: junk_token 0.85, markup_residue 1.00, call_to_action 0.93; n ad 0.89,
#: sponsor 0.83, injected_spam 0.98, junk_token 0.90, markup_residue 1.00,
#: call_to_action 0.92.  The floors guard that state.
_FLOORS_K_TO_N = {
    "k": {
        "ad": 0.9,
        "call_to_action": 0.85,
        "sponsor": 0.85,
        "junk_token": 0.9,
        "markup_residue": 0.9,
        "injected_spam": 0.8,
    },
    "l": {
        "ad": 0.72,
        "call_to_action": 0.75,
        "sponsor": 0.72,
        "junk_token": 0.85,
        "markup_residue": 0.9,
        "injected_spam": 0.72,
    },
    "m": {
        "ad": 0.85,
        "call_to_action": 0.85,
        "sponsor": 0.82,
        "junk_token": 0.78,
        "markup_residue": 0.9,
        "injected_spam": 0.9,
    },
    "n": {
        "ad": 0.82,
        "call_to_action": 0.85,
        "sponsor": 0.76,
        "junk_token": 0.84,
        "markup_residue": 0.93,
        "injected_spam": 0.9,
    },
}


@pytest.mark.parametrize("style", ["k", "l", "m", "n"])
@pytest.mark.data
def test_development_templates_k_to_n_are_found(legit, style):
    _assert_recall_floors(legit, style, _FLOORS_K_TO_N[style])


@pytest.mark.data
def test_newest_blind_templates_are_partly_found(legit):
    # Style o was written on 2026-11-24 by someone who had not read the
    # detector; its misses are never studied.  First measurement (240
    # articles, seed 7, benchmarks/spam_benchmark.py, after the additions
    # styles k's to n's misses guided): ad 0.85, sponsor 0.72, injected_spam
    # 0.95, junk_token 0.54, markup_residue 0.95, call_to_action 0.75,
    # precision 1.00; the code of that morning gave the same figures.  Here
    # (120 articles, seed 11): ad 0.80, sponsor 0.70, injected_spam 0.93,
    # junk_token 0.59, markup_residue 0.91, call_to_action 0.79.  The floors
    # guard that state.
    floors = {
        "ad": 0.74,
        "call_to_action": 0.72,
        "sponsor": 0.63,
        "junk_token": 0.52,
        "markup_residue": 0.85,
        "injected_spam": 0.87,
    }
    _assert_recall_floors(legit, "o", floors)
