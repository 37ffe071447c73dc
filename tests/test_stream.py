"""The streamed path: tables written to disk in bounded memory, equal to the pandas path's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import scorer
from scorer import stream
from scorer.features import agreement
from scorer.pipeline import Analysis

ROOT = Path(__file__).resolve().parent.parent


def _assert_same(expected: Analysis, got: Analysis) -> None:
    for name in Analysis.TABLES:
        table = getattr(got, name)
        if name not in ("sources", "truths"):
            table = table.compute()
        pd.testing.assert_frame_equal(table, getattr(expected, name), check_exact=True, obj=name)
    pd.testing.assert_series_equal(got.trust, expected.trust, check_exact=True)


def _synthetic(n: int, **options) -> pd.DataFrame:
    from scorer.synthetic import make_corpus

    articles, _ = make_corpus(n, seed=5, **options)
    return scorer.load_articles(articles)


def test_seed_corpus_same_tables_in_small_partitions(tmp_path, seed_articles, seed_analysis):
    # Two articles per partition: every corpus-wide state is merged across
    # partitions, and the tables go back to input order from three places.
    result = stream.analyze_to(seed_articles, tmp_path / "out", chunk_articles=2)
    _assert_same(seed_analysis, result)
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{name}.parquet" for name in stream.TABLE_FILES)
    ranking = result.scores.compute().sort_values("reliability", ascending=False)
    assert ranking["article_id"].str[:3].tolist()[-1] == "001"


def test_generated_corpus_same_tables_with_blocked_event_rows(tmp_path, monkeypatch):
    # Outlets and events spread over partitions; the event-clustering rows
    # held on disk in many small blocks, read back two at a time.
    articles = _synthetic(500, n_outlets=9, event_size=15)
    expected = scorer.analyze(articles)
    assert expected.copies.shape[0] > 0 and expected.inconsistencies.shape[0] > 0
    monkeypatch.setattr(stream, "BLOCK_ENTRIES", 5_000)
    reads = []
    original = stream._Spill.get

    def counted(self, *key):
        reads.append(key[0])
        return original(self, *key)

    monkeypatch.setattr(stream._Spill, "get", counted)
    _assert_same(expected, stream.analyze_to(articles, tmp_path / "out", chunk_articles=120))
    assert reads.count("block") > 20  # the blocked clustering ran, many blocks


def test_parquet_input_is_read_by_row_groups(tmp_path, seed_articles, seed_analysis, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "corpus.parquet"
    table = pa.Table.from_pandas(seed_articles, preserve_index=False)
    pq.write_table(table, path, row_group_size=2)
    pieces = []
    original = stream.sc._pieces

    def recorded(*args):
        pieces.extend(original(*args))
        return pieces

    monkeypatch.setattr(stream.sc, "_pieces", recorded)
    result = stream.analyze_to(path, tmp_path / "out", chunk_articles=2)
    assert len(pieces) == 3  # row groups of 2, 2 and 1 articles
    _assert_same(seed_analysis, result)


def test_errors_empty_texts_and_repeated_ids_keep_their_rows(tmp_path, seed_articles):
    raw = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "c"],
            "text": [
                seed_articles["text"].iloc[0],
                "",
                "Le gouvernement du Niger a annoncé lundi la fin de deux missions "
                "européennes, selon un communiqué lu à la télévision nationale.",
                seed_articles["text"].iloc[2],
            ],
        }
    )
    with pytest.warns(UserWarning, match="duplicate article_id"):
        expected = scorer.analyze(scorer.load_articles(raw))
    with pytest.warns(UserWarning, match="duplicate article_id"):
        result = stream.analyze_to(raw, tmp_path / "out", chunk_articles=1)
    scores = result.scores.compute()
    assert scores["article_id"].tolist() == ["a", "a#2", "b", "c"]
    assert scores["error"].notna().tolist() == [False, True, True, False]
    _assert_same(expected, result)


def test_read_analysis_and_bad_options(tmp_path, seed_articles):
    stream.analyze_to(seed_articles, tmp_path / "out")
    again = stream.read_analysis(tmp_path / "out")
    assert len(again.scores.compute()) == 5 and not again.trust.empty
    (tmp_path / "out" / "claims.parquet").unlink()
    with pytest.raises(FileNotFoundError, match="claims"):
        stream.read_analysis(tmp_path / "out")
    with pytest.raises(ValueError, match="chunk_articles"):
        stream.analyze_to(seed_articles, tmp_path / "x", chunk_articles=0)
    # Nothing is left behind in the output folder but the tables.
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_command_line_writes_every_table(tmp_path):
    out = tmp_path / "tables"
    done = subprocess.run(
        [sys.executable, "-m", "scorer", "analyze", str(scorer.EXAMPLE_CORPUS), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "5 articles" in done.stdout
    scores = pd.read_parquet(out / "scores.parquet")
    assert scores["reliability"].between(0, 1).all()


@pytest.mark.data
def test_blocked_event_linking_equals_one_matrix(shared_data):
    # label_events over row blocks (as the streamed path holds them) gives
    # the labels of the whole matrix.
    sys.path.insert(0, str(Path(__file__).parent))
    from test_agreement import _fakenewsamt

    articles = _fakenewsamt(shared_data)
    _, todo, text = agreement._event_rows(articles)
    ids = articles["article_id"].astype("string").to_numpy()[todo]
    words, names = agreement._event_counts(text[todo], ids, None)
    n_words, n_names = agreement._document_frequencies(words, names)
    rows = agreement._event_matrix(words, names, n_words, n_names, len(todo), 0.5)
    published = agreement._published(articles)[todo]
    whole = agreement.label_events(rows, todo, published, taken=set(), n_articles=len(articles))
    blocks = [rows[a:b] for a, b in ((0, 100), (100, 101), (101, 350), (350, rows.shape[0]))]
    blocked = agreement.label_events(blocks, todo, published, taken=set(), n_articles=len(articles))
    np.testing.assert_array_equal(whole, blocked)
    assert len(set(whole)) < len(whole) / 1.5  # twins do link
