"""The Dask path: same tables as the pandas path, on a 2-worker LocalCluster."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import scorer
from scorer import scale
from scorer.pipeline import Analysis

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    """Two worker processes of one thread each: the set-up the scale issue measures."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dashboard port and pickle-size chatter
        cluster = distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit="4GiB",
        )
        with distributed.Client(cluster) as client:
            yield client
        cluster.close()


def _dask(articles: pd.DataFrame, npartitions: int):
    """A Dask DataFrame of ``articles`` whose extra object columns stay objects."""
    import dask

    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_pandas(articles, npartitions=npartitions)


def _assert_same(pandas_result: Analysis, dask_result: Analysis) -> None:
    for name in Analysis.TABLES:
        expected = getattr(pandas_result, name)
        got = getattr(dask_result, name)
        if name not in ("sources", "truths"):
            assert scale.is_dask(got), name
            got = got.compute()
        pd.testing.assert_frame_equal(got, expected, check_exact=True, obj=name)
    pd.testing.assert_series_equal(dask_result.trust, pandas_result.trust, check_exact=True)


def _synthetic(n: int, **options) -> pd.DataFrame:
    from scorer.synthetic import make_corpus

    articles, _ = make_corpus(n, seed=3, **options)
    return scorer.load_articles(articles)


def test_seed_corpus_same_tables_on_a_cluster(client, seed_articles, seed_analysis):
    # Four partitions of whole outlets for five one-article outlets: every
    # corpus-wide state (names, people, events, headline names) is merged.
    frame = dd.from_pandas(seed_articles, npartitions=3)
    result = scale.analyze_dask(frame, partitions=4)
    _assert_same(seed_analysis, result)
    ranking = result.scores.compute().sort_values("reliability", ascending=False)
    assert ranking["article_id"].str[:3].tolist()[-1] == "001"


def test_generated_corpus_same_tables_whatever_the_partitioning(client):
    # Outlets spread over every input partition, events of ~20 articles,
    # spam, copies and conflicting facts: every regrouping is exercised.
    articles = _synthetic(600, n_outlets=12, event_size=20)
    expected = scorer.analyze(articles)
    assert expected.copies.shape[0] > 0 and expected.inconsistencies.shape[0] > 0
    for npartitions, outlet_partitions in ((1, None), (7, 5)):
        frame = dd.from_pandas(articles, npartitions=npartitions)
        _assert_same(expected, scale.analyze_dask(frame, partitions=outlet_partitions))


def test_score_returns_a_dask_frame_equal_to_pandas(client, seed_articles):
    scores = scorer.score(dd.from_pandas(seed_articles, npartitions=2))
    assert scale.is_dask(scores)
    pd.testing.assert_frame_equal(scores.compute(), scorer.score(seed_articles), check_exact=True)


def test_errors_and_empty_texts_keep_their_rows(client, seed_articles):
    odd = pd.DataFrame(
        {
            "article_id": ["empty", "binary", "french"],
            "text": ["", "\x00\x01\x02 binary", "Le gouvernement a annoncé la fin des missions."],
        }
    )
    articles = scorer.load_articles([seed_articles, odd])
    scores = scorer.score(dd.from_pandas(articles, npartitions=4)).compute()
    assert scores["article_id"].tolist() == articles["article_id"].tolist()
    assert scores.loc[scores["article_id"] == "empty", "error"].item() == "empty text"
    pd.testing.assert_frame_equal(scores, scorer.score(articles), check_exact=True)


@pytest.mark.data
def test_real_articles_same_scores(client):
    from scorer.datasets import buzzfeed_webis

    articles = scorer.load_articles(buzzfeed_webis().iloc[::8].reset_index(drop=True))
    expected = scorer.analyze(articles)
    _assert_same(expected, scale.analyze_dask(_dask(articles, 5), partitions=6))


def test_loader_partitions_parquet_by_row_group(tmp_path):
    articles = _synthetic(120, n_outlets=6).drop(columns=["article_id"])
    path = tmp_path / "corpus.parquet"
    articles.to_parquet(path, row_group_size=25)  # ids will be row positions
    expected = scorer.load_articles(path)
    loaded = scorer.load_articles(path, partitions=3)
    assert scale.is_dask(loaded) and loaded.npartitions == 3
    pd.testing.assert_frame_equal(loaded.compute().reset_index(drop=True), expected)
    assert expected["article_id"].iloc[-1] == "119"


