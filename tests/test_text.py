"""Tests for scorer.text: sentence splitting and normalisation on real text."""

from __future__ import annotations

import re

import hypothesis.strategies as st
import numpy as np
import pandas as pd
import pytest
from helpers import gold_labels, line_segments, seed_articles
from hypothesis import given, settings

from scorer import text as _text
from scorer.schema import ARTICLE_ID, SEGMENT_COLUMNS
from scorer.text import (
    SENTENCE_SPLIT_COLUMNS,
    normalise_quotes,
    normalise_whitespace,
    split_sentences,
)


@pytest.fixture(scope="module")
def seed_segments() -> pd.DataFrame:
    return line_segments(seed_articles(), gold_labels())


@pytest.fixture(scope="module")
def seed_sentences(seed_segments: pd.DataFrame) -> pd.DataFrame:
    return split_sentences(seed_segments)


def _sentences_of(text: str) -> list[str]:
    return split_sentences(line_segments({"x": text}))["sentence"].tolist()


# --- the splitter on hard cases -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones and Gen. Mody on Jan. 5. They talked.",
            ["Mr. Smith met Dr. Jones and Gen. Mody on Jan. 5.", "They talked."],
        ),
        (
            "J. K. Rowling wrote it. The U.N. met in Sept. 2016 at 9 a.m. local time.",
            ["J. K. Rowling wrote it.", "The U.N. met in Sept. 2016 at 9 a.m. local time."],
        ),
        (
            "He lives in the U.S. The firm has 1,500 staff and grew 3.5 percent. Sales rose.",
            [
                "He lives in the U.S.",
                "The firm has 1,500 staff and grew 3.5 percent.",
                "Sales rose.",
            ],
        ),
        (
            '"Our alliances have prevailed," he said. "We need to go." Then he left.',
            ['"Our alliances have prevailed," he said.', '"We need to go."', "Then he left."],
        ),
        ("They said “no.” Next day she left!", ["They said “no.”", "Next day she left!"]),
        ("Col. Assimi Goïta visited St. Petersburg in July.", None),
        ("Niger Cuts Ties with EU Defense Missions", None),
        ('"Is it over?" he asked. Nobody knew.', ['"Is it over?" he asked.', "Nobody knew."]),
        ("Martin Luther King Jr. He was great.", ["Martin Luther King Jr.", "He was great."]),
        ("It ended at 9 p.m. The police came.", ["It ended at 9 p.m.", "The police came."]),
        # Real-looking news sentences: titles, initials, "1,500", dates, quotes.
        (
            "Lt. Col. Amadou Abdramane read the statement on TV. It ended 2 missions.",
            ["Lt. Col. Amadou Abdramane read the statement on TV.", "It ended 2 missions."],
        ),
        (
            "Some 1,500 troops left on Dec. 22, the U.S. embassy said. The rest stayed.",
            ["Some 1,500 troops left on Dec. 22, the U.S. embassy said.", "The rest stayed."],
        ),
        (
            "President Mohamed Bazoum was ousted by Gen. A. Tiani. The E.U. condemned it.",
            ["President Mohamed Bazoum was ousted by Gen. A. Tiani.", "The E.U. condemned it."],
        ),
        (
            "He said: “We will leave.” The ministry confirmed it on Monday.",
            ["He said: “We will leave.”", "The ministry confirmed it on Monday."],
        ),
        ("“Why now?” she asked. Nobody answered.", ["“Why now?” she asked.", "Nobody answered."]),
        ("'It is over,' he said. 'We go home.'", ["'It is over,' he said.", "'We go home.'"]),
        (
            "The plane (an Il-62M) landed at 10:40 a.m. Officials met it.",
            ["The plane (an Il-62M) landed at 10:40 a.m.", "Officials met it."],
        ),
        (
            "The E.U. mission cost €72.5 million in 2023. It employed 120 Europeans.",
            ["The E.U. mission cost €72.5 million in 2023.", "It employed 120 Europeans."],
        ),
        (
            "Mr. and Mrs. Smith arrived. Ms. Jones left.",
            ["Mr. and Mrs. Smith arrived.", "Ms. Jones left."],
        ),
        ("It was No. 1 on the list. They said so.", ["It was No. 1 on the list.", "They said so."]),
        ("They met in Niamey... Then they left.", ["They met in Niamey...", "Then they left."]),
        ("BREAKING: Niger ends military cooperation with the EU", None),
        ("Niger’s junta revokes EU security deals", None),
        ("Sources: Anadolu Agency and AP", None),
    ],
)
def test_split_handles_abbreviations_numbers_and_quotes(text, expected):
    assert _sentences_of(text) == (expected if expected is not None else [text])


def test_offsets_point_into_the_segment_text(seed_segments, seed_sentences):
    texts = seed_segments.set_index([ARTICLE_ID, "seg_no"])["text"]
    for row in seed_sentences.itertuples(index=False):
        assert texts[(row.article_id, row.seg_no)][row.start : row.end] == row.sentence


