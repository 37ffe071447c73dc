"""Property-based tests of the whole pipeline: load_articles -> analyze -> score.

Corpora are drawn from real text (lines and whole articles of the founding
corpus, with numbers changed so that claims disagree) mixed with junk: any
unicode, control and format characters, binary-looking bytes, CJK, Cyrillic,
Arabic and Hebrew with RTL marks, whitespace-only and empty articles, and
exact duplicates.  Random unicode alone never reaches the claims and
agreement stages; the seed lines do.

Every property is checked with a fixed, derandomised search (``_SETTINGS``)
so CI sees the same examples on every run.  ``SCORER_PROPERTY_SCALE`` (an
integer, default 1) multiplies the number of examples for a longer local hunt.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

import scorer
from scorer.features.consistency import UNSCORED
from scorer.io import InputError, load_articles
from scorer.schema import (
    ARTICLE_COLUMNS,
    ARTICLE_ID,
    CLAIM_STATUSES,
    ERROR,
    FAMILIES,
    SCORE_COLUMNS,
    SOURCE,
)

SEEDS = Path(__file__).resolve().parent.parent / "data" / "examples" / "niger-2023"
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
SEED_LINES = sorted({line.strip() for text in SEED_TEXTS for line in text.split("\n")} - {""})

_SCALE = max(1, int(os.environ.get("SCORER_PROPERTY_SCALE", "1")))
# derandomize: the same examples on every run and machine; deadline=None: one
# analyze() costs ~0.4 s of fixed overhead and varies with the machine's load.
_SETTINGS = settings(
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # shrinking a whole-pipeline failure can take minutes; SCORER_PROPERTY_NOSHRINK=1 skips it
    phases=[
        p for p in Phase if p != Phase.shrink or not os.environ.get("SCORER_PROPERTY_NOSHRINK")
    ],
)


def _examples(n: int) -> settings:
    return settings(_SETTINGS, max_examples=n * _SCALE)


# --------------------------------------------------------------------------
# strategies
# --------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+")
_SCRIPTS = [
    "壯陽藥 最便宜 網上藥店 ",
    "Нигер разорвал соглашения с ЕС. ",
    "\u202bالنيجر تنهي مهمتين للاتحاد الأوروبي\u202c ",
    "\u200fניז'ר מסיימת את משימות האיחוד האירופי ",
    "ニジェールはEUの任務を終了した。",
    "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u202c",
]
_WHITESPACE = " \t\n\r\u00a0\u2002\u2003\u3000\u200b\u2028\u2029\ufeff\x0b\x0c"


def _with_number(line: str, number: int) -> str:
    """The line with its first number replaced, so that outlets disagree."""
    return _NUMBER.sub(str(number), line, count=1)


seed_lines = st.one_of(
    st.sampled_from(SEED_LINES),
    st.builds(_with_number, st.sampled_from(SEED_LINES), st.integers(0, 3000)),
)
junk_lines = st.one_of(
    st.text(max_size=80),
    st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Co"]), max_size=40),
    st.binary(max_size=120).map(lambda raw: raw.decode("latin-1")),
    st.text(st.sampled_from("0123456789abcdefABCDEF"), min_size=30, max_size=45),
    st.builds(lambda s, n: s * n, st.sampled_from(_SCRIPTS), st.integers(1, 8)),
    st.text(st.sampled_from(_WHITESPACE), max_size=10),
)
mixed_articles = st.lists(
    st.one_of(seed_lines, seed_lines, junk_lines), min_size=1, max_size=25
).map("\n".join)
junk_articles = st.one_of(
    st.just(""),
    st.text(st.sampled_from(_WHITESPACE), max_size=30),
    st.text(max_size=400),
    st.binary(max_size=400).map(lambda raw: raw.decode("latin-1")),
    st.lists(junk_lines, max_size=10).map("\n".join),
)


@st.composite
def spliced_seeds(draw) -> str:
    """A seed article with junk lines spliced in at random places."""
    lines = draw(st.sampled_from(SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 4))):
        lines.insert(draw(st.integers(0, len(lines))), draw(junk_lines))
    return "\n".join(lines)


real_articles = st.one_of(st.sampled_from(SEED_TEXTS), spliced_seeds(), mixed_articles)
any_articles = st.one_of(real_articles, junk_articles)

sources = st.sampled_from([None, "outlet-a", "outlet-b", "outlet-c", ""])
dates = st.sampled_from([None, "2023-12-05", "2023-12-06", "2025-06-26", "not a date"])


@st.composite
def corpora(draw, *, min_size: int = 1, max_size: int = 6, real: bool = True) -> pd.DataFrame:
    """A raw corpus table (article_id, text, source, published), ids unique.

    With ``real`` the first article is built from seed text, so that the
    corpus always has words to cluster on; exact copies of drawn texts are
    appended so that duplicate texts are common.
    """
    texts = draw(st.lists(any_articles, min_size=min_size, max_size=max_size))
    if real:
        texts[0] = draw(real_articles)
    n_copies = draw(st.integers(0, 2))
    texts += [texts[draw(st.integers(0, len(texts) - 1))] for _ in range(n_copies)]
    n = len(texts)
    return pd.DataFrame(
        {
            ARTICLE_ID: [f"art-{i:02d}" for i in range(n)],
            "text": texts,
            SOURCE: draw(st.lists(sources, min_size=n, max_size=n)),
            "published": draw(st.lists(dates, min_size=n, max_size=n)),
        }
    )


# --------------------------------------------------------------------------
# the checks every result must pass
# --------------------------------------------------------------------------

_PER_ROW_TABLES = ("segments", "sentences", "quotes", "claims", "entities", "inconsistencies")


def _in_unit_interval_or_nan(values: pd.Series) -> bool:
    numbers = pd.to_numeric(values, errors="raise").astype(float).to_numpy()
    return bool(np.all(np.isnan(numbers) | ((numbers >= 0.0) & (numbers <= 1.0))))


def _check_analysis(result: scorer.Analysis, ids: list[str]) -> None:
    """Nothing lost, input order, scores in [0, 1] or NaN with a reason."""
    for name in ("articles", "features", "scores"):
        assert getattr(result, name)[ARTICLE_ID].tolist() == ids, name
    scores = result.scores
    assert [c for c in SCORE_COLUMNS if c not in scores] == []
    for column in [*FAMILIES, "reliability", "reliability_low", "reliability_high"]:
        assert _in_unit_interval_or_nan(scores[column]), (column, scores[column].tolist())
    for column in FAMILIES:
        assert _in_unit_interval_or_nan(result.features[column]), column
    error = scores[ERROR]
    unscored = scores["reliability"].isna()
    has_reason = error.notna() & error.astype("string").str.strip().str.len().gt(0)
    assert (has_reason | ~unscored).all(), scores.loc[unscored & ~has_reason, ARTICLE_ID].tolist()
    # the loader's reasons (empty, binary, non-English ...) always leave the row unscored
    rejected_rows = scores[ARTICLE_ID].isin(
        result.articles.loc[result.articles[ERROR].notna(), ARTICLE_ID]
    )
    assert unscored[rejected_rows].all()
    assert (unscored == scores["reliability_low"].isna()).all()
    assert (unscored == scores["reliability_high"].isna()).all()
    scored = scores.loc[~unscored]
    assert (scored["reliability_low"] <= scored["reliability"]).all()
    assert (scored["reliability"] <= scored["reliability_high"]).all()
    # an article the loader rejected produces no rows and no family values
    rejected = result.articles.loc[result.articles[ERROR].notna(), ARTICLE_ID]
    for name in _PER_ROW_TABLES:
        table = getattr(result, name)
        if name == "inconsistencies":
            # by design a rejected article gets one marker row saying it was not checked
            table = table.loc[table["kind"] != UNSCORED]
        assert set(table[ARTICLE_ID]) <= set(ids), name
        assert not set(table[ARTICLE_ID]) & set(rejected), name
    assert scores.loc[scores[ARTICLE_ID].isin(rejected), list(FAMILIES)].isna().all().all()
    statuses = result.claims["status"].dropna()
    assert statuses.isin(CLAIM_STATUSES).all(), sorted(set(statuses))
    assert result.sources["n_articles"].sum() == len(ids)
    assert _in_unit_interval_or_nan(result.sources["reliability"])


def _analyze(raw: pd.DataFrame) -> scorer.Analysis:
    return scorer.analyze(scorer.load_articles(raw))


# --------------------------------------------------------------------------
# the whole pipeline
# --------------------------------------------------------------------------


@_examples(20)
@given(corpora())
def test_any_corpus_is_analyzed_without_losing_a_row(raw):
    result = _analyze(raw)
    _check_analysis(result, raw[ARTICLE_ID].tolist())
    pd.testing.assert_frame_equal(scorer.score(raw), result.scores)


@_examples(10)
@given(corpora(), st.integers(1, 4))
def test_pandas_and_dask_give_the_same_tables(raw, npartitions):
    # The local synchronous scheduler runs the Dask path's every regrouping
    # (outlet partitions, event partitions, back to input order) in-process;
    # tests/test_scale.py runs it on a 2-worker cluster.
    import dask
    import dask.dataframe as dd

    from scorer import scale

    articles = scorer.load_articles(raw)
    expected = scorer.analyze(articles)
    with dask.config.set({"scheduler": "synchronous", "dataframe.convert-string": False}):
        frame = dd.from_pandas(articles, npartitions=npartitions)
        result = scale.analyze_dask(frame, partitions=npartitions + 1)
        tables = {name: getattr(result, name) for name in expected.TABLES}
        tables = {name: t.compute() if hasattr(t, "compute") else t for name, t in tables.items()}
    for name, table in tables.items():
        pd.testing.assert_frame_equal(table, getattr(expected, name), check_exact=True, obj=name)
    pd.testing.assert_series_equal(result.trust, expected.trust, check_exact=True)


@_examples(12)
@given(corpora(real=False))
def test_a_corpus_of_junk_only_is_analyzed_without_losing_a_row(raw):
    _check_analysis(_analyze(raw), raw[ARTICLE_ID].tolist())


@pytest.mark.parametrize("text", ["a b", "0", "the of", "\x00\x01"])
def test_a_corpus_without_two_letter_words_is_analyzed(text):
    # No word of two letters and no entity: event clustering has no feature at all.
    raw = pd.DataFrame({"text": [text, text, ""]})
    result = scorer.analyze(raw)
    _check_analysis(result, ["0", "1", "2"])
    assert result.features["agreement_reason"].notna().all()


@_examples(6)
@given(corpora())
def test_analysis_is_deterministic(raw):
    first, second = _analyze(raw), _analyze(raw)
    for name in scorer.Analysis.TABLES:
        pd.testing.assert_frame_equal(
            getattr(first, name), getattr(second, name), obj=name, check_exact=True
        )
    pd.testing.assert_series_equal(first.trust, second.trust, check_exact=True)


_PER_ARTICLE = [*FAMILIES, "reliability", "reliability_low", "reliability_high", ERROR]


def _per_article(raw: pd.DataFrame, order: list[int] | None = None) -> pd.DataFrame:
    if order is not None:
        raw = raw.iloc[order].reset_index(drop=True)
    return _analyze(raw).scores.set_index(ARTICLE_ID)[_PER_ARTICLE]


@_examples(8)
@given(corpora(min_size=2), st.randoms(use_true_random=False))
def test_scores_do_not_depend_on_the_order_of_the_articles(raw, random):
    order = list(range(len(raw)))
    random.shuffle(order)
    assume(order != sorted(order))
    first = _per_article(raw)
    second = _per_article(raw, order).loc[first.index]
    pd.testing.assert_frame_equal(second, first, check_exact=True)


def test_scores_do_not_depend_on_the_order_of_the_articles_bit_for_bit():
    raw = pd.DataFrame(
        {ARTICLE_ID: ["a0", "a1"], "text": [SEED_TEXTS[0], SEED_TEXTS[2]], SOURCE: ["s0", "s1"]}
    )
    first = _per_article(raw)
    second = _per_article(raw, [1, 0]).loc[first.index]
    pd.testing.assert_frame_equal(second, first, check_exact=True)


@_examples(8)
@given(corpora(), st.data())
def test_an_exact_copy_never_raises_any_agreement(raw, data):
    copied = data.draw(st.integers(0, len(raw) - 1), label="copied")
    outlet = data.draw(st.sampled_from(["same", "other", "none"]), label="copy's outlet")
    copy = raw.iloc[[copied]].assign(**{ARTICLE_ID: "copy"})
    if outlet == "other":
        copy = copy.assign(**{SOURCE: "outlet-copycat"})
    elif outlet == "none":
        copy = copy.assign(**{SOURCE: None})
    before = _per_article(raw)["agreement"]
    after = _per_article(pd.concat([raw, copy], ignore_index=True))["agreement"].loc[before.index]
    # A copy is no independent confirmation: agreement may fall or stay, never rise,
    # and an article with none (no coverage) does not get one from its own copy.
    raised = after.notna() & (before.isna() | (after > before + 1e-12))
    assert not raised.any(), pd.DataFrame({"before": before, "after": after})[raised]


def test_an_exact_copy_of_a_short_article_never_raises_agreement():
    # Under five words: no word 5-gram to find copies by.
    text = "Niger 120\nMali 130"
    raw = pd.DataFrame(
        {
            ARTICLE_ID: ["a", "b", "d"],
            "text": [text, text.upper().replace("\n", " -- "), "Niger 120\nMali 140"],
            SOURCE: ["x", None, "w"],
            "published": ["2023-12-06", "2023-12-05", None],
        }
    )
    copy = pd.DataFrame({ARTICLE_ID: ["c"], "text": [text], SOURCE: ["z"]})
    # a and b are one voice: alone they have nobody to agree with ...
    alone = _analyze(raw.iloc[:2]).features.set_index(ARTICLE_ID)
    assert alone["agreement"].isna().all() and alone["n_independent"].eq(0).all()
    # ... and with d, neither b nor a third copy c adds a voice.
    before = _per_article(raw)["agreement"]
    assert before.notna().all()
    after = _per_article(pd.concat([raw, copy], ignore_index=True))["agreement"]
    pd.testing.assert_series_equal(after.loc[before.index], before, check_exact=True)
    assert after.loc["c"] == before.loc["a"]


def test_copies_of_the_founding_corpus_never_raise_agreement():
    raw = pd.DataFrame(
        {
            ARTICLE_ID: [f"seed-{i}" for i in range(5)],
            "text": SEED_TEXTS,
            SOURCE: ["a", "b", "c", "d", "e"],
        }
    )
    before = _per_article(raw)["agreement"]
    assert before.notna().sum() >= 3  # the seeds do reach agreement
    copies = raw.assign(
        **{ARTICLE_ID: raw[ARTICLE_ID] + "-copy", SOURCE: ["f", "b", "g", "d", None]}
    )
    after = _per_article(pd.concat([raw, copies], ignore_index=True))["agreement"]
    after = after.loc[before.index]
    assert (after.isna() | (after <= before + 1e-12)).all()


def _huge_line(n_chars: int = 1_000_000) -> str:
    line = " ".join(SEED_LINES) + " "
    return (line * (n_chars // len(line) + 1))[:n_chars]


def test_a_huge_one_line_article_among_real_ones():
    raw = pd.DataFrame(
        {
            ARTICLE_ID: ["huge", "seed-0", "seed-2", "empty", "cjk"],
            "text": [_huge_line(), SEED_TEXTS[0], SEED_TEXTS[2], "", _SCRIPTS[0] * 40],
        }
    )
    result = _analyze(raw)
    _check_analysis(result, raw[ARTICLE_ID].tolist())
    assert result.scores["reliability"].notna().tolist() == [True, True, True, False, False]


@pytest.mark.slow
@_examples(4)
@given(corpora(max_size=4), st.lists(st.integers(0, 3), min_size=1, max_size=2))
def test_huge_articles_anywhere_in_any_corpus(raw, positions):
    texts = raw["text"].tolist()
    for position in positions:
        texts[position % len(texts)] = _huge_line(1_000_000) if position % 2 else "x" * 1_000_000
    raw = raw.assign(text=texts)
    _check_analysis(_analyze(raw), raw[ARTICLE_ID].tolist())


# --------------------------------------------------------------------------
# load_articles on bad files (what tests/test_io.py does not already cover)
# --------------------------------------------------------------------------

_PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\x89PNG",
    b"%PDF",
]


@_examples(40)
@given(
    st.sampled_from(_PREFIXES),
    st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from(SEED_TEXTS).map(lambda t: t.encode("utf-8")),
    ),
    st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "latin-1", None]),
)
def test_any_bytes_in_a_txt_file_give_one_row(tmp_path_factory, prefix, body, codec):
    if codec is not None:
        body = body.decode("utf-8", "replace").encode(codec, "replace")
    path = tmp_path_factory.mktemp("bytes") / "article.txt"
    path.write_bytes(prefix + body)
    articles = load_articles(path)
    assert articles.columns.tolist() == ARTICLE_COLUMNS
    assert articles[ARTICLE_ID].tolist() == ["article"]
    row = articles.iloc[0]
    # either text that can be scored or a reason (empty, binary, non-English ...)
    assert pd.notna(row[ERROR]) or row["text"].strip()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32"])
def test_bomless_utf16_and_utf32_files_are_decoded(tmp_path, codec):
    path = tmp_path / "article.txt"
    path.write_bytes(SEED_TEXTS[0].encode(codec))
    articles = load_articles(path)
    assert articles["text"].iloc[0] == SEED_TEXTS[0]
    assert articles["encoding"].iloc[0] == codec
    assert articles[ERROR].isna().all()


def test_bomless_utf32_is_a_clear_error_not_a_crash(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(SEED_TEXTS[0].encode("utf-32-le"))
    row = load_articles(path).iloc[0]
    assert "binary" in row[ERROR] and "article.txt" in row[ERROR]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.jsonl", b'{"text": "a"}\n{"text": \n', "cannot read as jsonl"),
        ("bad.json", b'[{"text": "a"', "cannot read as json"),
        ("bad.parquet", b"not parquet at all", "cannot read as parquet"),
        ("empty.csv", b"", "cannot read as csv"),
        ("image.csv", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
        ("nul.csv", b"id,text\n1,abc\x00def\n", "binary file"),
        ("list.jsonl", b"[1, 2, 3]\n", "no text column"),
    ],
)
def test_unreadable_tables_raise_input_error_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(message)) as info:
        load_articles(path)
    assert name in str(info.value)


def test_a_table_with_a_header_only_gives_an_empty_articles_table(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("id,text\n")
    articles = load_articles(path)
    assert len(articles) == 0 and articles.columns.tolist() == ARTICLE_COLUMNS


def test_an_empty_corpus_gives_empty_tables():
    result = scorer.analyze(load_articles(pd.DataFrame({"text": []})))
    assert len(result.scores) == 0 and len(result.sources) == 0
    columns = scorer.analyze(scorer.EXAMPLE_CORPUS).scores.columns
    assert result.scores.columns.tolist() == columns.tolist()


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.sampled_from(SEED_TEXTS),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
)


_DATE_CELLS = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.booleans(),
    st.sampled_from(SEED_LINES),
    st.integers(),
    st.floats(),
    st.datetimes(),
)


@_examples(20)
@given(st.lists(_CELLS, min_size=1, max_size=6), st.lists(_DATE_CELLS, min_size=6, max_size=6))
def test_any_python_values_in_a_frame_give_one_row_each(texts, dates):
    frame = pd.DataFrame(
        {
            "text": pd.Series(texts, dtype=object),
            "date": pd.Series(dates[: len(texts)], dtype=object),
        }
    )
    articles = load_articles(frame)
    assert articles[ARTICLE_ID].tolist() == [str(i) for i in range(len(texts))]
    assert pd.api.types.is_datetime64_any_dtype(articles["published"])
    unscoreable = articles["text"].str.strip().eq("")
    assert articles.loc[unscoreable, ERROR].notna().all()


def test_a_lone_surrogate_in_a_frame_is_kept_or_flagged():
    # json.loads('"\\ud800"') makes one; no UTF-8 (Arrow) string can hold it.
    frame = pd.DataFrame({"text": pd.Series([SEED_TEXTS[0] + " \ud800 end."], dtype=object)})
    articles = load_articles(frame)
    assert len(articles) == 1
    assert articles["text"].iloc[0] == SEED_TEXTS[0] + " \ufffd end."
    assert articles["encoding"].iloc[0] == "surrogates"


def test_two_text_columns_give_an_input_error():
    frame = pd.DataFrame([["x", SEED_TEXTS[0]]], columns=["text", "text"])
    with pytest.raises(InputError, match=r"'text'.* more than once"):
        load_articles(frame)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ragged.csv", "id,text\n1,hello,extra,cols\n2,world\n"),
        ("ragged.tsv", "id\ttext\n1\thello\textra\tcols\n2\tworld\n"),
    ],
)
def test_a_ragged_csv_row_is_an_error_not_silently_misread(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    try:
        articles = load_articles(path)
    except InputError as exc:
        assert name in str(exc) and "line 2" in str(exc)
        return
    assert articles[ARTICLE_ID].tolist() == ["1", "2"]
    assert articles[ERROR].notna().iloc[0]


@pytest.mark.parametrize("date", [-1, "-1", 2**62, -(2**62), "99999-01-01", 10**30, "0001-01-01"])
def test_an_impossible_date_is_left_unknown(date):
    articles = load_articles(pd.DataFrame({"text": [SEED_TEXTS[0]], "date": [date]}))
    assert articles["published"].isna().all()
