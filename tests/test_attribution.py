"""Tests for scorer.features.attribution on the founding corpus and BuzzFeed-Webis quotes."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import ftfy
import hypothesis.strategies as st
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from helpers import SEEDS, articles_frame, data_home, line_segments
from hypothesis import given, settings

from scorer.evaluate import quote_recall_precision
from scorer.features import attribution as _attribution
from scorer.features.attribution import (
    ATTRIBUTION_FEATURE_COLUMNS,
    attribute,
    attribution_features,
    find_credits,
)
from scorer.schema import (
    ARTICLE_ID,
    QUOTE_COLUMNS,
    SEGMENT_COLUMNS,
    SENTENCE_COLUMNS,
    SOURCE_TYPES,
)
from scorer.text import split_sentences

DATA = data_home()
A000, A001, A002, A003, A004 = (
    "000_70571204d3049d9c",
    "001_2289ed053e9986e6",
    "002_24c16acd31fd676f",
    "003_6e6ab8aa43d31d9b",
    "004_c7edc6ca8071738a",
)


def _articles(texts: dict[str, str], **columns) -> pd.DataFrame:
    return articles_frame(
        [{ARTICLE_ID: key, "text": text, **columns} for key, text in texts.items()]
    )


def _run(texts: dict[str, str], labels=None, **columns):
    articles = _articles(texts, **columns)
    segments = line_segments(texts, labels)
    sentences, quotes = attribute(split_sentences(segments), segments, articles)
    return sentences, quotes, attribution_features(sentences, segments, articles)


@pytest.fixture(scope="module")
def seed() -> dict[str, pd.DataFrame]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    table = pd.read_csv(SEEDS / "line_labels.csv")
    labels = {
        (Path(f).stem, int(line)): label
        for f, line, label in table[["file", "line", "label"]].itertuples(index=False)
    }
    articles = _articles(texts)
    segments = line_segments(texts, labels)
    sentences, quotes = attribute(split_sentences(segments), segments, articles)
    features = attribution_features(sentences, segments, articles)
    return {
        "articles": articles,
        "segments": segments,
        "sentences": sentences,
        "quotes": quotes,
        "features": features,
    }


# --- the founding corpus ------------------------------------------------------


def test_sourced_articles_score_clearly_above_unsourced_ones(seed):
    score = seed["features"]["attribution"]
    assert score[[A002, A003]].min() > score[[A000, A001]].max() + 0.3
    # 000 is not zero: the ministry's press release and statement are attributions.
    assert 0.1 < score[A000] < 0.5
    assert score[A001] < score[A000]
    assert score.between(0, 1).all()


def test_tables_have_the_schema_columns(seed):
    sentences, quotes, features = seed["sentences"], seed["quotes"], seed["features"]
    assert list(sentences.columns[: len(SENTENCE_COLUMNS)]) == SENTENCE_COLUMNS
    assert list(quotes.columns[: len(QUOTE_COLUMNS)]) == QUOTE_COLUMNS
    assert list(features.columns) == ATTRIBUTION_FEATURE_COLUMNS
    assert list(features.index) == seed["articles"][ARTICLE_ID].tolist()
    assert set(sentences["source_type"]) <= set(SOURCE_TYPES)
    assert sentences["claim_bearing"].dtype == bool
    assert sentences["attributed"].dtype == bool


def test_003_names_its_sources(seed):
    s = seed["sentences"]
    s003 = s[s[ARTICLE_ID] == A003]
    by_span = s003.set_index("source_span")
    assert by_span.loc["a government adviser", "source_type"] == "anonymous"
    assert by_span.loc["Flightradar24", "source_type"] == "data"
    assert (by_span.loc["the official quoted above", "source_type"] == "anonymous").all()
    assert "the president's office" in set(s003["source_span"])
    assert s003["cue"].str.contains("note sent to", na=False).any()
    quotes = seed["quotes"][seed["quotes"][ARTICLE_ID] == A003]
    official = quotes[quotes["quote"].str.startswith("It was the EU itself")]
    assert official[["speaker", "cue"]].iloc[0].tolist() == ["the official quoted above", "said"]
    # The second half of the split quote has the same speaker.
    second = quotes[quotes["quote"].str.startswith("our alliances with the West")]
    assert second["speaker"].iloc[0] == "the official quoted above"
    # Quote interiors are never taken for the article's own sources.
    assert not s003["source_span"].isin(["We", "we", "they", "As they"]).any()
    features = seed["features"].loc[A003]
    assert "lemonde.fr" in features["credits"]
    assert features["n_quotes"] >= 5
    assert features["n_sources"] >= 3


def test_credits_cover_002_and_byline_004(seed):
    features = seed["features"]
    assert "Anadolu Agency and AP" in features.loc[A002, "credits"]
    assert "Anadolu Images" in features.loc[A002, "credits"]
    assert features.loc[A004, "has_byline"]
    assert "Soukaina Sghir" in features.loc[A004, "credits"]
    assert features.loc[A000, "credits"] == ""
    assert not features.loc[A001, "has_byline"]  # "by b1og.net" is a site, not a person
    s = seed["sentences"]
    credited = s[(s[ARTICLE_ID] == A002) & (s["source_type"] == "credit")]
    assert len(credited) >= 5
    assert not credited["attributed"].any()
    # 000 names the ministry as the source of the announcement.
    s000 = s[s[ARTICLE_ID] == A000]
    assert {"document", "organisation"} <= set(s000["source_type"])
    assert "the ministry" in set(s000["source_span"])


def test_002_passive_attribution_to_the_ministry(seed):
    s = seed["sentences"]
    row = s[(s[ARTICLE_ID] == A002) & s["sentence"].str.startswith("The move, announced by")]
    assert row["source_span"].iloc[0] == "Niger’s Foreign Ministry"
    assert row["source_type"].iloc[0] == "organisation"


def test_headings_are_not_claim_bearing(seed):
    s = seed["sentences"]
    headings = s["sentence"].isin(
        ["The pivot towards Russia", "Background on Niger’s role in the Sahel region"]
    )
    assert headings.sum() == 2
    assert not s.loc[headings, "claim_bearing"].any()
    assert s["claim_bearing"].mean() > 0.8  # news prose is mostly checkable facts


def test_spam_segment_pipeline_when_available(seed):
    spam = pytest.importorskip("scorer.features.spam")
    if not hasattr(spam, "segment"):
        pytest.skip("scorer.features.spam.segment is not written yet")
    segments = spam.segment(seed["articles"])
    sentences, _ = attribute(split_sentences(segments), segments, seed["articles"])
    score = attribution_features(sentences, segments, seed["articles"])["attribution"]
    assert score[[A002, A003]].min() > score[[A000, A001]].max() + 0.2


# --- quotes -------------------------------------------------------------------


def test_quote_marks_speakers_and_unbalanced_marks():
    texts = {
        "a": "\n".join(
            [
                "“We will leave by December,” the minister said on Monday.",
                "«Nous partirons», a déclaré le ministre. Smith told reporters: 'fine'.",
                'Jones said: "The first sentence. The second sentence." Then he left.',
                '"It is over." Colonel Abdou Karim told AFP this on Monday.',
                'He wrote "an unbalanced quote that never closes. And goes on.',
                'The offer was "seductive for the juntas in Mali," the analyst added.',
            ]
        )
    }
    sentences, quotes, features = _run(texts)
    got = quotes.set_index("quote")
    assert got.loc["We will leave by December,", "speaker"] == "the minister"
    assert got.loc["Nous partirons", "quote_no"] == 1
    assert got.loc["The first sentence. The second sentence.", "speaker"] == "Jones"
    # Speaker named in the next sentence.
    assert got.loc["It is over.", "speaker"] == "Colonel Abdou Karim"
    assert got.loc["seductive for the juntas in Mali,", "speaker"] == "the analyst"
    assert not quotes["quote"].str.contains("unbalanced").any()
    # A multi-sentence quote attributes every sentence it spans.
    spanned = sentences[sentences["sentence"].str.contains("sentence")]
    assert spanned["attributed"].all()
    assert features.loc["a", "n_quotes"] == len(quotes)


def test_quotes_over_paragraphs_detached_and_doubled_marks():
    # A quote running over two paragraphs repeats its opening mark and omits
    # the closing one; one article as one line (BuzzFeed's layout) and as lines.
    paragraphs = [
        'Prosecutor Axel Bieler said, "Rape charges are brought only if it was enforced'
        " with violence. We do not assume this was the case.",
        '"Therefore he was indicted on a charge of serious sexual abuse." The court agreed.',
        'As Ronald Reagan said, " Trust but verify". He left on Monday.',
        'The campaign said: ""We raised more than $18 million." Nobody checked.',
        'I am proud of my friends. " I once again apologize," he wrote.',
    ]
    for texts in ({"a": " ".join(paragraphs)}, {"a": "\n".join(paragraphs)}):
        _, quotes, _ = _run(texts)
        got = quotes["quote"].tolist()
        first = [q for q in got if q.startswith("Rape charges")]
        assert len(first) == 1 and "Therefore he was indicted" in "".join(got), got
        if "\n" not in texts["a"]:  # one quote over both paragraphs
            assert first[0].endswith("serious sexual abuse.")
        assert "Trust but verify" in got
        assert "We raised more than $18 million." in got
        assert not any("proud of my friends" in q for q in got)
        assert quotes.loc[quotes["quote"].str.startswith("Rape"), "speaker"].iloc[0] == (
            "Prosecutor Axel Bieler"
        )


def test_embedded_posts_are_quotes_of_their_author():
    text = (
        "Dean, who is now a contributor for MSNBC, tweeted last night: Notice Trump sniffing"
        " all the time. Coke user? — Howard Dean (@GovHowardDean) September 27, 2016  "
        "Maher wrote: btw, you know a charge agst Trump is 100% provably true when he interrupts"
        ' with "Wrong!" #debates — Bill Maher (@billmaher) September 27, 2016  '
        "Cuccinelli bumper sticker in the rear window of a pickup in Phnom Penh A"
        " photo posted by Jon Fasman (@jonfasman) on Sep 25, 2016 at 11:38pm PDT"
    )
    for texts in ({"a": text}, {"a": text.replace("  ", "\n")}):
        _, quotes, _ = _run(texts)
        got = quotes.set_index("quote")
        assert got.loc["Notice Trump sniffing all the time. Coke user?", "speaker"] == (
            "Howard Dean"
        )
        maher = [q for q in got.index if q.startswith("btw")]
        assert len(maher) == 1 and got.loc[maher[0], "speaker"] == "Bill Maher"
        assert "Wrong!" not in got.index  # a quote inside a post is part of the post
        fasman = [q for q in got.index if "bumper sticker" in q]
        assert got.loc[fasman[0], "speaker"] == "Jon Fasman"
        assert fasman[0].startswith("Cuccinelli")
        assert set(quotes["cue"]) == {"posted"}


# Real-looking sentences for every cue and source type issue 4 lists:
# (sentence, source_span, source_type, a word of the cue).
_COVERAGE = [
    (
        "The president's office noted that 1,500 troops would remain in Niamey.",
        "The president's office",
        "organisation",
        "noted",
    ),
    (
        "In a note sent to the EU delegation on December 4, Niger revoked the agreement.",
        "a note sent to the EU delegation on December 4",
        "document",
        "note sent to",
    ),
    (
        "A press release announcing the end of the mission was published on Monday.",
        "A press release",
        "document",
        "announcing",
    ),
    (
        "According to the Foreign Ministry, 120 Europeans work for EUCAP Sahel Niger.",
        "the Foreign Ministry",
        "organisation",
        "according to",
    ),
    ("The figure was cited by Reuters on Tuesday.", "Reuters", "organisation", "cited"),
    (
        "The minister was quoted by Anadolu as saying the troops would leave by December 22.",
        "Anadolu",
        "organisation",
        "quoted",
    ),
    (
        "The ministry denied that 20 soldiers had been killed in Tillabéri.",
        "The ministry",
        "organisation",
        "denied",
    ),
    (
        "Interior Minister Mohamed Toumba said 12 people were arrested in Niamey.",
        "Interior Minister Mohamed Toumba",
        "person",
        "said",
    ),
    (
        "Russia's Defence Ministry announced that Yevkurov met General Tiani on December 3.",
        "Russia's Defence Ministry",
        "organisation",
        "announced",
    ),
    (
        "The Nigerien army said 17 soldiers were killed near the border with Mali.",
        "The Nigerien army",
        "organisation",
        "said",
    ),
    (
        "AFP reported that the plane landed in Niamey on December 3.",
        "AFP",
        "organisation",
        "reported",
    ),
    ("TASS said the delegation arrived in Niamey on Sunday.", "TASS", "organisation", "said"),
    (
        "RIA Novosti reported that 3 agreements were signed.",
        "RIA Novosti",
        "organisation",
        "reported",
    ),
    ("Xinhua said the talks lasted 2 hours.", "Xinhua", "organisation", "said"),
    (
        "The presidency confirmed the visit in a statement on Monday.",
        "a statement",
        "document",
        "statement",
    ),
    (
        "According to Flightradar24, the Ilyushin landed in Niamey at 10:40 on December 3.",
        "Flightradar24",
        "data",
        "according to",
    ),
    (
        "Data from ACLED show that attacks rose by 40 percent in 2023.",
        "ACLED",
        "data",
        "show",
    ),
    (
        "A government adviser said the EU had made 3 mistakes in Niger.",
        "A government adviser",
        "anonymous",
        "said",
    ),
    (
        "Sources said 40 Russian instructors arrived in Niamey in December.",
        "Sources",
        "anonymous",
        "said",
    ),
    (
        "The official quoted above said the EU had lost Niger in July.",
        "The official quoted above",
        "anonymous",
        "said",
    ),
    (
        "A diplomat who asked not to be named said the junta had 2 options.",
        "A diplomat",
        "anonymous",
        "said",
    ),
    (
        "An official, speaking on condition of anonymity, said 3 convoys left Niamey.",
        "An official",
        "anonymous",
        "said",
    ),
    ("Niger ended 2 military missions on December 4.", None, "none", None),
]


@pytest.mark.parametrize(("sentence", "span", "kind", "cue"), _COVERAGE)
def test_cues_and_source_types_of_the_issue(sentence, span, kind, cue):
    sentences, _, _ = _run({"a": sentence})
    row = sentences.iloc[0]
    assert row["claim_bearing"]
    assert row["source_type"] == kind
    if span is None:
        assert pd.isna(row["source_span"]) and not row["attributed"]
    else:
        assert row["source_span"] == span
        assert cue in row["cue"].lower()
        assert row["attributed"]


@pytest.mark.parametrize(
    ("lines", "kind", "credit"),
    [
        (
            ["Niger ends EU missions", "Sources: Anadolu Agency and AP"],
            "sources",
            "Anadolu Agency and AP",
        ),
        (
            [
                "Niger ended 2 missions.",
                "Translation of an original article published in French on lemonde.fr.",
            ],
            "original",
            "lemonde.fr",
        ),
        (["NIAMEY (Reuters) — Niger ended 2 missions on December 4."], "agency", "Reuters"),
        (["Dakar, Dec 5 (AFP) - Niger ended 2 missions on December 4."], "agency", "AFP"),
        (
            ["By Soukaina Sghir", "Niger ended 2 missions on December 4."],
            "byline",
            "Soukaina Sghir",
        ),
    ],
)
def test_article_level_credits_of_the_issue(lines, kind, credit):
    texts = {"a": "\n".join(lines)}
    credits = find_credits(line_segments(texts), _articles(texts))
    assert [kind, credit] in credits[["kind", "credit"]].values.tolist()


def test_named_beats_anonymous_beats_none():
    base = "Niger ended 2 missions on December 4"
    texts = {
        "named": f"{base}, Foreign Minister Bakary Sangaré said.",
        "anonymous": f"{base}, a government adviser said.",
        "sources": f"{base}, sources said.",
        "none": f"{base}.",
    }
    _, _, features = _run(texts)
    score = features["attribution"]
    assert score["named"] == 1.0
    assert score["anonymous"] == score["sources"] == 0.5
    assert score["none"] == 0.0
    assert features.loc["named", "named_source_ratio"] == 1.0
    assert features.loc["anonymous", "named_source_ratio"] == 0.0
    assert np.isnan(features.loc["none", "named_source_ratio"])


def test_credits_lift_but_stay_below_named_sources():
    body = "Niger ended 2 missions on December 4.\nRussia signed 3 agreements in Niamey."
    texts = {
        "wire": "(Reuters) — " + body,
        "listed": body + "\nSources: Anadolu Agency and AP",
        "translated": body
        + "\nTranslation of an original article published in French on lemonde.fr.",
        "photo": body + "\nPhoto by Anadolu Images",
        "plain": body,
    }
    labels = {("listed", 3): "metadata", ("translated", 3): "metadata", ("photo", 3): "metadata"}
    _, _, features = _run(texts, labels)
    score = features["attribution"]
    assert score["plain"] == 0.0
    assert 0 < score["photo"] < 0.5  # a photo credit says little about the text
    for credited in ("wire", "listed", "translated"):
        assert 0.5 < score[credited] < 1.0, credited
    assert "Reuters" in features.loc["wire", "credits"]
    assert "lemonde.fr" in features.loc["translated", "credits"]


def test_find_credits_reads_article_columns():
    texts = {"a": "Niger ended 2 missions."}
    articles = _articles(texts, byline="Jane Doe", publisher="Le Monde")
    credits = find_credits(line_segments(texts), articles)
    assert credits[["kind", "credit"]].values.tolist() == [
        ["byline", "Jane Doe"],
        ["original", "Le Monde"],
    ]


def test_empty_error_and_unknown_articles_do_not_crash():
    texts = {"ok": "Officials said 3 people died in Niamey.", "empty": "", "broken": "Some text 4."}
    articles = _articles(texts)
    articles.loc[articles[ARTICLE_ID] == "broken", "error"] = "could not decode"
    segments = line_segments(texts)
    sentences, _ = attribute(split_sentences(segments), segments, articles)
    features = attribution_features(sentences, segments, articles)
    assert list(features.index) == ["ok", "empty", "broken"]
    assert features.loc["ok", "attribution"] == 0.5
    assert np.isnan(features.loc[["empty", "broken"], "attribution"]).all()
    assert features.loc["broken", "credits"] == ""
    # Zero rows everywhere.
    no_segments = pd.DataFrame(columns=SEGMENT_COLUMNS)
    none = articles.iloc[:0]
    s, q = attribute(split_sentences(no_segments), no_segments, none)
    assert s.empty and q.empty
    assert list(s.columns[: len(SENTENCE_COLUMNS)]) == SENTENCE_COLUMNS
    assert list(q.columns[: len(QUOTE_COLUMNS)]) == QUOTE_COLUMNS
    assert attribution_features(s, no_segments, none).empty


def test_attribute_is_deterministic_and_pure(seed):
    before = seed["segments"].copy()
    sentences = split_sentences(seed["segments"])
    sentences_before = sentences.copy()
    first = attribute(sentences, seed["segments"], seed["articles"])
    second = attribute(sentences, seed["segments"], seed["articles"])
    pd.testing.assert_frame_equal(first[0], second[0])
    pd.testing.assert_frame_equal(first[1], second[1])
    pd.testing.assert_frame_equal(seed["segments"], before)
    pd.testing.assert_frame_equal(sentences, sentences_before)
    # Features accept sentences without the attribution columns too.
    pd.testing.assert_frame_equal(
        attribution_features(sentences, seed["segments"], seed["articles"]), seed["features"]
    )


# --- the BuzzFeed-Webis quote benchmark --------------------------------------------


@pytest.mark.data
def test_buzzfeed_quote_recall_and_precision():
    folder = DATA / "buzzfeed-webis-2016" / "articles"
    rows = []
    for path in sorted(folder.glob("*.xml")):
        root = ET.parse(path).getroot()
        text = root.findtext("mainText") or ""
        spans = [(int(q.findtext("start")), int(q.findtext("end"))) for q in root.findall("quote")]
        if spans:
            # The corpus holds UTF-8 read as Latin-1 ("â\x80\x9c"); loaders repair it with ftfy.
            gold = [ftfy.fix_text(text[a:b]) for a, b in spans if b - a > 15]
            rows.append((path.stem, ftfy.fix_text(text), gold))
        if len(rows) == 300:
            break
    assert len(rows) == 300
    texts = {article_id: text.replace("\n", " ") for article_id, text, _ in rows}
    _, quotes, _ = _run(texts)
    predicted = quotes.groupby(ARTICLE_ID)["quote"].agg(list).to_dict()
    gold = [(article_id, quotes) for article_id, _, quotes in rows]
    recall, precision, total, made = quote_recall_precision(gold, predicted, min_chars=15)
    print(
        f"buzzfeed quotes: recall {recall:.3f} ({total} gold), precision {precision:.3f} ({made})"
    )
    # Measured: recall 0.911, precision 0.883 (benchmarks/attribution_benchmark.py;
    # 0.855 / 0.878 before marks were paired by a scanner and embedded posts read).
    # Most of what is left is the gold itself: spans paired one mark off in
    # articles with an odd number of marks, blockquotes without marks, quoted
    # titles ("Good Morning America"), and spans starting at offset -1.
    assert recall >= 0.90
    assert precision >= 0.85


# --- speed and the fast paths ----------------------------------------------------
#
# attribute() runs each source pattern only on the sentences an RE2 prefilter
# lets through, and starts the subject-before-cue patterns a few words before
# the first cue word.  Both must never change a result: a prefilter must pass
# every text its pattern matches, and a windowed search must find the match a
# plain search finds.  These checks fail as soon as a pattern is edited
# without its prefilter.

_PREFILTERED = [
    (_attribution._ACCORDING, _attribution._MAY_ACCORDING),
    (_attribution._ISSUED_DOC, _attribution._MAY_ISSUED),
    (_attribution._PASSIVE, _attribution._MAY_PASSIVE),
    (_attribution._DOC_PHRASE, _attribution._MAY_DOC),
    (_attribution._EVIDENCE_SHOWS, _attribution._MAY_EVIDENCE),
    (_attribution._SUBJECT_CUE, _attribution._MAY_VERB),
    (_attribution._CITING, _attribution._MAY_CITING),
    (_attribution._BEFORE_QUOTE, _attribution._MAY_BEFORE_QUOTE),
    (_attribution._HAS_DATE, _attribution._MAY_DATE),
    (_attribution._HAS_EVENT, _attribution._MAY_EVENT),
    (_attribution._CREDIT_ORIGINAL, _attribution._MAY_ORIGINAL),
    (_attribution._CREDIT_PHOTO, _attribution._MAY_PHOTO),
    # Prefilters that follow the shape of their pattern, not just a word.
    (_attribution._ISSUED_DOC, _attribution._MAY_ISSUED_DOC),
    (_attribution._DOC_PHRASE, _attribution._MAY_DOC_PHRASE),
    (_attribution._EVIDENCE_SHOWS, _attribution._MAY_EVIDENCE_SHOWS),
    (_attribution._SUBJECT_CUE, _attribution._MAY_SUBJECT_CUE),
    (_attribution._CREDIT_SOURCES, _attribution._MAY_SOURCES),
    (_attribution._CREDIT_AGENCY, _attribution._MAY_AGENCY),
    (_attribution._CREDIT_BYLINE, _attribution._MAY_BYLINE),
    *_attribution._FACT_TESTS,
    # The one pass that picks the sentences any source pattern may read.
    *[
        (pattern, _attribution._MAY_ANY_CUE)
        for pattern in (
            _attribution._ACCORDING,
            _attribution._ISSUED_DOC,
            _attribution._PASSIVE,
            _attribution._DOC_PHRASE,
            _attribution._EVIDENCE_SHOWS,
            _attribution._SUBJECT_CUE,
            _attribution._CITING,
        )
    ],
]
_NEAR = [
    _attribution._SUBJECT_CUE_NEAR,
    _attribution._ISSUED_DOC_NEAR,
    _attribution._EVIDENCE_SHOWS_NEAR,
    _attribution._DOC_PHRASE_NEAR,
]
# Texts where a careless prefilter or window would lose a match.
_EDGE_TEXTS = [
    "The talks ended pressAccording to the envoy:",  # no \b before "according"
    "ACCORDİNG to the ministry, 3 soldiers died.",  # Python folds İ onto i, RE2 does not
    "Smith, who has also previously said to reporters he would stay, Jones said.",
    "The agency’s chief has also reportedly already said that 3 people died.",
    "Officials said to be close to the junta denied it, a senior aide said.",
    "The ministry then issued a press release on Monday.",
    "It said in a communiqué from the ministry that it will leave.",
    "In a short written statement sent to AFP, the ministry confirmed it.",
    "Bigdata show that U.S. court records show a rise.",
    "The x-said, re-stated claims were announced by the Foreign Ministry on Monday.",
    "The move was announced\u00a0by Niger’s Foreign Ministry.",
    "Citing sources close to the president, the paper said 20 were killed.",
    "Photo by Anadolu Images",
    "Translated from an article originally published on lemonde.fr",
    "On Tuesday, officials have repeatedly stated that nothing changed.",
    # Subjects as long as the windows allow, after a longer prefix.
    "Then, alpha beta gamma delta epsilon zeta eta has also said 3 died.",
    "Then, alpha beta gamma delta epsilon zeta eta had then issued a statement.",
    "Then, alpha beta gamma records show a rise.",
    "Then, alpha beta gamma Data from delta epsilon zeta eta show a rise.",
    "Later, in the press official statement from the ministry, it said so.",
    # Credits, and facts that only Python's Unicode classes see.
    "Sources: Anadolu Agency and AP",
    "NIAMEY (Reuters) — The junta said it would leave.",
    "By Jane Doe",
    "The paper, citing sources close to the president, said 20 were killed.",
    "Troops left on ٣ December, Monday’s talks ended.",
    "The Ministry arrested them; the ABCé reported it.",
    # A subject never crosses punctuation: the window starts after it.
    "In Bamako, the minister said 3 died.",
    "One of them, Chris Konya, said Rahami was quiet.",
    "It ended, records show.",
    "Smith (the envoy) said so; “Jones” also said it.",
]


def _check_fast_paths(texts: list[str]) -> dict[str, int]:
    arrow = pa.array(texts, type=pa.string())
    matched = {}
    for pattern, prefilter in _PREFILTERED:
        may = _attribution._may_match(arrow, prefilter)
        hits = [t for t in texts if pattern.search(t)]
        missed = [t for t, m in zip(texts, may, strict=True) if not m and pattern.search(t)]
        assert not missed, (pattern.pattern[:40], missed[:3])
        matched[pattern.pattern[:30]] = len(hits)
    for near in _NEAR:
        for text in texts:
            plain = near.pattern.search(text)
            fast = _attribution._search_near(near, text)
            assert (plain and (plain.span(), plain.groupdict())) == (
                fast and (fast.span(), fast.groupdict())
            ), text
    return matched


def test_fast_paths_find_what_the_plain_patterns_find(seed):
    texts = _EDGE_TEXTS + seed["sentences"]["sentence"].tolist()
    matched = _check_fast_paths(texts)
    # The edge texts do exercise every pattern.
    assert all(count > 0 for count in matched.values()), matched
    # Where RE2 alone decides that a sentence states a fact, Python agrees.
    certain = _attribution._may_match(pa.array(texts, type=pa.string()), _attribution._RE2_FACT)
    facts = [pattern for pattern, _ in _attribution._FACT_TESTS]
    assert all(any(p.search(t) for p in facts) for t, c in zip(texts, certain, strict=True) if c)
    assert certain.sum() > len(texts) / 2


# Generated text from pieces that stress the fast paths: lexicon words, cue
# shapes, punctuation, Unicode spaces and digits, letters Python folds onto
# ASCII ("İ", "ı", "ſ", the Kelvin sign) and non-ASCII word characters.
_PIECES = [
    *[
        "said",
        "says",
        "told",
        "stated",
        "to",
        "also",
        "has",
        "previously",
        "According",
        "according",
        "issued",
        "a",
        "the",
        "press",
        "statement",
        "release",
        "from",
        "by",
        "records",
        "data",
        "show",
        "found",
        "citing",
        "announced",
        "officials",
        "Smith",
        "U.S.",
        "AFP",
        "Monday",
        "killed",
        "3",
        "’s",
        "é",
    ],
    *["\u0663", "İ", "ı", "ſ", "\u212a", "'", '"', "“", "”", "(", ")", "-", "?", "…"],
    *[" ", " ", " ", "  ", "\u00a0", "\u2003", "\n", ", ", ". ", ": ", "; "],
]
_GENERATED = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _same_match(plain: re.Match | None, fast: re.Match | None) -> bool:
    return (plain and (plain.span(), plain.groupdict())) == (
        fast and (fast.span(), fast.groupdict())
    )


@settings(max_examples=400, deadline=None)
@given(_GENERATED)
def test_fast_paths_hold_on_generated_text(text):
    for near in _NEAR:
        assert _same_match(near.pattern.search(text), _attribution._search_near(near, text))
    assert _same_match(
        _attribution._BEFORE_QUOTE.search(text), _attribution._search_before_quote(text)
    )
    arrow = pa.array([text], type=pa.string())
    for pattern, prefilter in _PREFILTERED:
        if pattern.search(text):
            assert _attribution._may_match(arrow, prefilter)[0], (pattern.pattern[:40], text)
    if _attribution._may_match(arrow, _attribution._RE2_FACT)[0]:
        assert any(pattern.search(text) for pattern, _ in _attribution._FACT_TESTS), text


# The per-sentence rules _claim_bearing runs in RE2, written out plainly.
_QUESTION = re.compile(r"\?[\"')\]]*$")
_HEADING_END = re.compile(r"[.!…:;,][\"')\]]*$")
_NON_SPACE = re.compile(r"\S+")


def _claim_bearing_plainly(values: list) -> list[bool]:
    facts = [pattern for pattern, _ in _attribution._FACT_TESTS]
    return [
        isinstance(value, str)
        and _QUESTION.search(value) is None
        and (_HEADING_END.search(value) is not None or len(_NON_SPACE.findall(value)) >= 15)
        and any(pattern.search(value) for pattern in facts)
        for value in values
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_GENERATED, _GENERATED.map(lambda t: t + ".\n"), st.none()), max_size=6))
def test_claim_bearing_follows_the_per_sentence_rules(values):
    expected = _claim_bearing_plainly(values)
    for dtype in ("string", object):
        got = _attribution._claim_bearing(pd.Series(values, dtype=dtype))
        assert got.tolist() == expected


def test_claim_bearing_on_edge_texts():
    texts = [*_EDGE_TEXTS, "Is it over?", "Niger cuts ties", "Niger cuts ties.\n", ""]
    got = _attribution._claim_bearing(pd.Series(texts, dtype="string"))
    assert got.tolist() == _claim_bearing_plainly(texts)
    assert 0 < got.sum() < len(texts)


def test_python_whitespace_is_what_the_re2_class_lists():
    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert all(re.fullmatch(r"\s", char) for char in spaces)
    listed = _attribution._may_match(pa.array(list(spaces)), rf"^[{_attribution._PY_SPACE}]$")
    assert listed.all()
    others = pa.array([chr(c) for c in range(0x3100) if not chr(c).isspace()])
    assert not _attribution._may_match(others, rf"[{_attribution._PY_SPACE}]").any()


@pytest.mark.parametrize(
    ("words", "ignore_case"),
    [
        (_attribution._VERBS, False),
        (_attribution._ORG_WORDS, False),
        (f"{_attribution._MONTHS}|{_attribution._WEEKDAYS}|yesterday|today|tonight", False),
        (_attribution._ANONYMOUS, True),
        (_attribution._BREAKERS, True),
        (_attribution._EVIDENCE, True),
    ],
)
def test_prefix_trees_match_like_their_word_lists(words, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(f"(?:{words})", flags)
    tree = re.compile(f"(?:{_attribution._trie(words, ignore_case=ignore_case)})", flags)
    listed = words.split("|")
    # Words, their prefixes and case variants, glued and spaced: any change
    # in which alternative wins shows as a different span.
    pieces = listed + [w[:-1] for w in listed] + [w.upper() for w in listed] + ["İ", "ſ", " "]
    texts = [" ".join(pieces), "".join(pieces), "".join(reversed(pieces))]
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in tree.finditer(text)] == spans
        assert len(spans) >= len(listed)


def test_prefix_trees_refuse_a_word_before_its_extension():
    with pytest.raises(ValueError, match="before its prefix"):
        _attribution._trie("say|says")


def test_sentence_rows_finds_pairs_and_nothing_else():
    row_of = _attribution._sentence_rows(
        np.array(["b", "b", "a"], dtype=object), np.array([0, 1, 0], dtype=np.int64)
    )
    ids = np.array(["a", "b", "b", "b", "c", "a"], dtype=object)
    numbers = np.array([0, 1, 2, -1, 0, 1], dtype=np.int64)
    assert row_of(ids, numbers).tolist() == [2, 1, -1, -1, -1, -1]
    # Any integers: keys of neighbouring articles never collide.
    row_of = _attribution._sentence_rows(
        np.array(["a", "b"], dtype=object), np.array([-5, 7], dtype=np.int64)
    )
    ids = np.array(["a", "b", "a", "b", "b"], dtype=object)
    numbers = np.array([-5, 7, 7, -5, -6], dtype=np.int64)
    assert row_of(ids, numbers).tolist() == [0, 1, -1, -1, -1]


def test_pathological_text_stays_fast():
    # Long runs that would make nested or unbounded quantifiers backtrack.
    texts = {
        "words": "the official has also previously said to " * 2000,
        "marks": '"a "b "c “d ' * 3000,
        "dots": "according to a.b.c.d.e.f.g.h " * 1000,
        "chain": "Smith " + "has also would " * 3000 + "said.",
        "adjectives": "in the press press official statement " * 2000,
        "credit": "Translated from " + "a.b." * 70,
    }
    start = time.perf_counter()
    sentences, _, _ = _run(texts)
    assert time.perf_counter() - start < 5.0
    assert set(sentences[ARTICLE_ID]) == set(texts)


@pytest.fixture(scope="module")
def buzzfeed_500() -> tuple[pd.DataFrame, pd.DataFrame]:
    from scorer import datasets
    from scorer.features.spam import segment
    from scorer.io import load_articles

    articles = load_articles(datasets.buzzfeed_webis().head(500))
    return articles, segment(articles)


@pytest.mark.data
def test_buzzfeed_fast_paths_match_the_plain_patterns(buzzfeed_500):
    _, segments = buzzfeed_500
    texts = split_sentences(segments)["sentence"].tolist()
    assert len(texts) > 5000
    matched = _check_fast_paths(texts)
    assert matched[_attribution._SUBJECT_CUE.pattern[:30]] > 1000


@pytest.mark.data
def test_split_and_attribute_500_buzzfeed_articles_quickly(buzzfeed_500):
    # Measured on the 2-core machine: about 0.35 s (1,400 articles/s); before
    # the RE2 prefilters it took about 1.3 s.  The bound is generous so that a
    # busy machine does not fail it, but a return to per-sentence regex scans
    # over every lexicon (or catastrophic backtracking) does.
    articles, segments = buzzfeed_500
    attribute(split_sentences(segments.head(50)), segments.head(50), articles)  # warm-up
    start = time.perf_counter()
    sentences, quotes = attribute(split_sentences(segments), segments, articles)
    elapsed = time.perf_counter() - start
    print(f"split + attribute: 500 BuzzFeed articles in {elapsed:.2f} s")
    assert elapsed < 5.0
    assert len(quotes) > 1000
    assert sentences["attributed"].mean() > 0.2


def test_an_open_quote_never_runs_into_the_next_article():
    # An article ending on a quote left open must not borrow the closing
    # mark of the next article's opening quote (a leak found by the Dask
    # path, whose partitions put other neighbours next to each article).
    from scorer.features import spam

    first = (
        "Local authorities said that Viktor Kowalski, the fire chief, is overseeing the response."
        '\n\n"Our country needs to seek thoughtful change, not just change for the sake of it.'
    )
    second = '"We will rebuild every school," the mayor said on Monday.\n\nWork starts soon.'
    articles = articles_frame(
        [{"article_id": "a", "text": first}, {"article_id": "b", "text": second}]
    )

    def quotes_of(frame):
        segments = spam.segment(frame)
        sentences = split_sentences(segments)
        _, quotes = _attribution.attribute(sentences, segments, frame)
        return quotes.loc[quotes["article_id"] == "a", ["quote", "speaker"]].reset_index(drop=True)

    alone = quotes_of(articles.iloc[:1])
    together = quotes_of(articles)
    pd.testing.assert_frame_equal(together, alone)
    assert not together["speaker"].fillna("").str.contains("authorities").any()