def test_seed_sentences_are_content_only_and_numbered(seed_segments, seed_sentences):
    assert list(seed_sentences.columns) == SENTENCE_SPLIT_COLUMNS
    content = seed_segments[seed_segments["label"] == "content"]
    assert set(zip(seed_sentences[ARTICLE_ID], seed_sentences["seg_no"], strict=True)) == set(
        zip(content[ARTICLE_ID], content["seg_no"], strict=True)
    )
    for _, group in seed_sentences.groupby(ARTICLE_ID, sort=False):
        assert group["sentence_no"].tolist() == list(range(len(group)))
    # Articles keep the order of the segments table.
    assert list(pd.unique(seed_sentences[ARTICLE_ID])) == sorted(pd.unique(content[ARTICLE_ID]))
    # Spam and page chrome never become sentences.
    assert not seed_sentences["sentence"].str.contains("QWIKET|Kucoin|壯陽藥").any()


def test_seed_sentences_survive_titles_quotes_and_headlines(seed_sentences):
    by_article = seed_sentences.groupby(ARTICLE_ID)["sentence"].apply(list)
    s002 = by_article["002_24c16acd31fd676f"]
    s003 = by_article["003_6e6ab8aa43d31d9b"]
    s000 = by_article["000_70571204d3049d9c"]
    # "Gen. Salifou Mody." ends a sentence; "Gen." alone does not.
    assert any(s.endswith("Nigerien Defense Minister Gen. Salifou Mody.") for s in s002)
    assert "The pivot towards Russia" in s002  # a headline with no full stop
    # A quote closed by ” inside the sentence does not cut it.
    assert any(s.startswith("The Nigerien Ministry") and "since 2012." in s for s in s000)
    # The St. Petersburg summit and the [...] ellipses stay inside their sentences.
    assert any("St. Petersburg at the end of July" in s for s in s003)
    assert any(s.startswith('In Bamako, "important decisions were taken,"') for s in s003)
    assert any(s.startswith("According to Flightradar24,") for s in s003)
    # No sentence ends with a title abbreviation.
    assert (
        not pd.Series(seed_sentences["sentence"])
        .str.contains(r"\b(?:Mr|Dr|Gen|Col|St)\.$", regex=True)
        .any()
    )
    counts = seed_sentences.groupby(ARTICLE_ID).size()
    assert counts["000_70571204d3049d9c"] == 13
    assert counts["004_c7edc6ca8071738a"] == 14


def test_empty_inputs_give_empty_tables():
    empty = pd.DataFrame(columns=SEGMENT_COLUMNS)
    out = split_sentences(empty)
    assert list(out.columns) == SENTENCE_SPLIT_COLUMNS
    assert out.empty
    only_spam = line_segments({"a": "buy now"}, {("a", 1): "spam"})
    assert split_sentences(only_spam).empty
    blank = pd.DataFrame(
        {ARTICLE_ID: ["a", "b"], "seg_no": [0, 0], "text": ["   ", None], "label": "content"}
    )
    assert split_sentences(blank).empty


def test_split_is_deterministic_and_does_not_mutate(seed_segments):
    before = seed_segments.copy()
    first = split_sentences(seed_segments)
    shuffled = seed_segments.sample(frac=1.0, random_state=0)
    second = split_sentences(shuffled)
    pd.testing.assert_frame_equal(seed_segments, before)
    # Reading order comes from seg_no, whatever the row order within an article.
    first_by_article = first.sort_values([ARTICLE_ID, "sentence_no"]).reset_index(drop=True)
    second_by_article = second.sort_values([ARTICLE_ID, "sentence_no"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(first_by_article, second_by_article)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=120), max_size=5))
def test_split_never_crashes_and_offsets_hold(lines):
    segments = pd.DataFrame(
        {
            ARTICLE_ID: "a",
            "seg_no": np.arange(len(lines), dtype=np.int64),
            "text": pd.Series(lines, dtype=object),
            "label": "content",
        }
    )
    out = split_sentences(segments)
    for row in out.itertuples(index=False):
        assert lines[row.seg_no][row.start : row.end] == row.sentence
        assert row.sentence == row.sentence.strip()
        assert row.sentence


# --- the splitter against its rules written out plainly ---------------------
#
# The boundary pattern groups its abbreviation lookbehinds by length and
# leaves the whitespace after a stop to a lookahead; both are for speed.  Here
# is the same splitter with one lookbehind per abbreviation and the
# whitespace consumed, as it was first written: the sentences must not move.


def _after_word_plainly(words: list[str], *, negative: bool) -> str:
    sign = "!" if negative else "="
    glue = "" if negative else "|"
    return glue.join(f"(?<{sign}\\b{re.escape(w)}\\.)" for w in sorted(set(words)))


