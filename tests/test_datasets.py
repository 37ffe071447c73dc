"""Tests for scorer.datasets: the public data sets load with their real properties."""

from __future__ import annotations

import collections
import re

import pandas as pd
import pytest

from scorer import datasets
from scorer.io import load_articles
from scorer.schema import ARTICLE_COLUMNS

_TOKEN = re.compile(r"\w+")


@pytest.fixture(scope="module")
def buzzfeed() -> pd.DataFrame:
    return datasets.buzzfeed_webis()


@pytest.fixture(scope="module")
def amt() -> pd.DataFrame:
    return datasets.fakenewsamt()


@pytest.fixture(scope="module")
def extraction() -> pd.DataFrame:
    return datasets.article_extraction_text()


def test_data_home_env_var(monkeypatch, tmp_path):
    monkeypatch.setenv("SCORER_DATA_HOME", str(tmp_path))
    assert datasets.data_home() == tmp_path
    with pytest.raises(FileNotFoundError, match="SCORER_DATA_HOME"):
        datasets.fakenewsamt()  # the folder exists but holds no data set
    monkeypatch.setenv("SCORER_DATA_HOME", str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match="SCORER_DATA_HOME"):
        datasets.data_home()


@pytest.mark.data
def test_buzzfeed_counts_and_labels(buzzfeed):
    assert len(buzzfeed) == 1627
    assert buzzfeed["article_id"].is_unique
    assert buzzfeed["veracity"].value_counts().to_dict() == {
        "mostly true": 1264,
        "mixture of true and false": 212,
        "mostly false": 87,
        "no factual content": 64,
    }
    assert buzzfeed["label"].dtype == "Int8"
    assert buzzfeed["label"].sum() == 1264
    assert (buzzfeed["label"] == 0).sum() == 212 + 87
    assert buzzfeed["label"].isna().sum() == 64
    assert buzzfeed["source"].nunique() == 9
    orientation = buzzfeed.groupby("orientation")["article_id"].size().to_dict()
    assert orientation == {"mainstream": 826, "left": 256, "right": 545}


@pytest.mark.data
def test_buzzfeed_quotes_are_spans_of_the_text(buzzfeed):
    n_quotes = buzzfeed["quotes"].map(len)
    assert n_quotes.sum() == 11879
    assert (n_quotes > 0).mean() > 0.5
    first = buzzfeed.iloc[0]
    assert first["quotes"][0] == first["text"][slice(*first["quote_spans"][0])]
    assert "are you better off?" in first["quotes"]
    # paragraphs became lines without moving any offset
    assert first["text"].count("\n") >= 20
    assert len(first["text"]) == 6898
    spans = buzzfeed["quote_spans"].explode().dropna()
    assert all(start <= end for start, end in spans)


@pytest.mark.data
def test_buzzfeed_loads_as_articles(buzzfeed):
    articles = load_articles(buzzfeed)
    assert articles.columns.tolist()[: len(ARTICLE_COLUMNS)] == ARTICLE_COLUMNS
    assert {"veracity", "label", "quotes"} <= set(articles.columns)
    assert articles["article_id"].tolist() == buzzfeed["article_id"].tolist()
    assert articles["source"].tolist() == buzzfeed["source"].tolist()
    scoreable = articles["error"].isna()
    assert scoreable.mean() > 0.9
    assert set(articles.loc[~scoreable, "error"]) <= {"empty text"} | {
        e for e in articles["error"].dropna() if e.startswith("non-English")
    }
    # the corpus carries real mojibake ("â\x80\x99"), which the loader repairs
    assert articles["encoding"].eq("ftfy").sum() > 10
    assert not articles["text"].str.contains("\u00e2\u0080", regex=False).any()


@pytest.mark.data
def test_fakenewsamt_pairs(amt):
    assert len(amt) == 480
    assert amt["pair_id"].nunique() == 240
    assert amt.groupby("pair_id")["label"].agg(["sum", "size"]).eq([1, 2]).all().all()
    assert amt["domain"].value_counts().eq(80).all() and amt["domain"].nunique() == 6
    first = amt.set_index("article_id").loc["biz01.legit"]
    assert first["title"] == "Alex Jones Apologizes for Promoting 'Pizzagate' Hoax"
    assert first["text"].startswith("Alex Jones  a prominent conspiracy theorist")
    assert amt["source"].isna().all()  # unknown outlets; see the loader's docstring
    assert (amt["text"].str.len() > 100).all()
    untitled = amt.loc[amt["title"].isna()]
    assert len(untitled) == 30 and (untitled["label"] == 0).all()  # fakes without headline
    articles = load_articles(amt)
    assert articles["error"].isna().all()
    # the loader reads no headline into the untitled fakes' first sentence
    assert articles["title"].isna().sum() == 30


@pytest.mark.data
def test_article_extraction_benchmark_pages():
    pages = datasets.article_extraction_benchmark()
    assert len(pages) == 181
    assert pages["article_id"].str.fullmatch(r"[0-9a-f]{64}").all()
    assert pages["url"].str.startswith("http").all()
    assert pages["html"].str.contains("<html", case=False).mean() > 0.95
    assert pages["body"].str.len().gt(100).all()