def test_loader_cuts_a_file_read_whole_into_partitions(tmp_path):
    articles = _synthetic(90, n_outlets=5)
    # Repeated ids on both sides of a cut: renamed as the pandas loader does.
    articles.loc[[10, 60], "article_id"] = articles.loc[0, "article_id"]
    whole = tmp_path / "corpus.parquet"
    articles.to_parquet(whole)  # one row group: a single read
    table = tmp_path / "corpus.csv"
    articles.to_csv(table, index=False)
    for path in (whole, table):
        with pytest.warns(UserWarning, match="duplicate article_id"):
            expected = scorer.load_articles(path)
        with pytest.warns(UserWarning, match="duplicate article_id"):
            loaded = scorer.load_articles(path, partitions=4)
        assert loaded.npartitions == 4, path.suffix
        sizes = loaded.map_partitions(len).compute().tolist()
        assert sum(sizes) == 90 and max(sizes) - min(sizes) <= 1, sizes
        pd.testing.assert_frame_equal(loaded.compute().reset_index(drop=True), expected)
        assert expected["article_id"].str.endswith("#3").sum() == 1


def test_loader_txt_folder_with_metadata(tmp_path):
    for name, text in [("b", "Second story."), ("a", "First story."), ("c", "")]:
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("article_id,source\na,Outlet A\nc,Outlet C\n")
    expected = scorer.load_articles(tmp_path)
    loaded = scorer.load_articles(tmp_path, partitions=2).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(loaded, expected)
    assert loaded["source"].tolist()[:1] == ["Outlet A"]


def test_loader_makes_ids_unique_across_parts(tmp_path):
    one = pd.DataFrame({"id": ["x", "y"], "text": ["One text here.", "Two text here."]})
    two = pd.DataFrame({"id": ["y", "z"], "text": ["Three text here.", "Four text here."]})
    one.to_json(tmp_path / "a.jsonl", orient="records", lines=True)
    two.to_json(tmp_path / "b.jsonl", orient="records", lines=True)
    with pytest.warns(UserWarning, match="duplicate article_id"):
        expected = scorer.load_articles(tmp_path)
    with pytest.warns(UserWarning, match="duplicate article_id"):
        loaded = scorer.load_articles(tmp_path, partitions=2).compute().reset_index(drop=True)
    assert loaded["article_id"].tolist() == ["x", "y", "y#2", "z"]
    pd.testing.assert_frame_equal(loaded, expected)


def test_loader_rejects_bad_input(tmp_path):
    with pytest.raises(ValueError, match="partitions must be a positive integer"):
        scorer.load_articles(tmp_path, partitions=0)
    with pytest.raises(scorer.InputError, match="no article files"):
        scorer.load_articles(tmp_path, partitions=2)
    with pytest.raises(FileNotFoundError):
        scorer.load_articles(tmp_path / "missing", partitions=2)


def test_bad_frames_and_options_are_named(seed_articles):
    frame = dd.from_pandas(pd.DataFrame({"text": ["a"]}), npartitions=1)
    with pytest.raises(ValueError, match="lacks the articles columns"):
        scorer.analyze(frame)
    with pytest.raises(ValueError, match="partitions must be at least 1"):
        scale.analyze_dask(dd.from_pandas(seed_articles, npartitions=1), partitions=0)


@pytest.mark.parametrize(
    ("n", "workers", "expected"), [(100_000, 2, 20), (3_000, 2, 6), (10, 8, 1), (0, 2, 1)]
)
def test_partition_count(n, workers, expected):
    assert scale.partition_size(n, workers) == expected


class _Libc:
    """A stand-in for glibc that records ``mallopt`` calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def mallopt(self, parameter: int, value: int) -> int:
        self.calls.append((parameter, value))
        return 1


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        # Dask's nanny: the trim threshold freezes the mmap threshold; raise it.
        ({"MALLOC_TRIM_THRESHOLD_": "65536"}, [(-3, 32 * 1024 * 1024)]),
        ({"MALLOC_TOP_PAD_": "0"}, [(-3, 32 * 1024 * 1024)]),
        # The user chose a threshold, or nothing froze it: leave glibc alone.
        ({"MALLOC_TRIM_THRESHOLD_": "65536", "MALLOC_MMAP_THRESHOLD_": "131072"}, []),
        ({}, []),
    ],
)
def test_workers_restore_the_large_allocation_threshold_once(monkeypatch, environ, expected):
    libc = _Libc()
    monkeypatch.setattr(scorer.pipeline, "_LIBC", libc)
    scale._restore_mmap_threshold.cache_clear()
    for name in ("MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    task = scale._collector_paused(lambda x: x + 1)
    assert [task(1), task(2)] == [2, 3]
    assert libc.calls == expected  # once per process, not per task
    scale._restore_mmap_threshold.cache_clear()


def test_glibc_accepts_the_threshold_in_a_process_started_as_a_worker():
    # In a process started with the nanny's environment, glibc takes the new
    # threshold (mallopt returns 1); the speed it buys is measured in
    # benchmarks/README.md (scale.py).
    import os
    import subprocess
    import sys

    code = (
        "from scorer import pipeline, scale; "
        "print(pipeline._LIBC is not None and "
        "pipeline._LIBC.mallopt(scale._M_MMAP_THRESHOLD, scale._MMAP_THRESHOLD_MAX))"
    )
    env = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() in ("1", "False")  # False: not glibc (nothing to restore)