_CLOSERS = _text._CLOSERS
_OPENERS = "|".join(sorted(set(_text._SENTENCE_OPENERS)))
_BOUNDARY_PLAINLY = re.compile(
    r"[.!?…\x1e](?:(?<=\x1e)"
    rf"|(?<=[!?…])[.!?…]*{_CLOSERS}\s+(?=[^\W_a-z]|[\"“‘'«(\[¿¡])"
    rf"|(?<=\.){_after_word_plainly(_text._NEVER_FINAL + _text._SOFT_FINAL, negative=True)}"
    rf"(?<!\b[^\W\d_]\.)[.!?…]*{_CLOSERS}\s+(?=[^\W_a-z]|[\"“‘'«(\[¿¡])"
    rf"|(?:{_after_word_plainly(_text._SOFT_FINAL, negative=False)}|(?<=\b[^\W\d_]\.))"
    rf"{_CLOSERS}\s+(?=(?:{_OPENERS})\s+[a-z])"
    r")"
)


def _sentences_plainly(lines: list[str]) -> list[str]:
    searched = "\x1e".join(line.replace("\x1e", " ") for line in lines) + "\x1e"
    joined = "\x1e".join(lines) + "\x1e"
    ends, nexts = [], []
    for match in _BOUNDARY_PLAINLY.finditer(searched):
        found = match.group()
        if found == "\x1e":
            ends.append(match.start())
        else:
            ends.append(match.end() - (len(found) - len(found.rstrip())))
        nexts.append(match.end())
    starts = [0, *nexts[:-1]]
    sentences = (joined[a:b].strip() for a, b in zip(starts, ends, strict=True))
    return [sentence for sentence in sentences if sentence]


def _one_article(lines: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            ARTICLE_ID: "a",
            "seg_no": np.arange(len(lines), dtype=np.int64),
            "text": pd.Series(lines, dtype=object),
            "label": "content",
        }
    )


_SPLIT_PIECES = [
    *[
        "Mr.",
        "Gen.",
        "U.S.",
        "Sept.",
        "a.m.",
        "J.",
        "K.",
        "The",
        "He",
        "said",
        "it",
        "1.5",
        "3",
        "é",
        "A",
        "b",
        "ok",
    ],
    *[".", "!", "?", "…", '"', "”", "’", "'", ")", "(", "«"],
    *[" ", " ", " ", "  ", "\u00a0", "\x1e", "\n", "\x1c"],
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SPLIT_PIECES), max_size=30).map("".join), max_size=4))
def test_split_finds_the_sentences_of_the_plain_rules(lines):
    assert split_sentences(_one_article(lines))["sentence"].tolist() == _sentences_plainly(lines)


def test_seed_sentences_follow_the_plain_rules(seed_segments, seed_sentences):
    content = seed_segments[seed_segments["label"] == "content"]
    for article_id, group in content.groupby(ARTICLE_ID, sort=False):
        got = seed_sentences.loc[seed_sentences[ARTICLE_ID] == article_id, "sentence"].tolist()
        assert got == _sentences_plainly(group.sort_values("seg_no")["text"].tolist())


# --- normalisation ----------------------------------------------------------


def test_normalise_quotes_keeps_length_and_folds_marks():
    text = "«Niger’s» „new“ ‘masters’ ”"
    out = normalise_quotes(text)
    assert len(out) == len(text)
    assert out == '"Niger\'s" "new" \'masters\' "'
    series = normalise_quotes(pd.Series(["“a”", None], dtype=object))
    assert series.iloc[0] == '"a"'
    assert pd.isna(series.iloc[1])


def test_normalise_quotes_on_long_text_replaces_like_translate():
    marks = "".join(_text._QUOTE_MAP)
    text = ("Niger’s «new» “masters” " + marks + " é\x1e") * 400
    assert len(text) > _text._LONG_TEXT
    expected = "".join(_text._QUOTE_MAP.get(char, char) for char in text)
    assert normalise_quotes(text) == expected
    assert normalise_quotes(text[:100]) == expected[:100]


def test_normalise_whitespace():
    assert normalise_whitespace(" Jun 26, 2025  |\u00a0\n") == "Jun 26, 2025 |"
    assert normalise_whitespace(pd.Series(["a  b", "\tc"])).tolist() == ["a b", "c"]


@given(
    st.lists(st.integers(min_value=-(2**62), max_value=2**62), max_size=200),
    st.sampled_from([np.int64, np.int32, np.uint8]),
)
def test_distinct_is_numpy_unique(values, dtype):
    # distinct() replaces np.unique on large integer arrays, where NumPy's
    # hashing is slow: the values must be the same, in the same order.
    array = np.asarray(values, dtype=np.int64).astype(dtype)
    got = _text.distinct(array)
    np.testing.assert_array_equal(got, np.unique(array))
    assert got.dtype == array.dtype