def _token_recall(text: str, body: str) -> float:
    have = collections.Counter(_TOKEN.findall(text.lower()))
    want = collections.Counter(_TOKEN.findall(body.lower()))
    return sum(min(n, have[w]) for w, n in want.items()) / max(1, sum(want.values()))


@pytest.mark.data
def test_html_to_lines_keeps_the_gold_body(extraction):
    recall = pd.Series(
        [_token_recall(t, b) for t, b in zip(extraction["text"], extraction["body"], strict=True)]
    )
    assert (recall >= 0.9).mean() >= 0.95
    assert recall.mean() >= 0.97
    # gold paragraphs sit inside one line each (blocks are not glued together)
    inside = []
    for text, body in zip(extraction["text"], extraction["body"], strict=True):
        lines = [" ".join(line.split()) for line in text.split("\n")]
        paragraphs = [" ".join(p.split()) for p in body.split("\n") if p.strip()]
        inside.append(sum(any(p in line for line in lines) for p in paragraphs) / len(paragraphs))
    assert pd.Series(inside).mean() >= 0.9
    # and the chrome is gone: no script bodies
    assert not extraction["text"].str.contains("function(", regex=False).any()


def test_html_to_lines_blocks_and_hidden_content():
    page = (
        "<html><head><title>Site</title><style>p{}</style></head><body>"
        "<nav><ul><li>Home</li><li>World</li></ul></nav>"
        "<article><h1>Niger ends EU missions</h1>"
        "<p>The junta <a href='#'>ended</a> two missions.</p><p>A second&nbsp;paragraph.</p>"
        "<noscript>Enable JS</noscript><script>var x = '<p>no</p>';</script>"
        "<table><tr><td>cell 1</td><td>cell 2</td></tr></table>"
        "<pre>line one\nline two</pre></article></body></html>"
    )
    assert datasets.html_to_lines(page).split("\n") == [
        "Home",
        "World",
        "Niger ends EU missions",
        "The junta ended two missions.",
        "A second paragraph.",
        "cell 1",
        "cell 2",
        "line one",
        "line two",
    ]


@pytest.mark.data
def test_book_authors_claims_and_gold():
    claims, gold = datasets.book_authors()
    assert len(claims) == 33971 and len(gold) == 100
    assert claims.columns.tolist() == ["source", "object", "value", "title"]
    assert claims["source"].nunique() == 895
    assert claims["object"].nunique() == 1265
    assert gold["object"].isin(claims["object"]).all()
    assert not claims["value"].str.contains("&amp;", regex=False).any()
    truth = dict(zip(gold["object"], gold["value"].map(datasets.normalise_authors), strict=True))
    assert all(truth.values())
    on_gold = claims[claims["object"].isin(truth)]
    normalised = on_gold["value"].map(datasets.normalise_authors)
    exact = normalised == on_gold["object"].map(truth)
    # stores disagree for real (missing co-authors, truncation), but most match
    assert exact.mean() > 0.6
    votes = on_gold.assign(authors=normalised).loc[normalised.map(len) > 0]
    majority = votes.groupby("object")["authors"].agg(lambda s: s.value_counts().index[0])
    assert (majority == majority.index.map(truth)).mean() >= 0.8


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Knuth, Donald E.", {"knuth d"}),
        ("Hughes, Cameron; Hughes, Tracey", {"hughes c", "hughes t"}),
        ("Guy L. Steele, Bill Joy, James Gosling", {"steele g", "joy b", "gosling j"}),
        ("Makofske, David/ Donahoo, Michael J./ Ca", {"makofske d", "donahoo m", "ca"}),
        ("McGraw, GaryViega, JohnHoglund, Greg", {"mcgraw g", "viega j", "hoglund g"}),
        ("Adams &amp; Scollard", {"adams", "scollard"}),
        ("Felke-Morris, Terry (Author)", {"felke-morris t"}),
        ("KNUTH, DONALD E.", {"knuth d"}),
        ("Smith, John and Doe, Jane", {"smith j", "doe j"}),
        ("Not Available", set()),
        ("", set()),
        (None, set()),
        ("simsion, graeme c.;  witt, graham c.;", {"simsion g", "witt g"}),
        ("Van Der Linden, Peter", {"linden p"}),
        ("Connolly, Thomas M.Begg, Carolyn E.", {"connolly t", "begg c"}),
        ("Farquhar, Erin (Author) Bunce, Philip J. (Editor)", {"farquhar e", "bunce p"}),
        ("Harvey M. Deitel and Paul J. Deitel", {"deitel h", "deitel p"}),
        ("Römer, Kay; Marcadé, Erik", {"romer k", "marcade e"}),
    ],
)
def test_normalise_authors(raw, expected):
    assert datasets.normalise_authors(raw) == frozenset(expected)
